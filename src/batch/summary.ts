/**
 * summary.json: what a batch did, file by file, and what the next run needs to be incremental
 * (the ghplan version and each file's sha256). No timestamps unless asked, so two runs over
 * the same inputs write the same bytes.
 */
import type { ErrorFacts } from '../model/errors.js';
import type { Plan } from '../model/plan.js';

export type FileStatus = 'ok' | 'failed' | 'skipped';

/** Tasks by where they were found: rows of task tables, and tasks written in the text. */
export interface TaskCounts {
  table: number;
  text: number;
}

/** Counts a plan's tasks by source. */
export function countTasks(tasks: readonly { source: 'table' | 'text' }[]): TaskCounts {
  const c: TaskCounts = { table: 0, text: 0 };
  for (const t of tasks) c[t.source]++;
  return c;
}

/** What a batch records of a plan beside its status: size, format and counts, in summary.json's order. */
export function planCounts(plan: Pick<Plan, 'source' | 'indicators' | 'tasks'>) {
  return {
    bytes: plan.source.bytes,
    format: plan.source.format,
    indicators: plan.indicators.length,
    tasks: plan.tasks.length,
    tasksBySource: countTasks(plan.tasks),
  };
}

export interface FileEntry {
  /** Display path: relative to the PATH argument, forward slashes. */
  file: string;
  /** The plan's JSON, relative to the output folder ("json/x.txt.json"); null without one. */
  json: string | null;
  status: FileStatus;
  sha256: string | null;
  /** Fingerprint of the version and result-changing options of its last successful run (./settings.ts). */
  settings?: string;
  bytes: number | null;
  format: string | null;
  indicators: number;
  tasks: number;
  /** `tasks` by source (a summary written before this field was added has none). */
  tasksBySource?: TaskCounts;
  warnings: number;
  /** Its `text` and `fixed` (for the terminal and the workbook) are not written to summary.json. */
  error: ErrorFacts | null;
}

export interface Totals {
  files: number;
  ok: number;
  failed: number;
  skipped: number;
  withWarnings: number;
  indicators: number;
  tasks: number;
  tasksBySource: TaskCounts;
  warnings: number;
}

export interface BatchSummary {
  ghplan: string;
  formats: string[];
  /**
   * Set when the batch stopped early (--fail-fast, Ctrl-C or SIGTERM, an --out it could not write
   * to): files not finished keep their latest good result, if they have one, else are not listed.
   */
  stopped?: 'fail-fast' | 'interrupted' | 'out-not-writable';
  startedAt?: string;
  finishedAt?: string;
  totals: Totals;
  files: FileEntry[];
}

export function totalsOf(files: readonly FileEntry[]): Totals {
  const t: Totals = {
    files: files.length,
    ok: 0,
    failed: 0,
    skipped: 0,
    withWarnings: 0,
    indicators: 0,
    tasks: 0,
    tasksBySource: { table: 0, text: 0 },
    warnings: 0,
  };
  for (const f of files) {
    t[f.status]++;
    if (f.status !== 'failed') {
      t.indicators += f.indicators;
      t.tasks += f.tasks;
      // An entry from an older summary counts all its tasks as table rows, as they then were.
      t.tasksBySource.table += f.tasksBySource?.table ?? f.tasks;
      t.tasksBySource.text += f.tasksBySource?.text ?? 0;
      t.warnings += f.warnings;
      if (f.warnings > 0) t.withWarnings++;
    }
  }
  return t;
}

export function summaryToJson(s: BatchSummary): string {
  const files = s.files.map((f) => (f.error ? { ...f, error: { code: f.error.code, message: f.error.message } } : f));
  return JSON.stringify({ ...s, files }, null, 2) + '\n';
}
