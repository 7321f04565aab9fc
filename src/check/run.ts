/**
 * Runs the rules: one plan in, findings out (`checkPlan`), and a list of files extracted in
 * process with a small concurrency (`checkFiles`). Results come back in input order, so the
 * output is the same on every run.
 */
import type { Plan } from '../model/plan.js';
import type { OverviewFinding } from '../model/overview.js';
import { GhplanError, ErrorCodes, asGhplanError, msg } from '../model/errors.js';
import { extractFile, type ExtractInputOptions } from '../api.js';
import type { Severity } from '../rules/types.js';
import { language, say, type Lang } from '../i18n/index.js';
import type { ResolvedConfig, ResolvedRule } from './config.js';

/** A finding: the overview's fields (src/model/overview.ts, one shape for JSON, CSV and the workbook) and its column (text input), else null. */
export interface Finding extends OverviewFinding {
  column: number | null;
}

/** A finding's message in `lang`. */
export function findingMessage(f: Pick<Finding, 'message' | 'text'>, lang: Lang = language()): string {
  return f.text && lang !== 'en' ? say(f.text, lang) : f.message;
}

export type FileResult =
  | { file: string; ok: true; findings: Finding[]; rules: ResolvedRule[] }
  | { file: string; ok: false; error: GhplanError; rules: ResolvedRule[] };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** Findings of every enabled rule on one plan, by line, then rule id. */
export function checkPlan(plan: Plan, config: ResolvedConfig, file = plan.source.file): Finding[] {
  const out: Finding[] = [];
  for (const { rule, severity, options } of config.rules) {
    let found;
    try {
      found = rule.run(plan, options as never, { stage: config.stage });
    } catch (e) {
      throw new GhplanError(
        ErrorCodes.INTERNAL,
        msg('err.ruleInternal', { id: rule.id, slug: rule.slug, detail: (e as Error)?.message ?? String(e) }),
      );
    }
    for (const f of found) {
      out.push({
        file,
        line: f.at.line,
        column: f.at.column ?? null,
        page: f.at.page ?? null,
        table: f.at.table ?? null,
        row: f.at.row ?? null,
        ruleId: rule.id,
        slug: rule.slug,
        severity,
        message: f.message,
        ...(f.text ? { text: f.text } : {}),
      });
    }
  }
  return out.sort(
    (a, b) =>
      a.line - b.line ||
      (a.column ?? 0) - (b.column ?? 0) ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity],
  );
}

export interface CheckFilesOptions {
  /** The config of each file (nearest ghplan.config.json or --config). Config errors propagate. */
  configFor(file: string): Promise<ResolvedConfig>;
  /** How a file is named in findings. */
  display(file: string): string;
  extract?: ExtractInputOptions;
  /** How a file becomes a plan (the CLI reads in its isolated workers); default: in process. */
  readPlan?(file: string, options: ExtractInputOptions): Promise<Plan>;
  concurrency?: number;
}

/** Configs first (a bad config is a usage error before any work), then the files, a few at a time. */
export async function checkFiles(files: readonly string[], opts: CheckFilesOptions): Promise<FileResult[]> {
  const configs: ResolvedConfig[] = [];
  for (const f of files) configs.push(await opts.configFor(f));
  const results: FileResult[] = new Array(files.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length) {
      const i = next++;
      const file = opts.display(files[i]!);
      const config = configs[i]!;
      try {
        const plan = await (opts.readPlan ?? extractFile)(files[i]!, opts.extract ?? {});
        results[i] = { file, ok: true, findings: checkPlan(plan, config, file), rules: config.rules };
      } catch (e) {
        results[i] = { file, ok: false, error: asGhplanError(e), rules: config.rules };
      }
    }
  };
  const n = Math.max(1, Math.min(opts.concurrency ?? 4, files.length));
  await Promise.all(Array.from({ length: n }, worker));
  return results;
}

export interface Totals {
  files: number;
  failed: number;
  errors: number;
  warnings: number;
  infos: number;
}

export function totals(results: readonly FileResult[]): Totals {
  const t: Totals = { files: results.length, failed: 0, errors: 0, warnings: 0, infos: 0 };
  for (const r of results) {
    if (!r.ok) {
      t.failed++;
      continue;
    }
    for (const f of r.findings) {
      if (f.severity === 'error') t.errors++;
      else if (f.severity === 'warning') t.warnings++;
      else t.infos++;
    }
  }
  return t;
}
