/**
 * Splitting lead/support cells (EXTRACTION.md "Tasks from tables", `lead` and `support`), in
 * the valid/invalid style: each cell with the entries it must give.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/extract/unit-cells.js';
import { ghplan, tempDir } from '../batch/helpers.js';
import { makeDocx } from '../helpers/docx.js';

const cell = (...lines: string[]) => ({ text: lines.join(' '), lines });

describe('splitUnits: where a cell splits', () => {
  it.each([
    [['Phòng Tài chính, Kế hoạch và Đầu tư; Phòng Văn hóa - Xã hội.'], ['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Văn hóa - Xã hội']],
    [['- Chi cục A chủ trì nội dung X. - Chi cục B chủ trì nội dung Y.'], ['Chi cục A chủ trì nội dung X', 'Chi cục B chủ trì nội dung Y']],
    [
      ['Sở Tài chính', 'Các sở, ngành, UBND xã, phường'],
      ['Sở Tài chính', 'Các sở, ngành, UBND xã, phường'],
    ],
    [
      ['Văn phòng Sở', 'phòng Quản lý đất đai', 'phòng Kinh tế'],
      ['Văn phòng Sở', 'phòng Quản lý đất đai', 'phòng Kinh tế'],
    ],
    [
      ['Nguyễn Văn An', 'Trần Thị Bình'],
      ['Nguyễn Văn An', 'Trần Thị Bình'],
    ],
    [['Nguyễn Văn An, Trần Thị Bình'], ['Nguyễn Văn An', 'Trần Thị Bình']],
    [
      ['Ông Nguyễn Văn An - Phó Chủ tịch', 'Bà Trần Thị Bình - Chủ tịch Hội'],
      ['Ông Nguyễn Văn An - Phó Chủ tịch', 'Bà Trần Thị Bình - Chủ tịch Hội'],
    ],
    [
      ['- Công an xã', '- Ban Chỉ huy Quân sự xã'],
      ['Công an xã', 'Ban Chỉ huy Quân sự xã'],
    ],
    [
      ['Ủy ban Mặt trận Tổ quốc xã;', 'các đoàn thể'],
      ['Ủy ban Mặt trận Tổ quốc xã', 'các đoàn thể'],
    ],
  ])('%j → %j', (lines, want) => expect(splitUnits(cell(...lines))).toEqual(want));
});

describe('splitUnits: where a cell does not split', () => {
  it.each([
    [['Lãnh đạo', 'Sở Giáo dục và Đào tạo'], ['Lãnh đạo Sở Giáo dục và Đào tạo']],
    [['Phòng Tài chính, Kế hoạch và', 'Đầu tư'], ['Phòng Tài chính, Kế hoạch và Đầu tư']],
    [['Ủy ban nhân dân xã và', 'Phòng Kinh tế'], ['Ủy ban nhân dân xã và Phòng Kinh tế']],
    [['Chi cục Phát triển Nông', 'thôn'], ['Chi cục Phát triển Nông thôn']],
    [['Các cơ quan, đơn vị có liên', 'quan'], ['Các cơ quan, đơn vị có liên quan']],
    [['Sở Văn hóa, Thể thao và Du lịch'], ['Sở Văn hóa, Thể thao và Du lịch']],
    [['Phòng Văn hóa - Xã hội'], ['Phòng Văn hóa - Xã hội']],
    [['Các doanh nghiệp, tổ chức, cá nhân có liên quan'], ['Các doanh nghiệp, tổ chức, cá nhân có liên quan']],
    [['Sở Nội vụ, Sở Tài chính'], ['Sở Nội vụ, Sở Tài chính']],
    [['Giám đốc', 'Công ty Điện lực'], ['Giám đốc Công ty Điện lực']],
  ])('%j → %j', (lines, want) => expect(splitUnits(cell(...lines))).toEqual(want));
});

describe('splitUnits: PDF cells, whose lines are wraps', () => {
  it('joins wrapped units but still gives one entry per named official', () => {
    expect(splitUnits(cell('Sở Tài chính', 'Sở Nội vụ'), false)).toEqual(['Sở Tài chính Sở Nội vụ']);
    expect(splitUnits(cell('Nguyễn Văn An', 'Trần Thị Bình'), false)).toEqual(['Nguyễn Văn An', 'Trần Thị Bình']);
  });
  it('a text field given as a string splits its lines the same way', () => {
    expect(splitUnits('Phòng Kinh tế\nCác thôn')).toEqual(['Phòng Kinh tế', 'Các thôn']);
    expect(splitUnits('Lãnh đạo\nSở Y tế')).toEqual(['Lãnh đạo Sở Y tế']);
  });
});

describe('named officials: one entry per person, through the CLI', () => {
  const plan = (table: string) =>
    ['KẾ HOẠCH', '', 'Thử người thực hiện', '', 'I. NHIỆM VỤ', '', 'Nội dung.', '', 'PHỤ LỤC', '', table, ''].join('\n');
  const leads = (file: string): string[][] => {
    const r = ghplan(['extract', file]);
    expect(r.code, r.stderr).toBe(0);
    return (JSON.parse(r.stdout) as { tasks: { lead: string[] }[] }).tasks.map((t) => t.lead);
  };
  it('.txt: a comma between two personal names', () => {
    const file = join(tempDir('ghplan-units-'), 'persons.txt');
    writeFileSync(
      file,
      plan(
        [
          'TT\tNội dung\tNgười thực hiện\tThời gian',
          '1\tKiểm tra hồ sơ\tNguyễn Văn An, Trần Thị Bình\tTháng 6/2026',
          '2\tTổng hợp báo cáo\tPhòng Tài chính, Kế hoạch và Đầu tư\tTháng 9/2026',
        ].join('\n'),
      ),
    );
    expect(leads(file)).toEqual([['Nguyễn Văn An', 'Trần Thị Bình'], ['Phòng Tài chính, Kế hoạch và Đầu tư']]);
  });
  it('.docx: one person a line in the cell, and a title whose unit is on the next line', () => {
    const p = (t: string): string => `<w:p><w:r><w:t xml:space="preserve">${t}</w:t></w:r></w:p>`;
    const tc = (...ps: string[]): string => `<w:tc>${ps.map(p).join('')}</w:tc>`;
    const tr = (cells: string): string => `<w:tr>${cells}</w:tr>`;
    const borders = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((b) => `<w:${b} w:val="single" w:sz="4"/>`).join('')}</w:tblBorders>`;
    const table = `<w:tbl><w:tblPr>${borders}</w:tblPr>${[
      tr(tc('TT') + tc('Nội dung') + tc('Người thực hiện') + tc('Thời gian')),
      tr(tc('1') + tc('Kiểm tra hồ sơ') + tc('Nguyễn Văn An', 'Trần Thị Bình') + tc('Tháng 6/2026')),
      tr(tc('2') + tc('Tổng hợp báo cáo') + tc('Lãnh đạo', 'Sở Giáo dục và Đào tạo') + tc('Tháng 9/2026')),
      tr(tc('3') + tc('Hướng dẫn thực hiện') + tc('Sở Tài chính', 'Sở Nội vụ') + tc('Tháng 12/2026')),
    ].join('')}</w:tbl>`;
    const body = [p('KẾ HOẠCH'), p('Thử người thực hiện'), p('I. NHIỆM VỤ'), p('Nội dung.'), p('PHỤ LỤC'), table].join('');
    const file = join(tempDir('ghplan-units-'), 'persons.docx');
    writeFileSync(file, makeDocx(body));
    expect(leads(file)).toEqual([['Nguyễn Văn An', 'Trần Thị Bình'], ['Lãnh đạo Sở Giáo dục và Đào tạo'], ['Sở Tài chính', 'Sở Nội vụ']]);
  });
});

describe('units of a cell', () => {
  it('splits units on ";" and bullets, never on "," or a bare " - "', () => {
    const cell = (text: string) => ({ text, lines: [text], bold: false, fromRowSpan: false });
    expect(splitUnits(cell('Phòng Tài chính, Kế hoạch và Đầu tư; Phòng Văn hóa - Xã hội.'), true)).toEqual([
      'Phòng Tài chính, Kế hoạch và Đầu tư',
      'Phòng Văn hóa - Xã hội',
    ]);
    expect(splitUnits(cell('- Chi cục A chủ trì nội dung X. - Chi cục B chủ trì nội dung Y.'), true)).toEqual([
      'Chi cục A chủ trì nội dung X',
      'Chi cục B chủ trì nội dung Y',
    ]);
  });
});
