import type { SourcePos } from './position.js';

/** The one list of severities: diagnostics and `check` findings and its config use it. */
export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

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
