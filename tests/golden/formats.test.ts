/**
 * Format invariance: for every corpus document, the sections, indicators and tasks read from
 * its .docx and .pdf equal those read from its .txt. Known differences are listed with a reason.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import type { Plan, Section } from '../../src/model/plan.js';
import { sameKey } from '../../src/text/vietnamese.js';

const dir = join(import.meta.dirname, '../../fixtures/corpus');
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''));

const sections = (ss: Section[]): unknown[] =>
  ss.map((s) => ({ number: s.number, heading: sameKey(s.heading), kinds: s.kinds, level: s.level, children: sections(s.children) }));

/** What must be the same whatever the format (positions and text spelling of line breaks aside). */
function facts(p: Plan): unknown {
  return {
    sections: sections(p.sections),
    indicators: p.indicators.map((i) => ({
      value: i.value,
      unit: i.unit,
      op: i.op,
      year: i.year,
      section: i.section,
      text: sameKey(i.text),
    })),
    tasks: p.tasks.map((t) => ({
      id: t.id,
      parent: t.parent,
      groupTitle: t.groupTitle && sameKey(t.groupTitle),
      name: sameKey(t.name),
      output: t.output && sameKey(t.output),
      deadline: t.deadline?.date ?? null,
      lead: t.lead.map(sameKey),
      support: t.support.map(sameKey),
      priority: t.priority,
    })),
    assignments: p.assignments.map((a) => sameKey(a.unit)),
  };
}

describe('the same facts from .txt, .docx and .pdf', () => {
  for (const stem of stems) {
    for (const ext of ['docx', 'pdf']) {
      it(`${stem}.${ext} = ${stem}.txt`, async () => {
        const [txt, other] = await Promise.all([extractFile(join(dir, `${stem}.txt`)), extractFile(join(dir, `${stem}.${ext}`))]);
        expect(facts(other)).toEqual(facts(txt));
      });
    }
  }
});
