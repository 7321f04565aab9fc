/**
 * The batch engine: inputs in, per-file JSON, combined CSVs and summary.json out. One batch at a
 * time per --out (./lock.ts); then one named step each (runLocked reads as the list of them):
 *
 * 1. reuse: a file is skipped when its sha256 and settings (version, result-changing options,
 *    ./settings.ts) equal those of its last successful run, and its JSON, checked against the
 *    plan schema, agrees (./previous.ts);
 * 2. extract (./extract-all.ts): the rest, in worker threads. A worker writes its file's JSON
 *    itself and returns counts, so the main thread never holds plans;
 * 3. after a stop (--fail-fast, Ctrl-C, a full disk) the files not finished keep their latest
 *    good result, so that the combined outputs still hold every file;
 * 4. combined outputs (./combined.ts): the CSVs and the workbook, in input order, re-reading
 *    the JSON one file at a time — memory is bounded by the number of jobs, not of files;
 * 5. summary.json, its totals counted from the entries.
 *
 * Output order and content never depend on timing. Temporary files and folders are named
 * `.…ghplan-tmp-…` and removed at the start (a killed run's) and the end of each run.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { writeFileAtomic } from '../export/atomic.js';
import { makeDirs } from '../export/dirs.js';
import { msg } from '../model/errors.js';
import { writeCombined } from './combined.js';
import type { PlanCsvFile } from '../export/csv.js';
import type { PlanInput } from './plan-input.js';
import { safeJsonNames } from './names.js';
import { summaryToJson, totalsOf, type BatchSummary, type FileEntry } from './summary.js';
import { extractAll, type StopReason } from './extract-all.js';
import type { BatchRunOptions, Job } from './job.js';
import { lockOut } from './lock.js';
import { guardOut, outErrnoOf, outNotWritable } from './out-errors.js';
import { latestGood, readPreviousEntries, type PreviousEntry } from './previous.js';
import { settingsOf } from './settings.js';

export type { BatchEvents, BatchRunOptions } from './job.js';

async function removeTemps(dir: string): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  await Promise.all(
    names
      .filter((n) => n.startsWith('.') && n.includes('.ghplan-tmp-'))
      .map((n) => rm(join(dir, n), { recursive: true, force: true }).catch(() => undefined)),
  );
}

export async function runBatchJob(inputs: readonly PlanInput[], opts: BatchRunOptions): Promise<BatchSummary> {
  const lock = await guardOut(opts.outDir, msg('out.notStarted'), async () => {
    await makeDirs(opts.outDir);
    return lockOut(opts.outDir);
  });
  try {
    return await runLocked(inputs, opts);
  } finally {
    await lock.release().catch(() => undefined);
  }
}

async function runLocked(inputs: readonly PlanInput[], opts: BatchRunOptions): Promise<BatchSummary> {
  const startedAt = new Date().toISOString();
  const jsonDir = join(opts.outDir, 'json');
  const summaryPath = join(opts.outDir, 'summary.json');
  // what a killed run left: nobody else writes here while we hold the lock
  await removeTemps(opts.outDir);
  await removeTemps(jsonDir);
  const job: Job = {
    inputs,
    opts,
    names: safeJsonNames(inputs.map((i) => i.file)),
    workDir: await guardOut(opts.outDir, msg('out.notStarted'), async () => {
      if (!opts.formats.json) return mkdtemp(join(opts.outDir, '.ghplan-tmp-'));
      await makeDirs(jsonDir);
      return jsonDir;
    }),
    settings: await settingsOfInputs(inputs, opts),
    entries: new Array<FileEntry | undefined>(inputs.length),
    events: opts.events ?? {},
    outErrno: null,
  };
  // without --format json no JSON is kept between runs: nothing to reuse
  const previous = opts.formats.json ? await readPreviousEntries(summaryPath) : new Map<string, PreviousEntry>();
  const work = await reuseUnchanged(job, previous);
  // CSV rows of the files extracted now are made by the workers (see WorkerTask.csvPath)
  const csvDir =
    opts.formats.csv && work.length
      ? await guardOut(opts.outDir, msg('out.notStarted'), () => mkdtemp(join(opts.outDir, '.ghplan-tmp-csv-')))
      : null;
  const stopped = await extractAll(job, work, csvDir);
  await keepLatestGood(job, previous);
  await removeTemps(job.workDir);
  await writeCombinedOutputs(job, csvDir);
  if (!opts.formats.json) await rm(job.workDir, { recursive: true, force: true }).catch(() => undefined);
  if (csvDir) await rm(csvDir, { recursive: true, force: true }).catch(() => undefined);
  const summary = summaryOf(job, job.outErrno ? 'out-not-writable' : stopped, startedAt);
  await writeSummary(job, summaryPath, summary);
  await removeTemps(opts.outDir);
  return summary;
}

/** The settings fingerprint of each input; its check config counts only when the run writes check results. */
async function settingsOfInputs(inputs: readonly PlanInput[], opts: BatchRunOptions): Promise<string[]> {
  const checks = opts.configFor && (opts.formats.csv || opts.formats.xlsx) ? opts.configFor : null;
  const out: string[] = [];
  for (const input of inputs) out.push(settingsOf(opts.version, opts.extract, checks ? await checks(input.path) : null));
  return out;
}

/**
 * Step 1: the files whose latest good result was made from the same bytes with the same
 * settings get their entry (skipped) now; returns the input indices left to extract.
 */
async function reuseUnchanged(job: Job, previous: ReadonlyMap<string, PreviousEntry>): Promise<number[]> {
  const work: number[] = [];
  for (let i = 0; i < job.inputs.length; i++) {
    const input = job.inputs[i]!;
    const prev = previous.get(input.file);
    const good =
      !job.opts.force && prev?.settings === job.settings[i]
        ? await latestGood(job.opts.outDir, input, `json/${job.names[i]}`, prev!)
        : null;
    if (good) {
      job.entries[i] = good;
      job.events.done?.(input, good);
    } else {
      work.push(i);
    }
  }
  return work;
}

/**
 * Step 3: a file not finished in a stopped run keeps its latest good result (its JSON from an
 * earlier run, still true of the file as it is now), with that run's settings, so that the
 * next run redoes it when they differ.
 */
async function keepLatestGood(job: Job, previous: ReadonlyMap<string, PreviousEntry>): Promise<void> {
  for (let i = 0; i < job.inputs.length; i++) {
    const prev = previous.get(job.inputs[i]!.file);
    if (job.entries[i] || !prev) continue;
    const good = await latestGood(job.opts.outDir, job.inputs[i]!, `json/${job.names[i]}`, prev);
    if (good) job.entries[i] = good;
  }
}

/**
 * Step 4: the combined CSVs and the workbook, in input order, one plan in memory at a time. The
 * CSV rows a worker made this run are reused as they are; reused JSONs are laid out here.
 */
async function writeCombinedOutputs(job: Job, csvDir: string | null): Promise<void> {
  const { opts, inputs, names, entries } = job;
  const madeCsv = async (i: number): Promise<Record<PlanCsvFile, string> | null> => {
    if (!csvDir || entries[i]?.status !== 'ok') return null;
    const made = await readFile(join(csvDir, names[i]!), 'utf8').catch(() => null);
    return made ? (JSON.parse(made) as Record<PlanCsvFile, string>) : null;
  };
  try {
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
  } catch (e) {
    const errno = outErrnoOf(e);
    if (!errno) throw e;
    job.outErrno ??= errno; // each output is written atomically: the old one, if any, is still whole
  }
}

/** Step 5: what summary.json says; totals counted from the entries. */
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

/** Writes summary.json; after a failed write to --out, throws GHPLAN_OUT_NOT_WRITABLE saying whether the summary made it. */
async function writeSummary(job: Job, path: string, summary: BatchSummary): Promise<void> {
  let written = true;
  try {
    await writeFileAtomic(path, summaryToJson(summary));
  } catch (e) {
    const errno = outErrnoOf(e);
    if (!errno) throw e;
    job.outErrno ??= errno;
    written = false;
  }
  if (job.outErrno) {
    await removeTemps(job.opts.outDir);
    const said = written ? msg('out.summaryWritten', { n: summary.files.length }) : msg('out.nothingWritten');
    throw outNotWritable(job.opts.outDir, job.outErrno, said);
  }
}
