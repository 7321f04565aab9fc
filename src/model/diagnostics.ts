import type { SourcePos } from './position.js';

export type Severity = 'error' | 'warning' | 'info';

export interface Diagnostic {
  severity: Severity;
  /** Stable dotted code, e.g. `annex.row-continued`, listed in the README. */
  code: string;
  message: string;
  at?: SourcePos;
}

export function diag(severity: Severity, code: string, message: string, at?: SourcePos): Diagnostic {
  return at ? { severity, code, message, at } : { severity, code, message };
}
