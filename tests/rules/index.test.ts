import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RULES, findRule, validateRules } from '../../src/rules/index.js';
import { defineRule, type Rule } from '../../src/rules/types.js';

const fake = (id: string, slug: string): Rule =>
  defineRule({ id, slug, description: 'x', defaultSeverity: 'error', options: z.object({}).strict(), run: () => [] }) as unknown as Rule;

describe('the rule list', () => {
  it('lists the rules in id order with unique ids and slugs', () => {
    expect(RULES.map((r) => `${r.id} ${r.slug}`)).toEqual([
      'GP001 required-sections',
      'GP002 task-complete',
      'GP003 declared-counts',
      'GP004 section-numbering',
      'GP005 indicator-year',
      'GP006 metadata',
    ]);
    expect(() => validateRules(RULES)).not.toThrow();
  });
  it('finds a rule by id or slug', () => {
    expect(findRule('GP004')?.slug).toBe('section-numbering');
    expect(findRule('metadata')?.id).toBe('GP006');
    expect(findRule('gp004')).toBeUndefined();
  });
  it('rejects duplicate ids or slugs, bad ids and bad slugs', () => {
    expect(() => validateRules([fake('GP001', 'a'), fake('GP001', 'b')])).toThrow(/share the name "GP001"/);
    expect(() => validateRules([fake('GP001', 'a'), fake('GP002', 'a')])).toThrow(/share the name "a"/);
    expect(() => validateRules([fake('X1', 'a')])).toThrow(/not GPnnn/);
    expect(() => validateRules([fake('GP001', 'Required_Sections')])).toThrow(/kebab-case/);
  });
  it('rejects options without defaults', () => {
    const r = { ...fake('GP009', 'needs-x'), options: z.object({ x: z.string() }).strict() } as unknown as Rule;
    expect(() => validateRules([r])).toThrow(/defaults/);
  });
});
