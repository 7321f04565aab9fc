/** Writes a file atomically (temp file in the same folder, then rename): never a half-written file. */
import { randomBytes } from 'node:crypto';
import { rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, basename } from 'node:path';
import { makeDirs } from './dirs.js';

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await makeDirs(dirname(path));
  const tmp = join(dirname(path), `.${basename(path)}.ghplan-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await writeFile(tmp, data);
    await rename(tmp, path);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}
