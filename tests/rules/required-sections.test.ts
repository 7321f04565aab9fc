import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/required-sections.js';
import { lines, plan, run, section } from './helpers.js';

const complete = [
  section('I', 'MỤC ĐÍCH, YÊU CẦU', ['muc_dich'], 10),
  section('II', 'NỘI DUNG', ['nhiem_vu'], 20, [
    // seed 003: the targets are only in a level-2 section under a nhiem_vu heading
    section('2', 'Tuyên truyền, quán triệt mục tiêu và các chỉ tiêu cụ thể giai đoạn 2026 – 2030', ['muc_tieu'], 25, [], '', 2),
  ]),
  section('III', 'TỔ CHỨC THỰC HIỆN', ['phan_cong'], 40),
];

describe('GP001 required-sections', () => {
  it('has an id, a slug and an error default', () => {
    expect([rule.id, rule.slug, rule.defaultSeverity]).toEqual(['GP001', 'required-sections', 'error']);
  });

  describe('valid', () => {
    it.each([
      ['every default kind, one of them at level 2', complete, {}],
      [
        'a heading with two kinds counts for both',
        [
          section('I', 'MỤC ĐÍCH, YÊU CẦU', ['muc_dich']),
          section('II', 'MỤC TIÊU, NHIỆM VỤ', ['muc_tieu', 'nhiem_vu'], 5),
          section('III', 'TỔ CHỨC THỰC HIỆN', ['phan_cong'], 9),
        ],
        {},
      ],
      ['configured kinds only', [section('I', 'PHỤ LỤC', ['phu_luc'], 3)], { kinds: ['phu_luc'] }],
    ] as const)('%s', (_name, sections, options) => {
      expect(run(rule, plan({ sections: [...sections] }), { ...options })).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('reports each missing default kind once, at line 1', () => {
      const p = plan({
        sections: [section('I', 'MỤC ĐÍCH, YÊU CẦU', ['muc_dich'], 10), section('II', 'NHIỆM VỤ VÀ GIẢI PHÁP', ['nhiem_vu'], 20)],
      });
      expect(lines(run(rule, p))).toEqual([
        '1: no section of kind muc_tieu (Mục tiêu) at any level',
        '1: no section of kind phan_cong (Tổ chức thực hiện / Phân công nhiệm vụ) at any level',
      ]);
    });
    it('reports configured kinds', () => {
      expect(lines(run(rule, plan({ sections: complete }), { kinds: ['muc_tieu', 'phu_luc', 'phu_luc'] }))).toEqual([
        '1: no section of kind phu_luc (Phụ lục) at any level',
      ]);
    });
    it('rejects unknown kinds and unknown options', () => {
      expect(rule.options.safeParse({ kinds: ['muc_tieuu'] }).success).toBe(false);
      expect(rule.options.safeParse({ kinds: [] }).success).toBe(false);
      expect(rule.options.safeParse({ kind: ['muc_tieu'] }).success).toBe(false);
    });
  });
});
