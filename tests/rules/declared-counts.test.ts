import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/declared-counts.js';
import { lines, plan, run, section, task } from './helpers.js';

// Seed 004: 9 top-level tasks, 4 of them priority, and sub-rows that are not counted.
const annex = [
  task('I.1'),
  task('II.1'),
  task('II.2'),
  task('II.2.1'),
  task('II.2.2'),
  task('III.1', { priority: true }),
  task('III.1.1'),
  task('III.2', { priority: true }),
  task('III.3'),
  task('III.4'),
  task('IV.1', { priority: true }),
  task('IV.1.1'),
  task('V.1', { priority: true }),
];

function withProse(text: string, heading = 'Triển khai thực hiện các chương trình, nhiệm vụ được giao theo Danh mục về chuyển đổi xanh') {
  return [section('II', 'NHIỆM VỤ VÀ GIẢI PHÁP', ['nhiem_vu'], 35, [section('4', heading, ['nhiem_vu'], 57, [], text, 2)])];
}

const SEED_004 =
  'Triển khai thực hiện 09 chương trình, nhiệm vụ trong đó có 04 chương trình, nhiệm vụ ưu tiên thực hiện.\nDanh mục các chương trình, nhiệm vụ và phân công phòng/đơn vị chủ trì, phối hợp thực hiện cụ thể tại Phụ lục kèm theo Kế hoạch này.';

describe('GP003 declared-counts', () => {
  it('has an id and a slug', () => {
    expect([rule.id, rule.slug]).toEqual(['GP003', 'declared-counts']);
  });

  describe('valid', () => {
    it.each([
      ['seed 004 as written', SEED_004],
      ['number words', 'Thực hiện chín nhiệm vụ, trong đó bốn nhiệm vụ trọng tâm ưu tiên.'],
      ['no count declared', 'Triển khai các nhiệm vụ tại Phụ lục kèm theo.'],
      ['a count that is not about the annex', 'Báo cáo định kỳ trước ngày 05 tháng 12 hằng năm; tổ chức 02 hội nghị.'],
    ])('%s', (_name, text) => {
      expect(run(rule, plan({ sections: withProse(text), tasks: annex }))).toEqual([]);
    });
    it('tasks written in the text are not rows of the annex', () => {
      const text = task('II.4', { source: 'text', output: null, at: { line: 60 } });
      expect(run(rule, plan({ sections: withProse(SEED_004), tasks: [...annex, text] }))).toEqual([]);
    });
    it('a number in a section that does not speak of the annex', () => {
      const sections = [section('I', 'MỤC ĐÍCH', ['muc_dich'], 5, [], 'Hoàn thành 03 nhiệm vụ trọng điểm của xã.')];
      expect(run(rule, plan({ sections, tasks: annex }))).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('a changed total and a changed priority count', () => {
      const text = SEED_004.replace('09', '10').replace('04', '03');
      expect(lines(run(rule, plan({ sections: withProse(text), tasks: annex })))).toEqual([
        '57: section II.4 "Triển khai thực hiện các chương trình,…" declares "10 chương trình, nhiệm vụ" (10) but the annex has 9 top-level tasks',
        '57: section II.4 "Triển khai thực hiện các chương trình,…" declares "trong đó có 03 chương trình, nhiệm vụ ưu tiên" (3 priority) but the annex marks 4 tasks as priority',
      ]);
    });
    it('a declaration without an annex', () => {
      expect(lines(run(rule, plan({ sections: withProse(SEED_004), tasks: [] })))).toHaveLength(2);
    });
  });
});
