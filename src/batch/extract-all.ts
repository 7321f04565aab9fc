/**
 * The extraction step of a batch: the files to redo, in worker threads (./pool.ts), the largest
 * first. A file that fails, crashes its worker or overruns --timeout fails alone; --fail-fast
 * and the abort signal stop the rest (files not finished are dropped, not failed).
 */
import { rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { BatchSummary } from './summary.js';
import { hashFile } from './hash.js';
import type { WorkerResult } from './worker.js';
import { createPool, runTask, Stopped, type Pool } from './pool.js';
import { failedEntry, okEntry, type Job } from './job.js';

export type StopReason = NonNullable<BatchSummary['stopped']>;

/** The input indices of `work`, largest file first (so that one big file does not end the batch alone), then input order. */
async function largestFirst(job: Job, work: readonly number[]): Promise<number[]> {
  const size = (i: number): Promise<number> =>
    stat(job.inputs[i]!.path).then(
      (st) => st.size,
      () => 0,
    );
  const sizes = new Map(await Promise.all(work.map(async (i) => [i, await size(i)] as const)));
  return [...work].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
}

/**
 * Extracts `work` (input indices) into `job.entries`; `csvDir`, when given, receives each
 * file's CSV rows made by its worker. Returns why it stopped early, if it did.
 */
export async function extractAll(job: Job, work: readonly number[], csvDir: string | null): Promise<StopReason | undefined> {
  const { opts, inputs, names } = job;
  let stopped: StopReason | undefined;
  const stopSignal = new AbortController();
  const live: { pool?: Pool } = {};
  const stopAll = (why: StopReason): void => {
    stopped ??= why;
    // End the pool before its tasks: a task aborted alone makes piscina start a replacement
    // thread, which the exit then kills while it loads its modules (a V8 fatal error in Node 20).
    void live.pool?.destroy().catch(() => undefined);
    stopSignal.abort();
  };
  const onAbort = (): void => stopAll('interrupted');
  opts.signal?.addEventListener('abort', onAbort);
  if (opts.signal?.aborted) stopped = 'interrupted';
  if (!work.length || stopped) {
    opts.signal?.removeEventListener('abort', onAbort);
    return stopped;
  }

  const threads = Math.max(1, Math.min(opts.jobs, work.length));
  const running = await createPool(threads, opts.workerHeapMb);
  live.pool = running;
  const runOne = async (i: number): Promise<void> => {
    const r = await extractOne(job, running, i, csvDir, stopSignal.signal);
    if (!r) return; // stopped by us: the file is dropped, not failed
    const input = inputs[i]!;
    if (!r.ok && r.outErrno) {
      // its outputs could not be written: the batch stops, the file is not done (nor failed)
      job.outErrno ??= r.outErrno;
      stopAll('out-not-writable');
      return;
    }
    if (r.ok) {
      job.entries[i] = okEntry(input, opts.formats.json ? `json/${names[i]}` : null, r, job.settings[i]!);
    } else {
      job.entries[i] = failedEntry(input, r.sha256, r.error);
      if (opts.failFast) stopAll('fail-fast');
      // a JSON left by an earlier successful run no longer describes this file
      await rm(join(job.workDir, names[i]!), { force: true }).catch(() => undefined); // a read-only --out stops the batch elsewhere
    }
    job.events.done?.(input, job.entries[i]!);
  };

  const inflight = new Set<Promise<void>>();
  try {
    for (const i of await largestFirst(job, work)) {
      if (stopped) break;
      while (inflight.size >= threads * 2) await Promise.race(inflight);
      if (stopped) break;
      const p: Promise<void> = runOne(i).finally(() => inflight.delete(p));
      inflight.add(p);
    }
    await Promise.all(inflight);
  } finally {
    opts.signal?.removeEventListener('abort', onAbort);
    await running.destroy().catch(() => undefined);
  }
  return stopped;
}

/** One file in a worker; null when it was dropped by a stop. */
async function extractOne(job: Job, pool: Pool, i: number, csvDir: string | null, signal: AbortSignal): Promise<WorkerResult | null> {
  const input = job.inputs[i]!;
  const name = job.names[i]!;
  const task = {
    path: input.path,
    file: input.file,
    jsonPath: join(job.workDir, name),
    csvPath: csvDir ? join(csvDir, name) : undefined,
    options: job.opts.extract,
  };
  let r: WorkerResult;
  try {
    r = await runTask(pool, task, job.opts.extract.limits?.timeoutMs ?? 0, { signal, onStart: () => job.events.start?.(input) });
  } catch (e) {
    if (e instanceof Stopped) return null;
    throw e;
  }
  if (!r.ok && r.sha256 === null) r = { ...r, sha256: await hashFile(input.path) };
  return r;
}
