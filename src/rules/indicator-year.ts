/** GP005 indicator-year: every indicator (chỉ tiêu) says by when — a target year in its text, lead-in or section heading. */
import { z } from 'zod';
import { defineRule, finding, posOf, type RuleFinding } from './types.js';
import { clip } from './util.js';
import { en } from '../i18n/en.js';

export default defineRule({
  id: 'GP005',
  slug: 'indicator-year',
  description: en['rule.about.GP005'],
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  run(plan) {
    const out: RuleFinding[] = [];
    for (const ind of plan.indicators) {
      if (ind.year !== null) continue;
      const text = clip(ind.text, 70);
      out.push(
        ind.section
          ? finding(posOf(ind.at), 'rule.indicatorYearIn', { text, section: ind.section })
          : finding(posOf(ind.at), 'rule.indicatorYear', { text }),
      );
    }
    return out;
  },
});
