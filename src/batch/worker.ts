/**
 * The batch worker (one per thread, run by piscina): extracts one file, writes its JSON
 * atomically and returns only small, serialisable facts. The plan never travels back to the
 * main thread, so memory stays bounded however many files the batch holds.
 */
import { extractFile } from '../api.js';
import { planToJson } from '../export/json.js';
import { writeFileAtomic } from '../export/atomic.js';
import { asGhplanError, errorFacts, errorWithFix, type ErrorFacts } from '../model/errors.js';
import type { ExtractOptions } from '../pipeline.js';
import { hashFile } from './hash.js';
import { countTasks, type TaskCounts } from './summary.js';
import type { MessagePort } from 'node:worker_threads';

export interface WorkerTask {
  /** Absolute path of the input. */
  path: string;
  /** Display path: `source.file` in the JSON. */
  file: string;
  /** Where to write the plan's JSON. */
  jsonPath: string;
  options: ExtractOptions;
  /** Told "start" when this worker begins the file: the per-file timeout runs from then, not from the queue. */
  port?: MessagePort;
}

export type WorkerResult =
  | { ok: true; sha256: string; bytes: number; format: string; indicators: number; tasks: number; tasksBySource: TaskCounts; warnings: number; errors: number }
  | { ok: false; sha256: string | null; error: ErrorFacts };

export default async function extractOne(task: WorkerTask): Promise<WorkerResult> {
  task.port?.postMessage('start');
  task.port?.close();
  try {
    const plan = await extractFile(task.path, { ...task.options, fileName: task.file });
    await writeFileAtomic(task.jsonPath, planToJson(plan, true));
    let warnings = 0;
    let errors = 0;
    for (const d of plan.diagnostics) {
      if (d.severity === 'warning') warnings++;
      else if (d.severity === 'error') errors++;
    }
    return {
      ok: true,
      sha256: plan.source.sha256,
      bytes: plan.source.bytes,
      format: plan.source.format,
      indicators: plan.indicators.length,
      tasks: plan.tasks.length,
      tasksBySource: countTasks(plan.tasks),
      warnings,
      errors,
    };
  } catch (e) {
    const err = errorWithFix(asGhplanError(e));
    return { ok: false, sha256: await hashFile(task.path), error: errorFacts(err) };
  }
}
