/**
 * The worker (one per thread, run by piscina; see ./pool.ts) that every command reads files
 * in. It extracts one file and returns only small, serialisable facts: in `batch` it writes the
 * plan's JSON itself (the plan never travels back, so memory stays bounded however many files
 * the batch holds); in `extract` and `check` it returns the JSON text.
 */
import { extractBytes, extractFile } from '../api.js';
import { planToJson } from '../export/json.js';
import { writeFileAtomic } from '../export/atomic.js';
import { ErrorCodes, asGhplanError, errorFacts, errorWithFix, type ErrorFacts } from '../model/errors.js';
import { outErrnoOf } from './out-errors.js';
import type { ExtractOptions } from '../pipeline.js';
import { hashFile } from './hash.js';
import { planCounts, type TaskCounts } from './summary.js';
import { workerData, type MessagePort } from 'node:worker_threads';
import { preloadReaderFor } from '../readers/index.js';
import { setAudience, type Audience } from '../i18n/index.js';

/** Passed to every worker when it starts (piscina's workerData). */
export interface WorkerStart {
  /** The file the worker will most likely read first: it loads that reader while it waits. */
  preloadFor?: string;
  /** Who reads its messages (the main thread's audience: the CLI's flags or the library's options). */
  audience?: Audience;
}

const start = (workerData ?? {}) as WorkerStart;
if (start.audience) setAudience(start.audience);
if (start.preloadFor) preloadReaderFor(start.preloadFor);

export interface WorkerTask {
  /** Absolute path of the input (or `bytes`, e.g. stdin). */
  path?: string;
  bytes?: Uint8Array;
  /** Display path: `source.file` in the JSON. */
  file: string;
  /** Where to write the plan's JSON (batch); without it the JSON text is returned. */
  jsonPath?: string;
  /** Indent the returned JSON. */
  pretty?: boolean;
  /**
   * Where to write the plan's CSV rows (the four bodies, as JSON) when the batch writes CSV:
   * they are made here, in parallel, and the main thread only concatenates them in input order.
   */
  csvPath?: string;
  options: ExtractOptions;
  /** Told "start" when this worker begins the file: the per-file timeout runs from then, not from the queue. */
  port?: MessagePort;
}

export interface WorkerCounts {
  sha256: string;
  bytes: number;
  format: string;
  indicators: number;
  tasks: number;
  tasksBySource: TaskCounts;
  warnings: number;
  errors: number;
}

export type WorkerResult =
  | ({ ok: true; json?: string } & WorkerCounts)
  | {
      ok: false;
      sha256: string | null;
      error: ErrorFacts & { stack?: string };
      /** Set when the file was read but its outputs could not be written (ENOSPC, EROFS…): not the file's fault. */
      outErrno?: string;
    };

export default async function extractOne(task: WorkerTask): Promise<WorkerResult> {
  task.port?.postMessage('start');
  task.port?.close();
  try {
    const options = { ...task.options, fileName: task.file };
    const plan = task.bytes ? await extractBytes(task.bytes, options) : await extractFile(task.path!, options);
    const json = planToJson(plan, task.jsonPath ? true : !!task.pretty);
    try {
      if (task.jsonPath) await writeFileAtomic(task.jsonPath, json);
      if (task.csvPath) {
        const { planCsvBodies } = await import('../export/csv.js'); // not loaded by extract and check
        await writeFileAtomic(task.csvPath, JSON.stringify(planCsvBodies(plan, task.file)));
      }
    } catch (e) {
      const errno = outErrnoOf(e);
      if (!errno) throw e;
      return { ok: false, sha256: plan.source.sha256, error: { code: ErrorCodes.OUT_NOT_WRITABLE, message: errno }, outErrno: errno };
    }
    let warnings = 0;
    let errors = 0;
    for (const d of plan.diagnostics) {
      if (d.severity === 'warning') warnings++;
      else if (d.severity === 'error') errors++;
    }
    return {
      ok: true,
      ...(task.jsonPath ? {} : { json }),
      sha256: plan.source.sha256,
      ...planCounts(plan),
      warnings,
      errors,
    };
  } catch (e) {
    const err = errorWithFix(asGhplanError(e));
    const stack = e instanceof Error ? e.stack : undefined;
    return { ok: false, sha256: task.path ? await hashFile(task.path) : null, error: { ...errorFacts(err), ...(stack ? { stack } : {}) } };
  }
}
