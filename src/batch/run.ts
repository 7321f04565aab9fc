/**
 * The batch engine: inputs in, per-file JSON, combined CSVs and summary.json out.
 *
 * - Work runs in worker threads (piscina). A worker writes its file's JSON itself and returns
 *   counts, so the main thread never holds plans; the CSVs are written at the end, in input
 *   order, by re-reading the JSON one file at a time. Memory is bounded by the number of jobs,
 *   not the number of files.
 * - A file that fails, crashes its worker or overruns the per-file timeout fails alone: a
 *   hung worker is terminated (piscina aborts the task) at the timeout plus a short grace.
 * - Incremental: a file whose sha256 and ghplan version equal those of its last successful
 *   run (and whose JSON is still there) is skipped and its JSON reused.
 * - Output order and content never depend on timing.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/atomic.js';
import type { ErrorFacts } from '../model/errors.js';
import type { Lang } from '../i18n/index.js';
import type { ExtractOptions } from '../pipeline.js';
import { writeCombined } from './combined.js';
import type { ResolvedConfig } from '../check/config.js';
import type { PlanCsvFile } from '../export/csv.js';
import type { PlanInput } from './plan-input.js';
import { safeJsonNames } from './names.js';
import { readPreviousSummary, summaryToJson, totalsOf, type BatchSummary, type FileEntry } from './summary.js';
import { hashFile } from './hash.js';
import type { WorkerResult } from './worker.js';
import { createPool, runTask, Stopped } from './pool.js';

export interface BatchEvents {
  /** A worker started on the file. */
  start?(input: PlanInput): void;
  /** The file is done (ok, failed or skipped). */
  done?(input: PlanInput, entry: FileEntry): void;
}

export interface BatchRunOptions {
  outDir: string;
  formats: { json: boolean; csv: boolean; xlsx?: boolean };
  /** The check config of each input, for plans.csv, findings.csv and the workbook. */
  configFor?: (path: string) => Promise<ResolvedConfig>;
  /** Issuers expected to send a plan (--expected): the workbook lists those with none. */
  expected?: readonly string[];
  /** Language of the workbook (default Vietnamese). */
  lang?: Lang;
  jobs: number;
  failFast: boolean;
  force: boolean;
  extract: ExtractOptions;
  version: string;
  timestamps: boolean;
  events?: BatchEvents;
  /** Aborting it stops the batch (files not finished are dropped), e.g. on Ctrl-C. */
  signal?: AbortSignal;
  /** Memory cap of each worker's heap in MB (default 2048): a file over it fails alone. */
  workerHeapMb?: number;
}

function failedEntry(input: PlanInput, sha256: string | null, error: ErrorFacts & { stack?: string }): FileEntry {
  const { stack: _stack, ...facts } = error;
  return {
    file: input.file,
    json: null,
    status: 'failed',
    sha256,
    bytes: null,
    format: null,
    indicators: 0,
    tasks: 0,
    tasksBySource: { table: 0, text: 0 },
    warnings: 0,
    error: facts,
  };
}

async function exists(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

async function removeStaleTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names.filter((n) => n.startsWith('.') && n.includes('.ghplan-tmp-')).map((n) => rm(join(dir, n), { recursive: true, force: true })),
  );
}

export async function runBatchJob(inputs: readonly PlanInput[], opts: BatchRunOptions): Promise<BatchSummary> {
  const startedAt = new Date().toISOString();
  const names = safeJsonNames(inputs.map((i) => i.file));
  const jsonDir = join(opts.outDir, 'json');
  const workDir = opts.formats.json ? jsonDir : await mkdtemp(join(opts.outDir, '.ghplan-tmp-'));
  const summaryPath = join(opts.outDir, 'summary.json');
  const entries: (FileEntry | undefined)[] = new Array(inputs.length);
  const ev = opts.events ?? {};

  // 1. What can be skipped: unchanged since its last successful run with this version.
  const prev = opts.force || !opts.formats.json ? null : await readPreviousSummary(summaryPath);
  const reusable = new Map<string, FileEntry>();
  if (prev && prev.ghplan === opts.version) {
    for (const f of prev.files) if (f.status !== 'failed' && f.json && f.sha256) reusable.set(`${f.file}\0${f.json}`, f);
  }
  const work: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const json = `json/${names[i]}`;
    const before = reusable.get(`${input.file}\0${json}`);
    if (before && (await exists(join(opts.outDir, json))) && (await hashFile(input.path)) === before.sha256) {
      entries[i] = { ...before, status: 'skipped', error: null };
      ev.done?.(input, entries[i]!);
    } else {
      work.push(i);
    }
  }

  // 2. The rest, in parallel.
  let stopped: BatchSummary['stopped'];
  const controllers = new Set<AbortController>();
  const stopAll = (why: NonNullable<BatchSummary['stopped']>): void => {
    stopped ??= why;
    for (const c of controllers) c.abort();
  };
  const onAbort = (): void => stopAll('interrupted');
  opts.signal?.addEventListener('abort', onAbort);
  if (opts.signal?.aborted) stopped = 'interrupted';

  // CSV rows of the files extracted now are made by the workers (see WorkerTask.csvPath)
  const csvDir = opts.formats.csv && work.length ? await mkdtemp(join(tmpdir(), 'ghplan-csv-')) : null;
  if (work.length && !stopped) {
    const threads = Math.max(1, Math.min(opts.jobs, work.length));
    const pool = await createPool(threads, opts.workerHeapMb);
    const timeoutMs = opts.extract.limits?.timeoutMs ?? 0;
    const stopSignal = new AbortController();
    controllers.add(stopSignal);

    const runOne = async (i: number): Promise<void> => {
      const input = inputs[i]!;
      const jsonPath = join(workDir, names[i]!);
      let r: WorkerResult;
      try {
        const csvPath = csvDir ? join(csvDir, names[i]!) : undefined;
        r = await runTask(pool, { path: input.path, file: input.file, jsonPath, csvPath, options: opts.extract }, timeoutMs, {
          signal: stopSignal.signal,
          onStart: () => ev.start?.(input),
        });
      } catch (e) {
        if (e instanceof Stopped) return; // stopped by us: the file is dropped, not failed
        throw e;
      }
      if (!r.ok && r.sha256 === null) r = { ...r, sha256: await hashFile(input.path) };
      let entry: FileEntry;
      if (r.ok) {
        entry = {
          file: input.file,
          json: opts.formats.json ? `json/${names[i]}` : null,
          status: 'ok',
          sha256: r.sha256,
          bytes: r.bytes,
          format: r.format,
          indicators: r.indicators,
          tasks: r.tasks,
          tasksBySource: r.tasksBySource,
          warnings: r.warnings,
          error: null,
        };
      } else {
        entry = failedEntry(input, r.sha256, r.error);
        if (opts.failFast) stopAll('fail-fast');
        // a JSON left by an earlier successful run no longer describes this file
        await rm(jsonPath, { force: true });
      }
      entries[i] = entry;
      ev.done?.(input, entry);
    };

    // The largest files first, so that one big file does not end the batch alone.
    const sizes = new Map(
      await Promise.all(
        work.map(
          async (i) =>
            [
              i,
              await stat(inputs[i]!.path).then(
                (st) => st.size,
                () => 0,
              ),
            ] as const,
        ),
      ),
    );
    const order = [...work].sort((a, b) => sizes.get(b)! - sizes.get(a)! || a - b);
    const inflight = new Set<Promise<void>>();
    try {
      for (const i of order) {
        if (stopped) break;
        while (inflight.size >= threads * 2) await Promise.race(inflight);
        if (stopped) break;
        const p: Promise<void> = runOne(i).finally(() => inflight.delete(p));
        inflight.add(p);
      }
      await Promise.all(inflight);
    } finally {
      await pool.destroy();
    }
  }
  opts.signal?.removeEventListener('abort', onAbort);
  await removeStaleTemps(workDir);

  // 3. The combined CSVs and the workbook, in input order, one plan in memory at a time. The CSV
  // rows a worker made this run are reused as they are; reused JSONs are laid out here.
  const madeCsv = async (i: number): Promise<Record<PlanCsvFile, string> | null> => {
    if (!csvDir || entries[i]?.status !== 'ok') return null;
    const made = await readFile(join(csvDir, names[i]!), 'utf8').catch(() => null);
    return made ? (JSON.parse(made) as Record<PlanCsvFile, string>) : null;
  };
  await writeCombined(
    inputs,
    entries,
    (i) => join(workDir, names[i]!),
    {
      outDir: opts.outDir,
      formats: { csv: opts.formats.csv, xlsx: !!opts.formats.xlsx },
      ...(opts.configFor ? { configFor: opts.configFor } : {}),
      ...(opts.expected ? { expected: opts.expected } : {}),
      lang: opts.lang ?? 'vi',
      madeCsv,
    },
    (i, entry) => ev.done?.(inputs[i]!, entry),
  );
  if (!opts.formats.json) await rm(workDir, { recursive: true, force: true });
  if (csvDir) await rm(csvDir, { recursive: true, force: true });

  // 4. summary.json
  const files = entries.filter((e): e is FileEntry => !!e);
  const summary: BatchSummary = {
    ghplan: opts.version,
    formats: [opts.formats.json && 'json', opts.formats.csv && 'csv', opts.formats.xlsx && 'xlsx'].filter((f): f is string => !!f),
    ...(stopped ? { stopped } : {}),
    ...(opts.timestamps ? { startedAt, finishedAt: new Date().toISOString() } : {}),
    totals: totalsOf(files),
    files,
  };
  await writeFileAtomic(summaryPath, summaryToJson(summary));
  await removeStaleTemps(opts.outDir);
  return summary;
}
