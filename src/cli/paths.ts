/** Checks on output locations, done before any work so a bad --out is a usage error (exit 2). */
import { access, mkdir, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../model/errors.js';

export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    const st = await stat(dir).catch(() => null);
    if (st && !st.isDirectory()) throw new UsageError(`--out ${dir} is a file, not a folder`, 'GHPLAN_OUT_NOT_WRITABLE');
    await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    throw new UsageError(`cannot write to --out ${dir}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`, 'GHPLAN_OUT_NOT_WRITABLE');
  }
}

export async function ensureWritableFileParent(file: string): Promise<void> {
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) throw new UsageError(`--out ${file} is a folder; give a file name`, 'GHPLAN_OUT_NOT_WRITABLE');
  await ensureWritableDir(dirname(resolve(file)));
}
