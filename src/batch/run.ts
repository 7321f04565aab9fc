/**
 * The batch engine: inputs in, per-file JSON, combined CSVs and summary.json out. One named
 * step each (runBatchJob reads as the list of them):
 *
 * 1. reuse: a file whose sha256 and ghplan version equal those of its last successful run (and
 *    whose JSON is still there) is skipped and its JSON reused;
 * 2. extract (./extract-all.ts): the rest, in worker threads. A worker writes its file's JSON
 *    itself and returns counts, so the main thread never holds plans;
 * 3. combined outputs (./combined.ts): the CSVs and the workbook, in input order, re-reading
 *    the JSON one file at a time — memory is bounded by the number of jobs, not of files;
 * 4. summary.json.
 *
 * Output order and content never depend on timing.
 */
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/atomic.js';
import { writeCombined } from './combined.js';
import type { PlanCsvFile } from '../export/csv.js';
import type { PlanInput } from './plan-input.js';
import { safeJsonNames } from './names.js';
import { readPreviousSummary, summaryToJson, totalsOf, type BatchSummary, type FileEntry } from './summary.js';
import { hashFile } from './hash.js';
import { extractAll, type StopReason } from './extract-all.js';
import type { BatchRunOptions, Job } from './job.js';

export type { BatchEvents, BatchRunOptions } from './job.js';

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
  const job: Job = {
    inputs,
    opts,
    names: safeJsonNames(inputs.map((i) => i.file)),
    workDir: opts.formats.json ? join(opts.outDir, 'json') : await mkdtemp(join(opts.outDir, '.ghplan-tmp-')),
    entries: new Array<FileEntry | undefined>(inputs.length),
    events: opts.events ?? {},
  };
  const summaryPath = join(opts.outDir, 'summary.json');
  const work = await reuseUnchanged(job, summaryPath);
  // CSV rows of the files extracted now are made by the workers (see WorkerTask.csvPath)
  const csvDir = opts.formats.csv && work.length ? await mkdtemp(join(tmpdir(), 'ghplan-csv-')) : null;
  const stopped = await extractAll(job, work, csvDir);
  await removeStaleTemps(job.workDir);
  await writeCombinedOutputs(job, csvDir);
  if (!opts.formats.json) await rm(job.workDir, { recursive: true, force: true });
  if (csvDir) await rm(csvDir, { recursive: true, force: true });
  const summary = summaryOf(job, stopped, startedAt);
  await writeFileAtomic(summaryPath, summaryToJson(summary));
  await removeStaleTemps(opts.outDir);
  return summary;
}

/**
 * Step 1: the files unchanged since their last successful run with this version get their
 * entry (skipped) now; returns the input indices left to extract.
 */
async function reuseUnchanged(job: Job, summaryPath: string): Promise<number[]> {
  const { opts, inputs } = job;
  const prev = opts.force || !opts.formats.json ? null : await readPreviousSummary(summaryPath);
  const reusable = new Map<string, FileEntry>();
  if (prev && prev.ghplan === opts.version) {
    for (const f of prev.files) if (f.status !== 'failed' && f.json && f.sha256) reusable.set(`${f.file}\0${f.json}`, f);
  }
  const work: number[] = [];
  for (let i = 0; i < inputs.length; i++) {
    const input = inputs[i]!;
    const json = `json/${job.names[i]}`;
    const before = reusable.get(`${input.file}\0${json}`);
    if (before && (await exists(join(opts.outDir, json))) && (await hashFile(input.path)) === before.sha256) {
      job.entries[i] = { ...before, status: 'skipped', error: null };
      job.events.done?.(input, job.entries[i]!);
    } else {
      work.push(i);
    }
  }
  return work;
}

/**
 * Step 3: the combined CSVs and the workbook, in input order, one plan in memory at a time. The
 * CSV rows a worker made this run are reused as they are; reused JSONs are laid out here.
 */
async function writeCombinedOutputs(job: Job, csvDir: string | null): Promise<void> {
  const { opts, inputs, names, entries } = job;
  const madeCsv = async (i: number): Promise<Record<PlanCsvFile, string> | null> => {
    if (!csvDir || entries[i]?.status !== 'ok') return null;
    const made = await readFile(join(csvDir, names[i]!), 'utf8').catch(() => null);
    return made ? (JSON.parse(made) as Record<PlanCsvFile, string>) : null;
  };
  await writeCombined(
    inputs,
    entries,
    (i) => join(job.workDir, names[i]!),
    {
      outDir: opts.outDir,
      formats: { csv: opts.formats.csv, xlsx: !!opts.formats.xlsx },
      ...(opts.configFor ? { configFor: opts.configFor } : {}),
      ...(opts.expected ? { expected: opts.expected } : {}),
      lang: opts.lang ?? 'vi',
      madeCsv,
    },
    (i, entry) => job.events.done?.(inputs[i]!, entry),
  );
}

/** Step 4: what summary.json says; totals counted from the entries. */
function summaryOf(job: Job, stopped: StopReason | undefined, startedAt: string): BatchSummary {
  const { opts } = job;
  const files = job.entries.filter((e): e is FileEntry => !!e);
  return {
    ghplan: opts.version,
    formats: [opts.formats.json && 'json', opts.formats.csv && 'csv', opts.formats.xlsx && 'xlsx'].filter((f): f is string => !!f),
    ...(stopped ? { stopped } : {}),
    ...(opts.timestamps ? { startedAt, finishedAt: new Date().toISOString() } : {}),
    totals: totalsOf(files),
    files,
  };
}
