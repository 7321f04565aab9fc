/**
 * Errors a user can act on. Every one has a stable code (listed in the README) and a
 * message in plain words; the CLI prints `<file>: <message> [<code>]` and never a stack.
 */
export class GhplanError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = 'GhplanError';
    this.code = code;
  }
}

/** Usage errors (bad option, no input, unwritable --out): exit code 2. */
export class UsageError extends GhplanError {
  constructor(message: string, code = 'GHPLAN_USAGE') {
    super(code, message);
    this.name = 'UsageError';
  }
}

export const ErrorCodes = {
  NOT_FOUND: 'GHPLAN_NOT_FOUND',
  NOT_A_FILE: 'GHPLAN_NOT_A_FILE',
  EMPTY: 'GHPLAN_EMPTY_FILE',
  TOO_LARGE: 'GHPLAN_FILE_TOO_LARGE',
  UNSUPPORTED: 'GHPLAN_UNSUPPORTED_FORMAT',
  BINARY: 'GHPLAN_BINARY_FILE',
  ENCODING: 'GHPLAN_UNKNOWN_ENCODING',
  LEGACY_FONT: 'GHPLAN_LEGACY_FONT_ENCODING',
  DOCX_NOT_ZIP: 'GHPLAN_DOCX_NOT_ZIP',
  DOCX_CORRUPT: 'GHPLAN_DOCX_CORRUPT',
  DOCX_NO_DOCUMENT: 'GHPLAN_DOCX_NO_DOCUMENT',
  DOCX_ENCRYPTED: 'GHPLAN_DOCX_ENCRYPTED',
  LEGACY_DOC: 'GHPLAN_LEGACY_DOC',
  PART_TOO_LARGE: 'GHPLAN_PART_TOO_LARGE',
  PDF_ENCRYPTED: 'GHPLAN_PDF_ENCRYPTED',
  PDF_CORRUPT: 'GHPLAN_PDF_CORRUPT',
  PDF_NO_TEXT: 'GHPLAN_PDF_NO_TEXT',
  PDF_GARBLED: 'GHPLAN_PDF_GARBLED',
  PAGE_LIMIT: 'GHPLAN_PAGE_LIMIT',
  TIMEOUT: 'GHPLAN_TIMEOUT',
  READ_FAILED: 'GHPLAN_READ_FAILED',
  INTERNAL: 'GHPLAN_INTERNAL',
  /** Batch: a worker process died on this file (out of memory, native crash). */
  WORKER_CRASHED: 'GHPLAN_WORKER_CRASHED',
  // Usage errors (exit code 2), thrown as UsageError.
  USAGE: 'GHPLAN_USAGE',
  NO_INPUT: 'GHPLAN_NO_INPUT',
  OUT_NOT_WRITABLE: 'GHPLAN_OUT_NOT_WRITABLE',
  CONFIG_INVALID: 'GHPLAN_CONFIG_INVALID',
} as const;

/** Every code, as listed in docs/errors.md. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * What the user can do about each error. `errorWithFix` appends the fix to a message that does
 * not already say what to do (messages with a `;` or naming a `--flag` already do).
 */
export const ERROR_FIXES: Record<string, string> = {
  [ErrorCodes.NOT_FOUND]: 'check the path and the file name',
  [ErrorCodes.NOT_A_FILE]: 'give a file, or use `ghplan batch` for a folder',
  [ErrorCodes.EMPTY]: 'check that you picked the right file, or ask for it again',
  [ErrorCodes.BINARY]: 'use the .docx, .pdf or .txt of the plan',
  [ErrorCodes.DOCX_CORRUPT]: 'the file is damaged or incomplete: ask for it again',
  [ErrorCodes.DOCX_NOT_ZIP]: 'open it in Word and save it as .docx',
  [ErrorCodes.DOCX_NO_DOCUMENT]: 'open it in Word and save it as .docx',
  [ErrorCodes.PDF_ENCRYPTED]: 'ask for an unprotected copy',
  [ErrorCodes.PDF_CORRUPT]: 'the file is damaged or incomplete: ask for it again',
  [ErrorCodes.PDF_NO_TEXT]: 'ask for the .docx, or install tesseract-ocr with tesseract-ocr-vie so ghplan can OCR it',
  [ErrorCodes.PART_TOO_LARGE]: 'if the file is genuine, raise --max-part-size',
  [ErrorCodes.READ_FAILED]: 'check that you may read the file',
  [ErrorCodes.INTERNAL]: 'this is a bug in ghplan: please report it with the file',
};

/** Words that show a message already tells the user what to do. */
const SAYS_FIX = /\b(save|ask|rename|raise|install|convert|open it|re-export|report)\b|--[a-z]/i;

/** The error with its fix appended when the message does not already name one. */
export function errorWithFix(e: GhplanError): GhplanError {
  const fix = ERROR_FIXES[e.code];
  if (!fix || e instanceof UsageError || SAYS_FIX.test(e.message) || e.message.endsWith(fix)) return e;
  const out = new GhplanError(e.code, `${e.message}; ${fix}`);
  if (e.stack) out.stack = e.stack;
  return out;
}

/** Turns anything thrown into a GhplanError; unknown errors become GHPLAN_INTERNAL. */
export function asGhplanError(err: unknown): GhplanError {
  if (err instanceof GhplanError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'ENOENT') return new GhplanError(ErrorCodes.NOT_FOUND, 'file not found');
  if (e && e.code === 'EISDIR') return new GhplanError(ErrorCodes.NOT_A_FILE, 'is a folder, not a file');
  if (e && e.code === 'EACCES') return new GhplanError(ErrorCodes.READ_FAILED, 'permission denied');
  const msg = e && typeof e.message === 'string' ? e.message.split('\n')[0] : String(err);
  return new GhplanError(ErrorCodes.INTERNAL, `internal error: ${msg}`);
}
