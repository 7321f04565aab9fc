import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/section-numbering.js';
import { lines, plan, run, section } from './helpers.js';

const s = (n: string | null, line: number, children: ReturnType<typeof section>[] = [], text = '') =>
  section(n, `Mục ${n}`, ['khac'], line, children, text);

describe('GP004 section-numbering', () => {
  it('has an id, a slug and a warning default', () => {
    expect([rule.id, rule.slug, rule.defaultSeverity]).toEqual(['GP004', 'section-numbering', 'warning']);
  });

  describe('valid', () => {
    it.each([
      ['roman, arabic and dotted', [s('I', 1, [s('1', 2), s('2', 3, [s('2.1', 4), s('2.2', 5)])]), s('II', 6), s('III', 7)]],
      ['letters in the Vietnamese alphabet (d, đ, e)', [s('I', 1, [s('a', 2), s('b', 3), s('c', 4), s('d', 5), s('đ', 6), s('e', 7)])]],
      ['letters in the Latin alphabet (d, e)', [s('I', 1, [s('a', 2), s('b', 3), s('c', 4), s('d', 5), s('e', 6)])]],
      ['unnumbered annex sections are skipped', [s('I', 1), s('II', 2), s(null, 3)]],
      [
        'numbers held by list items in the text before (seed 002 VI: 1. and 4. are sentences)',
        [
          s(
            'I',
            1,
            [s('2', 3), s('3', 5, [], 'Báo cáo định kỳ;\n4. Giao phòng Kinh tế xã chủ trì theo dõi.'), s('5', 7)],
            '1. Ủy ban nhân dân xã chịu trách nhiệm chỉ đạo.',
          ),
        ],
      ],
    ])('%s', (_name, sections) => {
      expect(run(rule, plan({ sections }))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a repeated number (seed 000: two III.)', () => {
      const sections = [s('I', 17), s('II', 27), s('III', 99), section('III', 'TỔ CHỨC THỰC HIỆN', ['phan_cong'], 141)];
      expect(lines(run(rule, plan({ sections })))).toEqual([
        '141: section III "TỔ CHỨC THỰC HIỆN" repeats number III (already used at line 99)',
      ]);
    });
    it('a gap, per sibling list', () => {
      const sections = [s('I', 1, [s('1', 2), s('3', 3)]), s('II', 4, [s('1', 5), s('2', 6)]), s('IV', 7)];
      expect(lines(run(rule, plan({ sections })))).toEqual([
        '7: section IV "Mục IV" is numbered IV after II: a number is missing',
        '3: section I.3 "Mục 3" is numbered 3 after 1: a number is missing',
      ]);
    });
    it('a list that does not start at 1, and one that goes backwards', () => {
      const sections = [s('II', 1, [s('b', 2), s('a', 3)])];
      expect(lines(run(rule, plan({ sections })))).toEqual([
        '1: section II "Mục II" is numbered II but is the first of its list',
        '2: section II.b "Mục b" is numbered b but is the first of its list',
        '3: section II.a "Mục a" is numbered a after b',
      ]);
    });
    it('a list item in the text does not hide a gap it does not fill', () => {
      const sections = [s('1', 1, [], '2. Một câu đầy đủ.'), s('4', 3)];
      expect(lines(run(rule, plan({ sections })))).toEqual(['3: section 4 "Mục 4" is numbered 4 after 1: a number is missing']);
    });
  });
});

describe('annexes are numbered apart from the body', () => {
  it('PHỤ LỤC I after section III is not a finding', async () => {
    const { default: rule } = await import('../../src/rules/section-numbering.js');
    const sec = (number: string, kinds: string[]) => ({
      number,
      heading: number,
      kinds,
      level: 1,
      at: { line: 1 },
      text: '',
      children: [],
    });
    const plan = {
      sections: [sec('I', ['muc_dich']), sec('II', ['nhiem_vu']), sec('III', ['phan_cong']), sec('I', ['phu_luc']), sec('II', ['phu_luc'])],
    };
    expect(rule.run(plan as never, {} as never)).toEqual([]);
  });
});
