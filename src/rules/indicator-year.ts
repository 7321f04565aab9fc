/** GP005 indicator-year: every indicator (chỉ tiêu) says by when — a target year in its text, lead-in or section heading. */
import { z } from 'zod';
import { defineRule, posOf, type RuleFinding } from './types.js';
import { clip } from './util.js';

export default defineRule({
  id: 'GP005',
  slug: 'indicator-year',
  description: 'Every indicator (chỉ tiêu) has a target year, from its text, its lead-in line or its section heading.',
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  run(plan) {
    const out: RuleFinding[] = [];
    for (const ind of plan.indicators) {
      if (ind.year !== null) continue;
      const where = ind.section ? ` in section ${ind.section}` : '';
      out.push({ message: `indicator "${clip(ind.text, 70)}"${where} has no target year (đến năm …)`, at: posOf(ind.at) });
    }
    return out;
  },
});
