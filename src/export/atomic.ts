/** Writes a file atomically (temp file in the same folder, then rename): never a half-written file. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { makeDirs } from './dirs.js';

/** Runs `write` on a temp file beside `path`, then renames it to `path`; the temp file is removed on failure. */
export async function writeAtomic(path: string, write: (tmp: string) => Promise<void>): Promise<void> {
  await makeDirs(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.ghplan-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await write(tmp);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

export function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  return writeAtomic(path, (tmp) => writeFile(tmp, data));
}
