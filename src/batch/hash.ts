/** sha256 of a file, streamed: bounded memory whatever the file's size. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';

/**
 * The file's sha256 in hex, or null when it cannot be read or is not a regular file (a device
 * never ends, a FIFO blocks on open: neither is read here).
 */
export async function hashFile(path: string): Promise<string | null> {
  const st = await stat(path).catch(() => null);
  if (!st?.isFile()) return null;
  return new Promise((resolvePromise) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => h.update(chunk))
      .on('end', () => resolvePromise(h.digest('hex')))
      .on('error', () => resolvePromise(null));
  });
}
