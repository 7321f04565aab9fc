/**
 * One input file as the clerk's overview sees it (plans.csv, findings.csv, the workbook): the
 * data the exporters lay out. It is made by src/check/overview.ts, which runs the checks.
 */
import type { Severity } from './diagnostics.js';
import type { ErrorFacts } from './errors.js';
import type { PlanDocument, SectionKind } from './plan.js';
import type { Text } from '../i18n/index.js';

/** A `ghplan check` finding as the overview lays it out; check/run.ts `Finding` adds the column. English message, `text` for other languages. */
export interface OverviewFinding {
  file: string;
  line: number;
  page: number | null;
  table: number | null;
  row: number | null;
  ruleId: string;
  slug: string;
  severity: Severity;
  message: string;
  text?: Text;
}

/** ok: extracted now; skipped: unchanged since its last good run (its result reused); failed: not read. */
export type OverviewStatus = 'ok' | 'skipped' | 'failed';

export interface Counts {
  sections: number;
  indicators: number;
  tableTasks: number;
  textTasks: number;
  assignments: number;
}

export interface FileOverview {
  file: string;
  status: OverviewStatus;
  error: ErrorFacts | null;
  document: PlanDocument | null;
  counts: Counts | null;
  /** Required kinds (required-sections' option, when the rule is on) that no section has. */
  missingKinds: SectionKind[];
  findings: OverviewFinding[];
  checkErrors: number;
  checkWarnings: number;
}
