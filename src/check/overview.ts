/**
 * One input file as the clerk's overview sees it (plans.csv, findings.csv, the workbook's
 * Tổng hợp and Kiểm tra sheets): its status, error, document facts, counts and `check`
 * findings under the same config as `ghplan check`. Failed files have an overview too.
 */
import type { Plan, Section, SectionKind } from '../model/plan.js';
import type { ErrorFacts } from '../model/errors.js';
import type { Counts, FileOverview } from '../model/overview.js';
import type { ResolvedConfig } from './config.js';
import { checkPlan } from './run.js';
import { missingKinds } from '../rules/required-sections.js';

export type { Counts, FileOverview, OverviewStatus } from '../model/overview.js';

function countSections(sections: readonly Section[]): number {
  let n = 0;
  for (const s of sections) n += 1 + countSections(s.children);
  return n;
}

export function countsOf(plan: Plan): Counts {
  let tableTasks = 0;
  for (const t of plan.tasks) if (t.source === 'table') tableTasks++;
  return {
    sections: countSections(plan.sections),
    indicators: plan.indicators.length,
    tableTasks,
    textTasks: plan.tasks.length - tableTasks,
    assignments: plan.assignments.length,
  };
}

export function planOverview(file: string, status: 'ok' | 'skipped', plan: Plan, config: ResolvedConfig): FileOverview {
  const findings = checkPlan(plan, config, file);
  const required = config.rules.find((r) => r.rule.slug === 'required-sections');
  return {
    file,
    status,
    error: null,
    document: plan.document,
    counts: countsOf(plan),
    missingKinds: required ? missingKinds(plan, required.options.kinds as SectionKind[]) : [],
    findings,
    checkErrors: findings.filter((f) => f.severity === 'error').length,
    checkWarnings: findings.filter((f) => f.severity === 'warning').length,
  };
}

export function failedOverview(file: string, error: ErrorFacts): FileOverview {
  return { file, status: 'failed', error, document: null, counts: null, missingKinds: [], findings: [], checkErrors: 0, checkWarnings: 0 };
}

/**
 * Inputs that are the same plan (a .docx and its signed .pdf): same issuer, number, date and
 * title. Returns, per overview index, the indexes of the others (none for a plan with no
 * issuer or title: too little to tell).
 */
export function samePlans(overviews: readonly FileOverview[]): number[][] {
  const groups = new Map<string, number[]>();
  overviews.forEach((o, i) => {
    const d = o.document;
    if (!d || !d.issuer || !d.title) return;
    const key = JSON.stringify([d.issuer, d.number, d.date, d.title]);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const out: number[][] = overviews.map(() => []);
  for (const g of groups.values()) if (g.length > 1) for (const i of g) out[i] = g.filter((j) => j !== i);
  return out;
}
