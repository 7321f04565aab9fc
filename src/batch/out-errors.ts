/**
 * A write to --out that fails (disk full, read-only, no permission) is not the input's fault:
 * it stops the batch with GHPLAN_OUT_NOT_WRITABLE (a usage error, exit 2) saying what to do and
 * what was written, instead of an internal error for every file.
 */
import { ErrorCodes, UsageError, msg } from '../model/errors.js';
import type { MessageKey, Text } from '../i18n/index.js';

const REASONS: Record<string, [MessageKey, MessageKey]> = {
  ENOSPC: ['out.full', 'out.fixFull'],
  EDQUOT: ['out.full', 'out.fixFull'],
  EROFS: ['out.readOnly', 'out.fixElsewhere'],
  EACCES: ['out.denied', 'out.fixElsewhere'],
  EPERM: ['out.denied', 'out.fixElsewhere'],
};

/** Errors of a write that say the output location, not the input, is at fault. */
const OUT_CODES = new Set([...Object.keys(REASONS), 'EIO', 'EFBIG']);

/** The errno code of a failed write when it is the output location's fault (ENOSPC, EROFS…), else null. */
export function outErrnoOf(e: unknown): string | null {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  return typeof code === 'string' && OUT_CODES.has(code) ? code : null;
}

/**
 * The error for a write to `outDir` that failed with `code`; `written` says what the batch still
 * wrote (summary.json with the files finished, or nothing).
 */
export function outNotWritable(outDir: string, code: string, written: Text): UsageError {
  const [reason, fix] = REASONS[code] ?? ['out.failed', 'out.fixDisk'];
  return new UsageError(
    msg('usage.outWriteFailed', { reason: msg(reason), code, fix: msg(fix), written }),
    ErrorCodes.OUT_NOT_WRITABLE,
    outDir,
  );
}

/** Runs `write`; a failure that is the output location's fault becomes GHPLAN_OUT_NOT_WRITABLE. */
export async function guardOut<T>(outDir: string, written: Text, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const errno = outErrnoOf(e);
    if (errno) throw outNotWritable(outDir, errno, written);
    throw e;
  }
}
