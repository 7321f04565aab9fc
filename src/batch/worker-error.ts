/** A failed worker result as the error it was, stack included (printed with --debug). */
import { errorFromFacts, type ErrorFacts, type GhplanError } from '../model/errors.js';

export function workerError(error: ErrorFacts & { stack?: string }): GhplanError {
  const e = errorFromFacts(error);
  e.stack = error.stack ?? `${error.code}: ${error.message}\n    (no stack: the worker was stopped)`;
  return e;
}
