/** Heading numbers and the heading/item rule (src/extract/headings.ts), and levels as the plan gives them. */
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import { isHeading, parseNumbering } from '../../src/extract/headings.js';
import type { ParagraphBlock } from '../../src/model/blocks.js';

const para = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  type: 'paragraph',
  text,
  lines: [{ text, bold: false, line: 1 }],
  bold: false,
  at: { line: 1 },
  ...extra,
});
const plan = (text: string) => extractBytes(new TextEncoder().encode(text), { fileName: 'x.txt' });

describe('heading numbers and levels', () => {
  it.each([
    ['I. MỤC ĐÍCH, YÊU CẦU', 'roman', 'I'],
    ['PHẦN II. NHIỆM VỤ', 'part', 'II'],
    ['PHẦN THỨ HAI: NHIỆM VỤ', 'part', 'II'],
    ['1. Mục tiêu chung', 'decimal', '1'],
    ['4.1. Chuyển đổi xanh giao thông', 'decimal2', '4.1'],
    ['a) Phòng Kinh tế', 'letter', 'a'],
  ])('%s', (text, style, number) => {
    expect(parseNumbering(text)).toMatchObject({ style, number });
  });
  it('a short numbered title is a heading, a numbered sentence is an item', () => {
    const h = para('1. Tăng cường sự lãnh đạo, chỉ đạo của các cấp uỷ đảng đối với công tác chuyển đổi xanh');
    expect(isHeading(h, parseNumbering(h.text)!)).toBe(true);
    const s = para(
      '1. Hội đồng nhân dân phường xây dựng kế hoạch giám sát định kỳ và đột xuất việc thực hiện các nhiệm vụ chuyển đổi xanh.',
    );
    expect(isHeading(s, parseNumbering(s.text)!)).toBe(false);
    const short = para('11. Các thôn.');
    expect(isHeading(short, parseNumbering(short.text)!)).toBe(true);
  });
  it('levels are relative: without Roman numerals, "1." is level 1', async () => {
    const p = await plan(
      'KẾ HOẠCH\n\nVề việc thử\n\n1. MỤC ĐÍCH\n\nNội dung.\n\n1.1. Mục đích cụ thể\n\nNội dung.\n\n2. NHIỆM VỤ\n\nNội dung.\n',
    );
    expect(p.sections.map((s) => [s.number, s.level, s.kinds])).toEqual([
      ['1', 1, ['muc_dich']],
      ['2', 1, ['nhiem_vu']],
    ]);
    expect(p.sections[0]!.children[0]).toMatchObject({ number: '1.1', level: 2 });
  });
});
