/** What every step of a batch (see ./run.ts) shares: the options, the inputs and their results so far. */
import type { ErrorFacts } from '../model/errors.js';
import type { Lang } from '../i18n/index.js';
import type { ExtractOptions } from '../pipeline.js';
import type { ResolvedConfig } from '../check/config.js';
import type { PlanInput } from './plan-input.js';
import type { FileEntry } from './summary.js';
import type { WorkerCounts } from './worker.js';

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

export interface Job {
  inputs: readonly PlanInput[];
  opts: BatchRunOptions;
  /** The JSON file name of each input ("sub__a.docx.json"). */
  names: readonly string[];
  /** Where the per-file JSON are written: json/, or a temporary folder without --format json. */
  workDir: string;
  /** The fingerprint of each input's result-changing settings (./settings.ts). */
  settings: readonly string[];
  /** The result of each input; undefined while (or when, after a stop) it is not done. */
  entries: (FileEntry | undefined)[];
  events: BatchEvents;
  /** The errno of the first write to --out that failed (the batch then stops), else null. */
  outErrno: string | null;
}

/** The entry of a file done: `json` names its JSON relative to --out when one is kept. */
export function okEntry(input: PlanInput, json: string | null, r: WorkerCounts, settings: string): FileEntry {
  return {
    file: input.file,
    json,
    status: 'ok',
    sha256: r.sha256,
    settings,
    bytes: r.bytes,
    format: r.format,
    indicators: r.indicators,
    tasks: r.tasks,
    tasksBySource: r.tasksBySource,
    warnings: r.warnings,
    error: null,
  };
}

export function failedEntry(input: PlanInput, sha256: string | null, error: ErrorFacts & { stack?: string }): FileEntry {
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
