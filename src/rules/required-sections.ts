/** GP001 required-sections: the plan has a section of each required kind, at any level. */
import { z } from 'zod';
import { SectionKindSchema, type Plan, type SectionKind } from '../model/plan.js';
import { DOCUMENT_POS, defineRule, finding, type RuleFinding } from './types.js';
import { visitSections } from './util.js';
import { en } from '../i18n/en.js';

export const DEFAULT_REQUIRED_KINDS: SectionKind[] = ['muc_dich', 'muc_tieu', 'nhiem_vu', 'phan_cong'];

/** The kinds of `required` that no section of the plan has, at any level, in the order given. */
export function missingKinds(plan: Plan, required: readonly SectionKind[]): SectionKind[] {
  const present = new Set<SectionKind>();
  for (const { section } of visitSections(plan.sections)) for (const k of section.kinds) present.add(k);
  return [...new Set(required)].filter((k) => !present.has(k));
}

export default defineRule({
  id: 'GP001',
  slug: 'required-sections',
  description: en['rule.about.GP001'],
  defaultSeverity: 'error',
  options: z
    .object({
      kinds: z
        .array(SectionKindSchema)
        .min(1)
        .default(DEFAULT_REQUIRED_KINDS)
        .describe('section kinds that must each appear at least once'),
    })
    .strict(),
  run(plan, { kinds }) {
    const out: RuleFinding[] = [];
    for (const kind of missingKinds(plan, kinds)) {
      out.push(finding(DOCUMENT_POS, 'rule.requiredSections', { kind, title: { key: `kind.${kind}` } }));
    }
    return out;
  },
});
