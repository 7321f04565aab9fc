/**
 * The lock of an --out folder: one batch writes there at a time. The lock file names its holder
 * (pid, host, start time) so the refusal can say who holds it; a lock whose process is gone
 * (killed, power cut) is taken over. Created with its content at once (a hard link of a
 * complete temp file), so another batch never reads a half-written lock.
 */
import { randomBytes } from 'node:crypto';
import { readFileSync, unlinkSync } from 'node:fs';
import { link, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { ErrorCodes, UsageError, msg } from '../model/errors.js';

export const LOCK_FILE = '.ghplan-lock';

interface Holder {
  pid: number;
  host: string;
  startedAt: string;
  /** Where the system says when a process started (Linux): tells the holder from a later process given its pid. */
  processStart?: string;
}

/** The start time of process `pid` in clock ticks since boot (field 22 of /proc/PID/stat), where there is one. */
function processStart(pid: number): string | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // fields after the command name, which is in parentheses and may hold spaces
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19] ?? null;
  } catch {
    return null;
  }
}

export interface OutLock {
  /** Removes the lock (only if it is still ours). */
  release(): Promise<void>;
}

function parseHolder(text: string | null): Holder | null {
  if (text === null) return null;
  try {
    const h = JSON.parse(text) as Partial<Holder> | null;
    if (Number.isSafeInteger(h?.pid) && typeof h?.host === 'string' && typeof h.startedAt === 'string') {
      return {
        pid: h.pid!,
        host: h.host,
        startedAt: h.startedAt,
        ...(typeof h.processStart === 'string' ? { processStart: h.processStart } : {}),
      };
    }
  } catch {
    // not a lock we wrote: treated as held by nobody
  }
  return null;
}

/** Whether the holder may still be running: a process on another host cannot be checked, so it is. */
function isAlive(h: Holder): boolean {
  if (h.host !== hostname()) return true;
  const started = h.processStart ? processStart(h.pid) : null;
  if (started !== null) return started === h.processStart; // the same process, or one that got its pid later
  if (h.pid === process.pid) {
    // our pid: this very process (a second batch in it), or a dead one whose pid we were given again
    return Date.parse(h.startedAt) >= Date.now() - process.uptime() * 1000 - 1000;
  }
  try {
    process.kill(h.pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function create(path: string, text: string): Promise<boolean> {
  // not named like the temp files a batch removes at its start: this one may be another batch's
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}`;
  await writeFile(tmp, text);
  try {
    await link(tmp, path);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'ENOSYS') throw e;
    // no hard links (FAT on a USB stick): an exclusive create instead
    return writeFile(path, text, { flag: 'wx' }).then(
      () => true,
      (e2: NodeJS.ErrnoException) => {
        if (e2.code === 'EEXIST') return false;
        throw e2;
      },
    );
  } finally {
    await rm(tmp, { force: true });
  }
}

/** The temp files of lock attempts (`.ghplan-lock.PID.HEX`) of processes killed in the middle of one. */
async function removeDeadTemps(outDir: string): Promise<void> {
  const host = hostname();
  for (const n of await readdir(outDir).catch(() => [] as string[])) {
    const m = /^\.ghplan-lock\.(\d+)\.[0-9a-f]+$/.exec(n);
    if (m && !isAlive({ pid: Number(m[1]), host, startedAt: new Date(0).toISOString() })) await rm(join(outDir, n), { force: true });
  }
}

/** Takes the lock of `outDir`, or refuses with GHPLAN_OUT_LOCKED (a usage error, exit 2) naming its holder. */
export async function lockOut(outDir: string): Promise<OutLock> {
  const path = join(outDir, LOCK_FILE);
  const me: Holder = { pid: process.pid, host: hostname(), startedAt: new Date().toISOString() };
  const started = processStart(process.pid);
  if (started !== null) me.processStart = started;
  const text = JSON.stringify(me) + '\n';
  const read = (): Promise<string | null> => readFile(path, 'utf8').catch(() => null);
  for (let attempt = 0; ; attempt++) {
    if (await create(path, text)) break;
    const seen = await read();
    const holder = parseHolder(seen);
    if (attempt > 0 || (holder && isAlive(holder))) {
      const params = {
        pid: holder ? String(holder.pid) : '?',
        started: holder?.startedAt ?? '?',
        host: holder?.host ?? '?',
        lock: path,
      };
      throw new UsageError(msg('usage.outLocked', params), ErrorCodes.OUT_LOCKED, outDir);
    }
    // stale: its process is gone (or it is not a lock we wrote). Removed only if unchanged
    // since read, so that two batches taking over at once do not remove each other's lock.
    if ((await read()) === seen) await rm(path, { force: true });
  }
  const onExit = (): void => {
    try {
      unlinkSync(path);
    } catch {
      // already gone
    }
  };
  process.once('exit', onExit);
  await removeDeadTemps(outDir);
  return {
    async release() {
      process.removeListener('exit', onExit);
      if ((await read()) === text) await rm(path, { force: true });
    },
  };
}
