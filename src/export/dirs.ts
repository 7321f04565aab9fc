/**
 * Creates a folder and its missing parents, one level at a time. Node's own
 * `mkdir(dir, { recursive: true })` loops forever where a parent exists but refuses children
 * with ENOENT (`/proc/sub`): here each missing level is made once, and its error is thrown.
 */
import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

export async function makeDirs(dir: string): Promise<void> {
  const missing: string[] = [];
  for (let d = resolve(dir); ;) {
    const st = await stat(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') return null;
      throw e;
    });
    if (st) break; // a file in the way fails at mkdir below, or at the write, with its own code
    missing.push(d);
    const up = dirname(d);
    if (up === d) break;
    d = up;
  }
  for (const d of missing.reverse()) {
    await mkdir(d).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'EEXIST') throw e;
    });
  }
}
