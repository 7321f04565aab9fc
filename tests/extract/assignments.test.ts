/**
 * Who is assigned what, through the CLI as a process on small fixture plans
 * (fixtures/assignments/): every item sentence of a plan with the unit it must give, or
 * none (`*.expect.json` beside the plan), and duties that go to the unit whose heading or
 * item they stand under, whatever the markup of that heading.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ghplan, ROOT, tempDir } from '../batch/helpers.js';
import { subjectOf } from '../../src/extract/assignments.js';
import { makeDocx } from '../helpers/docx.js';

const DIR = join(ROOT, 'fixtures/assignments');

interface Assignment {
  unit: string;
  duties: string[];
  section: string | null;
  at: { line: number };
}

function assignments(file: string): Assignment[] {
  const r = ghplan(['extract', file]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as { assignments: Assignment[] }).assignments;
}

describe.each(['items', 'paragraphs'])('%s.txt: each sentence gives its unit, or none', (name) => {
  const file = join(DIR, `${name}.txt`);
  const lines = readFileSync(file, 'utf8').split(/\r?\n/);
  const expected = (
    JSON.parse(readFileSync(join(DIR, `${name}.expect.json`), 'utf8')) as { items: { text: string; unit: string | null }[] }
  ).items;
  const got = assignments(file);
  it.each(expected.map((e) => [e.text, e.unit] as const))('%s → %s', (text, unit) => {
    const line = lines.findIndex((l) => l.replace(/^\d+\.\s+/, '') === text) + 1;
    expect(line, 'the sentence is in the fixture').toBeGreaterThan(0);
    expect(got.find((a) => a.at.line === line)?.unit ?? null).toBe(unit);
  });
  it('gives no other assignment', () => {
    expect(got.map((a) => a.unit).sort()).toEqual(expected.flatMap((e) => (e.unit ? [e.unit] : [])).sort());
  });
});

describe('duties go to the unit whose heading or item they stand under', () => {
  const got = assignments(join(DIR, 'headings.md'));
  const duties = (unit: string): string[] | undefined => got.find((a) => a.unit === unit)?.duties;
  it('a heading whose number is bold apart from its text ("**1.** **Đề nghị …:**")', () => {
    expect(duties('Ủy ban Mặt trận Tổ quốc Việt Nam xã')).toEqual([
      'Tuyên truyền, vận động Nhân dân hưởng ứng Kế hoạch.',
      'Giám sát việc thực hiện ở các thôn.',
    ]);
    expect(duties('Trường Trung học cơ sở An Phú')).toEqual(['Lồng ghép nội dung giáo dục môi trường trong các tiết học.']);
  });
  it('under a unit sub-heading, paragraphs are its duties, also one that opens with another unit', () => {
    expect(duties('Phòng Kinh tế')).toEqual([
      'Tham mưu Ủy ban nhân dân xã triển khai các mô hình sản xuất xanh.',
      'Các hợp tác xã trên địa bàn phối hợp với Phòng Kinh tế xây dựng chuỗi liên kết.',
    ]);
  });
  it('an item numbered like the headings is a unit of its own, with the bullets under it', () => {
    const a = got.find((x) => x.unit === 'Công an xã');
    expect(a?.section).toBe('II.3');
    expect(a?.duties).toEqual([
      'chủ trì bảo đảm an ninh trật tự, phòng cháy chữa cháy tại các khu dân cư và các cơ sở sản xuất, kinh doanh trên địa bàn xã.',
      'Tăng cường tuần tra, kiểm soát vào ban đêm.',
    ]);
  });
  it('a heading cut into two bold paragraphs (portal copies) is one name', () => {
    expect(duties('Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã')).toEqual(['Vận động hội viên, đoàn viên thực hiện lối sống xanh.']);
  });
  it("the issuer's closing request is nobody's duty", () => {
    expect(got.map((a) => a.unit)).toEqual([
      'Ủy ban Mặt trận Tổ quốc Việt Nam xã',
      'Phòng Kinh tế',
      'Công an xã',
      'Hội Liên hiệp Phụ nữ xã và Đoàn Thanh niên xã',
      'Trường Trung học cơ sở An Phú',
    ]);
    expect(got.flatMap((a) => a.duties).some((d) => d.includes('yêu cầu'))).toBe(false);
  });
});

describe('.docx: a unit heading whose number is a bold run of its own', () => {
  const p = (runs: string): string => `<w:p>${runs}</w:p>`;
  const r = (text: string, bold = false): string =>
    `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${text}</w:t></w:r>`;
  const body = [
    p(r('KẾ HOẠCH', true)),
    p(r('Thử tiêu đề đơn vị có số in đậm tách rời', true)),
    p(r('I. TỔ CHỨC THỰC HIỆN', true)),
    p(
      r('1.', true) +
        r(' ') +
        r('Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã, các hội đặc thù trên địa bàn xã:', true),
    ),
    p(r('- Tuyên truyền, vận động đoàn viên, hội viên.')),
    p(r('2.', true) + r(' ') + r('Phòng Văn hóa - Xã hội', true)),
    p(r('- Hướng dẫn các thôn xây dựng hương ước.')),
    p(r('3.', true) + r(' ') + r('Công an xã', true)),
    p(r('- Bảo đảm an ninh trật tự.')),
  ].join('');
  it('each unit keeps its own duties', () => {
    const dir = tempDir('ghplan-assign-');
    const file = join(dir, 'bold-number.docx');
    writeFileSync(file, makeDocx(body));
    const got = assignments(file);
    expect(got.map((a) => [a.unit, a.duties])).toEqual([
      [
        'Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã, các hội đặc thù trên địa bàn xã',
        ['Tuyên truyền, vận động đoàn viên, hội viên.'],
      ],
      ['Phòng Văn hóa - Xã hội', ['Hướng dẫn các thôn xây dựng hương ước.']],
      ['Công an xã', ['Bảo đảm an ninh trật tự.']],
    ]);
  });
});

/** The unit an item names, read in process (src/extract/assignments.ts). */
describe('subjectOf', () => {
  it.each([
    ['Hội đồng nhân dân phường xây dựng kế hoạch giám sát', 'Hội đồng nhân dân phường'],
    [
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường đẩy mạnh công tác',
      'Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường',
    ],
    ['Ban Xây dựng Đảng chủ trì, phối hợp', 'Ban Xây dựng Đảng'],
    ['Giao phòng Kinh tế xã chủ trì theo dõi', 'phòng Kinh tế xã'],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc và các Đoàn thể:', 'Ủy ban Mặt trận Tổ quốc và các Đoàn thể'],
    ['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Tài chính, Kế hoạch và Đầu tư'],
  ])('%s', (text, unit) => expect(subjectOf(text)?.unit).toBe(unit));
  it('items that name no unit are not assignments', () => {
    expect(subjectOf('Tăng cường công tác kiểm tra, giám sát')).toBeNull();
    expect(subjectOf('Ban hành quy chế phối hợp')).toBeNull();
  });
});
