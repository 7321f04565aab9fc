/**
 * The rules of `ghplan check`, in id order. The list is validated when this module loads:
 * ids `GPnnn` and kebab-case slugs, each unique (a broken list fails at start-up, not mid-run).
 */
import type { Rule } from './types.js';
import requiredSections from './required-sections.js';
import taskComplete from './task-complete.js';
import declaredCounts from './declared-counts.js';
import sectionNumbering from './section-numbering.js';
import indicatorYear from './indicator-year.js';
import metadata from './metadata.js';

export function validateRules(rules: readonly Rule[]): void {
  const seen = new Map<string, string>();
  for (const r of rules) {
    if (!/^GP\d{3}$/.test(r.id)) throw new Error(`rule ${r.slug}: id "${r.id}" is not GPnnn`);
    if (!/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/.test(r.slug)) throw new Error(`rule ${r.id}: slug "${r.slug}" is not kebab-case`);
    if (!r.description.trim()) throw new Error(`rule ${r.id}: no description`);
    for (const key of [r.id, r.slug]) {
      const other = seen.get(key);
      if (other) throw new Error(`rules ${other} and ${r.id} share the name "${key}"`);
      seen.set(key, r.id);
    }
    const parsed = r.options.safeParse({});
    if (!parsed.success) throw new Error(`rule ${r.id}: options need defaults for every field`);
    if ('severity' in r.options.shape) throw new Error(`rule ${r.id}: "severity" is reserved, not an option`);
  }
}

export const RULES: readonly Rule[] = [
  requiredSections,
  taskComplete,
  declaredCounts,
  sectionNumbering,
  indicatorYear,
  metadata,
] as unknown as readonly Rule[];

validateRules(RULES);

/** A rule by id (`GP001`) or slug (`required-sections`). */
export function findRule(name: string): Rule | undefined {
  return RULES.find((r) => r.id === name || r.slug === name);
}

export type { Rule, RuleFinding, RuleContext, Severity, Stage, FindingPos } from './types.js';
