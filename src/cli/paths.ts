/** Checks on output locations, done before any work so a bad --out is a usage error (exit 2). */
import { access, stat } from 'node:fs/promises';
import { constants } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { UsageError, errnoDetail, msg } from '../model/errors.js';
import { makeDirs } from '../export/dirs.js';
import { outErrnoOf, outNotWritable } from '../batch/out-errors.js';

export async function ensureWritableDir(dir: string): Promise<void> {
  try {
    const st = await stat(dir).catch(() => null);
    if (st && !st.isDirectory()) throw new UsageError(msg('usage.outIsFile', { path: dir }), 'GHPLAN_OUT_NOT_WRITABLE');
    await makeDirs(dir);
    await access(dir, constants.W_OK);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    // a full or read-only disk, no permission: said in words, with what to do
    const errno = outErrnoOf(e);
    if (errno) throw outNotWritable(dir, errno, msg('out.notStarted'));
    throw new UsageError(msg('usage.outNotWritable', { path: dir, detail: errnoDetail(e) }), 'GHPLAN_OUT_NOT_WRITABLE');
  }
}

export async function ensureWritableFileParent(file: string): Promise<void> {
  const st = await stat(file).catch(() => null);
  if (st?.isDirectory()) throw new UsageError(msg('usage.outIsFolder', { path: file }), 'GHPLAN_OUT_NOT_WRITABLE');
  await ensureWritableDir(dirname(resolve(file)));
}
