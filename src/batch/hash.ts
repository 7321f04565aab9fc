/** sha256 of a file, streamed: bounded memory whatever the file's size. */
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';

/** The file's sha256 in hex, or null when it cannot be read. */
export async function hashFile(path: string): Promise<string | null> {
  return new Promise((resolvePromise) => {
    const h = createHash('sha256');
    createReadStream(path)
      .on('data', (chunk) => h.update(chunk))
      .on('end', () => resolvePromise(h.digest('hex')))
      .on('error', () => resolvePromise(null));
  });
}
