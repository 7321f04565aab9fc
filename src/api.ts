/**
 * The library entry points: a file path or bytes in, the validated plan out.
 * Errors are GhplanError with a stable code; limits and timeouts apply to each call.
 */
import { open, stat } from 'node:fs/promises';
import { constants, type Stats } from 'node:fs';
import type { Text } from './i18n/index.js';
import { basename } from 'node:path';
import { GhplanError, ErrorCodes, msg, asGhplanError, errorWithFix, timeoutText } from './model/errors.js';
import { DEFAULT_LIMITS, formatBytes } from './model/limits.js';
import type { Plan } from './model/plan.js';
import { extractFromBytes, type ExtractOptions } from './pipeline.js';
import { validatePlan } from './export/json.js';
import { validateOptions } from './options.js';

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
  validateOptions(options);
  const name = options.fileName ?? `input.${options.format ?? 'txt'}`;
  const ms = options.limits?.timeoutMs ?? DEFAULT_LIMITS.timeoutMs;
  if (!(bytes instanceof Uint8Array)) throw new GhplanError(ErrorCodes.USAGE, msg('lib.needsBytes'));
  try {
    return validatePlan(await withTimeout(ms, extractFromBytes(bytes, name, options)));
  } catch (e) {
    throw failure(e);
  }
}

/** What a path that is not a regular file is, in words for the message. */
function kindOf(st: Stats): Text {
  if (st.isDirectory()) return msg('err.isFolder');
  const what = msg(
    st.isFIFO()
      ? 'word.fifo'
      : st.isSocket()
        ? 'word.socket'
        : st.isCharacterDevice() || st.isBlockDevice()
          ? 'word.device'
          : 'word.specialFile',
  );
  return msg('err.notRegular', { what });
}

/**
 * The file's bytes, read through one descriptor that is checked to be a regular file (a FIFO
 * is opened without blocking, then refused), never more than `max` bytes: devices and files
 * that grow while read are cut off at the limit, whatever their size says.
 */
export async function readRegularFile(path: string, max: number): Promise<Buffer> {
  const before = await stat(path);
  if (!before.isFile()) throw new GhplanError(ErrorCodes.NOT_A_FILE, kindOf(before));
  if (before.size > max)
    throw new GhplanError(ErrorCodes.TOO_LARGE, msg('err.tooLarge', { size: formatBytes(before.size), limit: formatBytes(max) }));
  const fh = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const st = await fh.stat();
    if (!st.isFile()) throw new GhplanError(ErrorCodes.NOT_A_FILE, kindOf(st));
    const chunks: Buffer[] = [];
    let total = 0;
    // one read of the size the file says (plus one byte to see it grew), then chunks
    let want = st.size > 0 ? st.size + 1 : 1 << 16;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(want, max + 1 - total));
      want = 1 << 20;
      const { bytesRead } = await fh.read(chunk, 0, chunk.length, null);
      if (!bytesRead) break;
      total += bytesRead;
      if (total > max) throw new GhplanError(ErrorCodes.TOO_LARGE, msg('err.tooLargeRead', { limit: formatBytes(max) }));
      chunks.push(chunk.subarray(0, bytesRead));
    }
    return Buffer.concat(chunks, total);
  } finally {
    await fh.close();
  }
}

/** Extracts a plan from a file on disk; `source.file` is the file's base name unless `fileName` says otherwise. */
export async function extractFile(path: string, options: ExtractInputOptions = {}): Promise<Plan> {
  validateOptions(options);
  if (typeof path !== 'string' || path === '') throw new GhplanError(ErrorCodes.USAGE, msg('lib.needsPath'));
  const max = options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, max);
  } catch (e) {
    // a name that was not UTF-8 reached us with U+FFFD in it: no file has that name
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && path.includes('\uFFFD'))
      throw new GhplanError(ErrorCodes.READ_FAILED, msg('err.nameNotUtf8'));
    throw failure(e);
  }
  return extractBytes(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength), {
    ...options,
    fileName: options.fileName ?? basename(path),
  });
}
