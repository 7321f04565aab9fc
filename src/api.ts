/**
 * The library entry points: a file path or bytes in, the validated plan out.
 * Errors are GhplanError with a stable code; limits and timeouts apply to each call.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { GhplanError, ErrorCodes, msg, asGhplanError, errorWithFix, timeoutText } from './model/errors.js';
import { DEFAULT_LIMITS, formatBytes } from './model/limits.js';
import type { Plan } from './model/plan.js';
import { extractFromBytes, type ExtractOptions } from './pipeline.js';
import { validatePlan } from './export/json.js';

export interface ExtractInputOptions extends ExtractOptions {
  /** Name used in `source.file` and messages, and as a format hint for bytes ("plan.docx"). */
  fileName?: string;
  /** Format hint for bytes without a file name. The bytes decide when they are clear. */
  format?: 'txt' | 'md' | 'docx' | 'pdf';
}

function timeoutError(ms: number): GhplanError {
  return new GhplanError(ErrorCodes.TIMEOUT, timeoutText(ms));
}

/**
 * The work or a TIMEOUT error, whichever comes first. Parts of the work are synchronous (text
 * extraction does not yield), so the timer may only get its turn when they end: work that
 * finished after the limit is a TIMEOUT too, so that the limit means the same for every format.
 */
async function withTimeout<T>(ms: number, work: Promise<T>): Promise<T> {
  if (!ms) return work;
  const started = performance.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError(ms)), ms);
    timer.unref?.();
  });
  // The losing promise must not become an unhandled rejection.
  work.catch(() => undefined);
  try {
    const result = await Promise.race([work, timeout]);
    if (performance.now() - started > ms) throw timeoutError(ms);
    return result;
  } finally {
    clearTimeout(timer);
  }
}

/** Anything thrown, as a GhplanError whose message says what to do. */
function failure(e: unknown): GhplanError {
  return errorWithFix(asGhplanError(e));
}

/** Extracts a plan from bytes. */
export async function extractBytes(bytes: Uint8Array, options: ExtractInputOptions = {}): Promise<Plan> {
  const name = options.fileName ?? `input.${options.format ?? 'txt'}`;
  const ms = options.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  if (!(bytes instanceof Uint8Array)) throw new GhplanError(ErrorCodes.USAGE, 'extractBytes needs the file content as a Uint8Array or Buffer (for a path, use extractFile)');
  try {
    return validatePlan(await withTimeout(ms, extractFromBytes(bytes, name, options)));
  } catch (e) {
    throw failure(e);
  }
}

/** Extracts a plan from a file on disk; `source.file` is the file's base name unless `fileName` says otherwise. */
export async function extractFile(path: string, options: ExtractInputOptions = {}): Promise<Plan> {
  let size: number;
  try {
    const st = await stat(path);
    if (st.isDirectory()) throw new GhplanError(ErrorCodes.NOT_A_FILE, msg('err.isFolder'));
    size = st.size;
  } catch (e) {
    throw failure(e);
  }
  const max = options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  if (size > max) throw new GhplanError(ErrorCodes.TOO_LARGE, msg('err.tooLarge', { size: formatBytes(size), limit: formatBytes(max) }));
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw failure(e);
  }
  return extractBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), { ...options, fileName: options.fileName ?? basename(path) });
}
