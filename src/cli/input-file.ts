/**
 * What `extract` and `check` do with their file arguments before any work: `-` is stdin (read
 * here, capped at the size limit), a path that does not exist is a usage error (exit 2).
 */
import { stat } from 'node:fs/promises';
import { ErrorCodes, GhplanError, UsageError, msg } from '../model/errors.js';
import { formatBytes } from '../model/limits.js';

export const STDIN = '-';

/** Usage error for a path that is not there; a name the system gave us as invalid UTF-8 says so. */
export async function assertExists(path: string, abs = path): Promise<void> {
  if (
    await stat(abs).then(
      () => true,
      (e: NodeJS.ErrnoException) => e.code !== 'ENOENT' && e.code !== 'ENOTDIR',
    )
  )
    return;
  if (path.includes('\uFFFD')) {
    throw new UsageError(msg('err.notFoundUtf8'), ErrorCodes.NOT_FOUND, path);
  }
  throw new UsageError(msg('err.notFoundFix'), ErrorCodes.NOT_FOUND, path);
}

/** All of stdin, or a TOO_LARGE error as soon as it passes `max` bytes. */
export async function readStdin(max: number, stream: NodeJS.ReadableStream = process.stdin): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    total += b.length;
    if (total > max) {
      (stream as NodeJS.ReadStream).destroy?.();
      throw new GhplanError(ErrorCodes.TOO_LARGE, msg('err.stdinTooLarge', { limit: formatBytes(max) }));
    }
    chunks.push(b);
  }
  // a fresh buffer of its own, so it can be moved to the worker
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
