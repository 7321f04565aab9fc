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
  DOCX_NOT_ZIP: 'GHPLAN_DOCX_NOT_ZIP',
  DOCX_CORRUPT: 'GHPLAN_DOCX_CORRUPT',
  DOCX_NO_DOCUMENT: 'GHPLAN_DOCX_NO_DOCUMENT',
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
} as const;

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
