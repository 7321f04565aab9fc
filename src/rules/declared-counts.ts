/**
 * GP003 declared-counts: numbers the prose declares about the annex match the annex.
 * "Triển khai thực hiện 09 chương trình, nhiệm vụ trong đó có 04 chương trình, nhiệm vụ ưu
 * tiên" → 9 top-level tasks (parent null) and 4 tasks marked priority.
 */
import { z } from 'zod';
import { defineRule, finding, posOf, type RuleFinding } from './types.js';
import { sectionLabel, visitSections } from './util.js';
import { NUMBER_WORDS, NUMBER_WORDS_IN_TEXT } from '../text/keywords/number-words.js';
import { foldAligned } from '../text/vietnamese.js';
import { en } from '../i18n/en.js';

// What the annex rows are called: "chương trình, nhiệm vụ", "nhiệm vụ", "đề án", …
const NOUN = String.raw`(?:chuong trinh(?:\s*(?:,|\/|va)\s*(?:nhiem vu|du an|de an))*|nhiem vu(?:\s*(?:,|\/|va)\s*(?:chuong trinh|du an|de an|giai phap))*|du an|de an|noi dung|cong viec)`;
const NUM = String.raw`(\d{1,3}|${NUMBER_WORDS_IN_TEXT.join('|')})`;
const TOTAL = new RegExp(String.raw`(?<![\w.,])${NUM}\s+${NOUN}`, 'g');
// "trong đó (có) 04 chương trình, nhiệm vụ ưu tiên" / "… trọng tâm"
const PRIORITY = new RegExp(String.raw`trong do(?:\s+co)?\s+${NUM}\s+(?:${NOUN}\s+)?(?:[a-z]+\s+){0,3}?(?:uu tien|trong tam)`, 'g');
// The sentence is about the annex: it or its section mentions it, or it splits off the priority ones.
const ANNEX_WORDS = /phu luc|danh muc|kem theo/;

function value(raw: string): number {
  return /^\d+$/.test(raw) ? parseInt(raw, 10) : (NUMBER_WORDS[raw] ?? NaN);
}

export default defineRule({
  id: 'GP003',
  slug: 'declared-counts',
  description: en['rule.about.GP003'],
  defaultSeverity: 'error',
  options: z.object({}).strict(),
  run(plan) {
    // The declarations count the annex's rows: tasks written in the text are not among them.
    const rows = plan.tasks.filter((t) => t.source !== 'text');
    const topLevel = rows.filter((t) => t.parent === null).length;
    const priority = rows.filter((t) => t.priority).length;
    const out: RuleFinding[] = [];
    for (const v of visitSections(plan.sections)) {
      if (v.section.kinds.includes('phu_luc')) continue;
      const text = v.section.text;
      const folded = foldAligned(text);
      const sectionAboutAnnex = ANNEX_WORDS.test(foldAligned(v.section.heading)) || ANNEX_WORDS.test(folded);
      for (const m of folded.matchAll(/[^\n.;]+(?:[.;](?!\s)[^\n.;]*)*/g)) {
        const sentence = m[0];
        const start = m.index;
        const pri = [...sentence.matchAll(PRIORITY)][0];
        if (!pri && !sectionAboutAnnex) continue;
        const tot = [...sentence.matchAll(TOTAL)].find((t) => !pri || t.index < pri.index);
        const where = sectionLabel(v, 40);
        // One check for both declarations: the total of top-level tasks and the priority ones.
        const compare = (found: RegExpMatchArray | undefined, actual: number, priorityOnes: boolean): void => {
          if (!found) return;
          const n = value(found[1]!);
          const quoted = text.slice(start + found.index!, start + found.index! + found[0].length);
          if (n === actual) return;
          const none = rows.length === 0;
          const key = priorityOnes
            ? none
              ? 'rule.declaredPriorityNoTasks'
              : 'rule.declaredPriority'
            : none
              ? 'rule.declaredTotalNoTasks'
              : 'rule.declaredTotal';
          out.push(finding(posOf(v.section.at), key, { section: where, quoted, n, actual }));
        };
        compare(tot, topLevel, false);
        compare(pri, priority, true);
      }
    }
    return out;
  },
});
