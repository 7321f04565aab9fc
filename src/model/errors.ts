import { CATALOGUES, language, say, t, type Lang, type MessageKey, type Param, type Params, type Text } from '../i18n/index.js';

/** A message for the catalogue: `new GhplanError(code, msg('err.empty'))`. */
export function msg(key: MessageKey, params?: Params): Text {
  return params ? { key, params } : { key };
}

/**
 * Errors a user can act on. Every one has a stable code (listed in the README) and a
 * message in plain words; the CLI prints `<file>: <message> [<code>]` and never a stack.
 * `message` is English (it goes into JSON); `text`, when given, says it in any language
 * (see `localMessage`).
 */
export class GhplanError extends Error {
  readonly code: string;
  readonly text: Text | undefined;
  /** The code's fix was appended to the message (errorWithFix). */
  fixed = false;
  constructor(code: string, message: string | Text) {
    super(typeof message === 'string' ? message : say(message, 'en'));
    this.name = 'GhplanError';
    this.code = code;
    this.text = typeof message === 'string' ? undefined : message;
  }
}

/** Usage errors (bad option, no input, unwritable --out): exit code 2. */
export class UsageError extends GhplanError {
  /** The input it is about: then printed as `<file>: <message> [<CODE>]`, like a failed input. */
  readonly file: string | undefined;
  constructor(message: string | Text, code = 'GHPLAN_USAGE', file?: string) {
    super(code, message);
    this.name = 'UsageError';
    this.file = file;
  }
}

/** An error as it crosses a thread or a file (summary.json keeps only code and message). */
export interface ErrorFacts {
  code: string;
  message: string;
  text?: Text;
  fixed?: boolean;
}

export function errorFacts(e: GhplanError): ErrorFacts {
  const out: ErrorFacts = { code: e.code, message: e.message };
  if (e.text) out.text = e.text;
  if (e.fixed) out.fixed = true;
  return out;
}

/** The facts of an error said by a catalogue Text. */
export function textFacts(code: string, text: Text): ErrorFacts {
  return { code, message: say(text, 'en'), text };
}

export function errorFromFacts(f: ErrorFacts): GhplanError {
  const e = new GhplanError(f.code, f.text ?? f.message);
  if (f.text) Object.defineProperty(e, 'message', { value: f.message });
  e.fixed = !!f.fixed;
  return e;
}

function codeKey(kind: 'code' | 'fix', code: string): MessageKey | undefined {
  const key = `${kind}.${code}`;
  return key in CATALOGUES.en ? (key as MessageKey) : undefined;
}

/** What the error code means, in words ("tệp rỗng"). */
export function codeMeaning(code: string, lang: Lang = language()): string {
  const k = codeKey('code', code);
  return k ? t(k, undefined, lang) : code;
}

/** What to do about an error code, in words. */
export function codeFix(code: string, lang: Lang = language()): string | undefined {
  const k = codeKey('fix', code);
  return k ? t(k, undefined, lang) : undefined;
}

/**
 * The error's message in `lang`: English is the message itself; another language says the
 * error's Text, else the code's meaning with the English detail beside it; plus the fix when
 * errorWithFix added one.
 */
export function localMessage(e: ErrorFacts | GhplanError, lang: Lang = language()): string {
  if (lang === 'en') return e.message;
  const base = e.text ? say(e.text, lang) : `${codeMeaning(e.code, lang)} (${e.message})`;
  const fix = e.fixed ? codeFix(e.code, lang) : undefined;
  return fix ? `${base}; ${fix}` : base;
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
  /** An XML part declares a DTD (entities, external files): refused. */
  DOCX_DTD: 'GHPLAN_DOCX_DTD',
  /** An XML part declares an encoding that cannot be decoded. */
  DOCX_ENCODING: 'GHPLAN_DOCX_ENCODING',
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
  /** A worker thread died on this file (native crash). */
  WORKER_CRASHED: 'GHPLAN_WORKER_CRASHED',
  /** The file needed more memory than a worker's heap cap. */
  OUT_OF_MEMORY: 'GHPLAN_OUT_OF_MEMORY',
  // Usage errors (exit code 2), thrown as UsageError.
  USAGE: 'GHPLAN_USAGE',
  NO_INPUT: 'GHPLAN_NO_INPUT',
  OUT_NOT_WRITABLE: 'GHPLAN_OUT_NOT_WRITABLE',
  OUT_LOCKED: 'GHPLAN_OUT_LOCKED',
  CONFIG_INVALID: 'GHPLAN_CONFIG_INVALID',
} as const;

/** Every code, as listed in docs/errors.md. */
export type ErrorCode = (typeof ErrorCodes)[keyof typeof ErrorCodes];

/**
 * What the user can do about each error. `errorWithFix` appends the fix to a message that does
 * not already say what to do (messages with a `;` or naming a `--flag` already do).
 */
const APPENDED_FIXES: readonly string[] = [
  ErrorCodes.NOT_FOUND,
  ErrorCodes.NOT_A_FILE,
  ErrorCodes.EMPTY,
  ErrorCodes.BINARY,
  ErrorCodes.DOCX_CORRUPT,
  ErrorCodes.DOCX_NOT_ZIP,
  ErrorCodes.DOCX_NO_DOCUMENT,
  ErrorCodes.DOCX_DTD,
  ErrorCodes.DOCX_ENCODING,
  ErrorCodes.PDF_ENCRYPTED,
  ErrorCodes.PDF_CORRUPT,
  ErrorCodes.PDF_NO_TEXT,
  ErrorCodes.PART_TOO_LARGE,
  ErrorCodes.READ_FAILED,
  ErrorCodes.INTERNAL,
];
/** The fix (in English, for the current audience) that errorWithFix appends; every code's fix, in every language, is in the catalogue. */
function appendedFix(code: string): string | undefined {
  return APPENDED_FIXES.includes(code) ? codeFix(code, 'en') : undefined;
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return s >= 10 ? String(Math.round(s)) : String(Number(s.toPrecision(2)));
}

/** The one message of a timeout, whether the work noticed it or its worker was stopped. */
export function timeoutText(ms: number): Text {
  return msg('err.timeout', { seconds: seconds(ms) });
}

/** Words that show a message already tells the user what to do. */
const SAYS_FIX = /\b(save|ask|rename|raise|install|convert|open it|re-export|report)\b|--[a-z]|\blimits\.[a-z]/i;

/** The error with its fix appended when the message does not already name one. */
export function errorWithFix(e: GhplanError): GhplanError {
  const fix = appendedFix(e.code);
  if (!fix || e instanceof UsageError || SAYS_FIX.test(e.message) || e.message.endsWith(fix)) return e;
  const out = new GhplanError(e.code, e.text ?? e.message);
  Object.defineProperty(out, 'message', { value: `${e.message}; ${fix}` });
  out.fixed = true;
  if (e.stack) out.stack = e.stack;
  return out;
}

/** Turns anything thrown into a GhplanError; unknown errors become GHPLAN_INTERNAL. */
export function asGhplanError(err: unknown): GhplanError {
  if (err instanceof GhplanError) return err;
  const e = err as NodeJS.ErrnoException;
  if (e && e.code === 'ENOENT') return new GhplanError(ErrorCodes.NOT_FOUND, msg('err.notFound'));
  if (e && e.code === 'EISDIR') return new GhplanError(ErrorCodes.NOT_A_FILE, msg('err.isFolder'));
  if (e && e.code === 'EACCES') return new GhplanError(ErrorCodes.READ_FAILED, msg('err.permission'));
  const detail = e && typeof e.message === 'string' ? e.message.split('\n')[0]! : String(err);
  return new GhplanError(ErrorCodes.INTERNAL, msg('err.internal', { detail }));
}

const ERRNO_WORDS: Record<string, MessageKey> = {
  ENOENT: 'errno.ENOENT',
  ENOTDIR: 'errno.ENOTDIR',
  EISDIR: 'errno.EISDIR',
  EACCES: 'errno.EACCES',
  EPERM: 'errno.EACCES',
  EBUSY: 'errno.EBUSY',
  ELOOP: 'errno.ELOOP',
  ENAMETOOLONG: 'errno.ENAMETOOLONG',
  EMFILE: 'errno.EMFILE',
  EIO: 'errno.EIO',
};

/**
 * Why a file operation failed, for a message's detail: in words with the errno code beside them
 * ("no such file or folder (ENOENT)"), the bare code when it has no words, else the error's message.
 */
export function errnoDetail(e: unknown): Param {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (typeof code === 'string') return code in ERRNO_WORDS ? msg('errno.said', { words: msg(ERRNO_WORDS[code]!), code }) : code;
  return e instanceof Error ? e.message : String(e);
}
