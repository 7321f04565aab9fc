/**
 * The shape of a `ghplan check` rule (markdownlint style): an id and a slug, a description,
 * a default severity, an options schema, and a pure `run(plan, options, context)` that returns
 * findings. The runner adds file, rule and the configured severity.
 */
import { z } from 'zod';
import { SEVERITIES, type Severity } from '../model/diagnostics.js';
import type { Plan } from '../model/plan.js';
import { say, type MessageKey, type Params, type Text } from '../i18n/index.js';

export const SeveritySchema = z.enum(SEVERITIES);
export type { Severity } from '../model/diagnostics.js';

export const StageSchema = z.enum(['draft', 'issued']);
export type Stage = z.infer<typeof StageSchema>;

/** Where a finding points: the `at` of the section, task or indicator it is about (line 1 for the whole document). */
export interface FindingPos {
  line: number;
  /** Text input: where in the line the item starts. */
  column?: number;
  page?: number;
  table?: number;
  row?: number;
}

/** What a rule returns: a message (English; `text` says it in any language) and where. */
export interface RuleFinding {
  message: string;
  text?: Text;
  at: FindingPos;
}

/** A finding whose message is in the catalogue (src/i18n). */
export function finding(at: FindingPos, key: MessageKey, params?: Params): RuleFinding {
  const text: Text = params ? { key, params } : { key };
  return { message: say(text, 'en'), text, at };
}

export interface RuleContext {
  /** `draft` (default): blank number and day are normal; `issued`: they are findings. */
  stage: Stage;
}

/** Options of a rule: a strict zod object whose every field has a default. */
export type RuleOptionsSchema = z.ZodObject<z.ZodRawShape>;

export interface Rule<S extends RuleOptionsSchema = RuleOptionsSchema> {
  /** `GP001` … */
  id: string;
  /** `required-sections` … */
  slug: string;
  /** One sentence, shown in `--help`, the docs and the config JSON Schema. */
  description: string;
  defaultSeverity: Severity;
  options: S;
  run(plan: Plan, options: z.output<S>, context: RuleContext): RuleFinding[];
}

/** Identity helper that keeps the options type of a rule. */
export function defineRule<S extends RuleOptionsSchema>(rule: Rule<S>): Rule<S> {
  return rule;
}

/** A document-level finding (nothing more precise to point at). */
export const DOCUMENT_POS: FindingPos = { line: 1 };

/** Copies the location fields of an `at`. */
export function posOf(at: { line: number; column?: number; page?: number; table?: number; row?: number }): FindingPos {
  const p: FindingPos = { line: Math.max(1, at.line) };
  if (at.column !== undefined) p.column = at.column;
  if (at.page !== undefined) p.page = at.page;
  if (at.table !== undefined) p.table = at.table;
  if (at.row !== undefined) p.row = at.row;
  return p;
}
