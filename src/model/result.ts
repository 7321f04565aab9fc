/**
 * A stage's value travels with the messages it produced (mammoth's `Result(value, messages)`):
 * stages return a Result, `pipeline.ts` combines them; no stage pushes into a shared array.
 */
import type { Diagnostic } from './diagnostics.js';

export interface Result<T> {
  value: T;
  diagnostics: Diagnostic[];
}

export function result<T>(value: T, diagnostics: Diagnostic[] = []): Result<T> {
  return { value, diagnostics };
}
