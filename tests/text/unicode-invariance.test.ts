/**
 * Unicode invariance on the seed plans (fixtures/corpus, copies of shared/corpus/seeds):
 *   - an NFD copy gives exactly the result of the NFC text (but `source` and info diagnostics);
 *   - a copy with old-style tone marks (hòa → hoà, thủy → thuỷ, ủy → uỷ) gives the same
 *     sections, indicators (value/unit/op/year) and tasks (ids, deadlines), compared after
 *     canonicalTone.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import type { Plan, Section } from '../../src/model/plan.js';
import { canonicalTone } from '../../src/text/vietnamese.js';

const DIR = join(import.meta.dirname, '../../fixtures/corpus');
const seeds = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .sort();

const run = (text: string, name: string): Promise<Plan> => extractBytes(Buffer.from(text, 'utf8'), { fileName: name });

/** The plan without what may differ between two encodings of the same text. */
function comparable(p: Plan): unknown {
  const { source: _source, diagnostics, ...rest } = p;
  return { ...rest, diagnostics: diagnostics.filter((d) => d.severity !== 'info') };
}

// Tone on the first vowel of a syllable-final oa/oe/uy (new style) → on the second (old style).
const TONED: Record<string, string[]> = {
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  O: ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  U: ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  A: ['À', 'Á', 'Ả', 'Ã', 'Ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  E: ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  Y: ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
};
const TONE_OF = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONED)) forms.forEach((f, i) => TONE_OF.set(f, [base, i]));

/** New-style tone marks to old style: hòa → hoà, thủy → thuỷ, ủy → uỷ (not after q: quý stays). */
export function oldStyleTones(s: string): string {
  return s.normalize('NFC').replace(/(?<![qQ])([òóỏõọÒÓỎÕỌùúủũụÙÚỦŨỤ])([aAeEyY])(?!\p{L})/gu, (m, first: string, second: string) => {
    const [base, tone] = TONE_OF.get(first)!;
    const pair = ('oO'.includes(base) && 'aAeE'.includes(second)) || ('uU'.includes(base) && 'yY'.includes(second));
    return pair ? base + TONED[second]![tone]! : m;
  });
}

function sectionShape(s: Section[]): unknown[] {
  return s.map((x) => ({
    number: x.number,
    heading: canonicalTone(x.heading),
    kinds: x.kinds,
    level: x.level,
    children: sectionShape(x.children),
  }));
}

describe('the old-style tone converter (test helper)', () => {
  it('moves the tone to the second vowel of oa/oe/uy at the end of a syllable', () => {
    expect(oldStyleTones('hòa thủy ủy ban khỏe hóa đơn quý thuận tòa án Thủy')).toBe('hoà thuỷ uỷ ban khoẻ hoá đơn quý thuận toà án Thuỷ');
    expect(canonicalTone(oldStyleTones('hòa thủy ủy ban khỏe'))).toBe('hòa thủy ủy ban khỏe');
  });
});

describe('Unicode invariance on the seed plans', () => {
  for (const name of seeds) {
    const text = readFileSync(join(DIR, name), 'utf8');

    it(`${name}: NFD gives exactly the NFC result`, async () => {
      const nfc = await run(text.normalize('NFC'), name);
      const nfd = await run(text.normalize('NFD'), name);
      expect(comparable(nfd)).toEqual(comparable(nfc));
    });

    it(`${name}: old-style tone marks give the same sections, indicators and tasks`, async () => {
      const old = oldStyleTones(text);
      expect(old).not.toBe(text.normalize('NFC')); // the seed has words to convert
      const a = await run(text, name);
      const b = await run(old, name);
      expect(sectionShape(b.sections)).toEqual(sectionShape(a.sections));
      const ind = (p: Plan): unknown[] =>
        p.indicators.map((i) => ({
          value: i.value,
          max: i.max,
          unit: i.unit && canonicalTone(i.unit),
          op: i.op,
          year: i.year,
          section: i.section,
        }));
      expect(ind(b)).toEqual(ind(a));
      const tasks = (p: Plan): unknown[] =>
        p.tasks.map((t) => ({
          id: t.id,
          number: t.number,
          parent: t.parent,
          deadline: t.deadline && { text: canonicalTone(t.deadline.text), date: t.deadline.date },
        }));
      expect(tasks(b)).toEqual(tasks(a));
    });
  }
});
