/** The hard rules of EXTRACTION.md, one function at a time. */
import { describe, expect, it } from 'vitest';
import { parseDeadline, parseDateText } from '../../src/extract/dates.js';
import { isHeading, parseNumbering } from '../../src/extract/headings.js';
import { headingKinds } from '../../src/extract/kinds.js';
import { targetYear } from '../../src/extract/indicators.js';
import { splitUnits } from '../../src/extract/units.js';
import { subjectOf } from '../../src/extract/assignments.js';
import { referencesIn } from '../../src/extract/references.js';
import { parseDocumentNumber, parsePlaceDate, normalCase } from '../../src/extract/metadata.js';
import { extractBytes } from '../../src/api.js';
import type { ParagraphBlock } from '../../src/model/blocks.js';

const para = (text: string, extra: Partial<ParagraphBlock> = {}): ParagraphBlock => ({ type: 'paragraph', text, lines: [{ text, bold: false, line: 1 }], bold: false, at: { line: 1 }, ...extra });
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
    const s = para('1. Hội đồng nhân dân phường xây dựng kế hoạch giám sát định kỳ và đột xuất việc thực hiện các nhiệm vụ chuyển đổi xanh.');
    expect(isHeading(s, parseNumbering(s.text)!)).toBe(false);
    const short = para('11. Các thôn.');
    expect(isHeading(short, parseNumbering(short.text)!)).toBe(true);
  });
  it('levels are relative: without Roman numerals, "1." is level 1', async () => {
    const p = await plan('KẾ HOẠCH\n\nVề việc thử\n\n1. MỤC ĐÍCH\n\nNội dung.\n\n1.1. Mục đích cụ thể\n\nNội dung.\n\n2. NHIỆM VỤ\n\nNội dung.\n');
    expect(p.sections.map((s) => [s.number, s.level, s.kinds])).toEqual([
      ['1', 1, ['muc_dich']],
      ['2', 1, ['nhiem_vu']],
    ]);
    expect(p.sections[0]!.children[0]).toMatchObject({ number: '1.1', level: 2 });
  });
});

describe('section kinds', () => {
  it.each([
    ['MỤC TIÊU, NHIỆM VỤ', ['muc_tieu', 'nhiem_vu']],
    ['PHÂN CÔNG NHIỆM VỤ', ['phan_cong']],
    ['NHIỆM VỤ VÀ GIẢI PHÁP', ['nhiem_vu']],
    ['NỘI DUNG TUYÊN TRUYỀN, QUÁN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN', ['nhiem_vu']],
    ['HÌNH THỨC TUYÊN TRUYỀN, QUẢN TRIỆT VÀ TRIỂN KHAI THỰC HIỆN', ['khac']],
    ['TỔ CHỨC THỰC HIỆN', ['phan_cong']],
    ['Tổ chức thực hiện các cơ chế, chính sách', ['khac']],
    ['KINH PHÍ THỰC HIỆN', ['kinh_phi']],
    ['Lộ trình thực hiện', ['lo_trinh']],
    ['MỤC ĐÍCH, YÊU CẦU', ['muc_dich']],
    ['Mục tiêu cụ thể giai đoạn 2026 - 2030', ['muc_tieu']],
    ['Tầm nhìn đến năm 2050', ['muc_tieu']],
    ['MUC DICH, YEU CAU', ['muc_dich']],
    ['TRÁCH NHIỆM CỦA CÁC CƠ QUAN', ['phan_cong']],
    ['Phát triển nguồn nhân lực đáp ứng yêu cầu công nghiệp hiện đại', ['khac']],
    ['Tăng cường trách nhiệm lãnh đạo, chỉ đạo công tác quản lý', ['khac']],
  ])('%s', (heading, kinds) => expect(headingKinds(heading)).toEqual(kinds));
});

describe('indicators', () => {
  const targets = async (body: string) =>
    (await plan(`KẾ HOẠCH\n\nThử\n\nI. MỤC TIÊU\n\n1. Mục tiêu chung\n\nĐạt 50% mọi thứ.\n\n2. Mục tiêu cụ thể đến năm 2030\n\n${body}\n`)).indicators.map((i) => ({ value: i.value, unit: i.unit, op: i.op, year: i.year, ...(i.max ? { max: i.max } : {}) }));
  it('reads comparators, units and Vietnamese numbers', async () => {
    expect(await targets('Tiết kiệm tối thiểu 8,5% tổng điện năng tiêu thụ vào năm 2030.')).toEqual([{ value: 8.5, unit: '%', op: '>=', year: 2030 }]);
    expect(await targets('Ít nhất 04 sản phẩm OCOP đạt tiêu chí xanh.')).toEqual([{ value: 4, unit: 'sản phẩm', op: '>=', year: 2030 }]);
    expect(await targets('Thu hút khoảng 20 ha nhà màng.')).toEqual([{ value: 20, unit: 'ha', op: '~', year: 2030 }]);
    expect(await targets('Diện tích đạt 5.000 ha.')).toEqual([{ value: 5000, unit: 'ha', op: '=', year: 2030 }]);
    expect(await targets('Tỷ lệ chất thải không quá 10%.')).toEqual([{ value: 10, unit: '%', op: '<=', year: 2030 }]);
    expect(await targets('Tỷ lệ che phủ rừng đạt 60-70%.')).toEqual([{ value: 60, unit: '%', op: '>=', year: 2030, max: 70 }]);
  });
  it('splits two targets in one statement, one op each', async () => {
    expect(await targets('Diện tích trồng trọt theo tiêu chuẩn GAP, hữu cơ đạt tỷ lệ 20%, diện tích nuôi trồng thủy sản ứng dụng công nghệ cao đạt tỷ lệ từ 75% trở lên.')).toEqual([
      { value: 20, unit: '%', op: '=', year: 2030 },
      { value: 75, unit: '%', op: '>=', year: 2030 },
    ]);
    expect(await targets('Phủ sóng 5G đạt 100% địa bàn; tỷ lệ hồ sơ trực tuyến đạt 100%.')).toHaveLength(2);
  });
  it('a scope number is not a second indicator; names and citations are not values', async () => {
    expect(await targets('100% diện tích cây ăn quả tập trung (trên 40 ha) áp dụng quy trình giảm phát thải.')).toHaveLength(1);
    expect(await targets('Chấm dứt hoàn toàn tình trạng đốt rơm rạ theo Nghị quyết số 08-NQ/TU ngày 29/01/2026.')).toEqual([]);
  });
  it('net zero is value 0 without unit, and the stated year wins', async () => {
    expect(await targets('Đạt phát thải ròng bằng “0” vào năm 2045.')).toEqual([{ value: 0, unit: null, op: '=', year: 2045 }]);
  });
  it('target year: the statement, not a cited date', () => {
    expect(targetYear('đạt tối thiểu 35% theo Nghị quyết số 08-NQ/TU ngày 29/01/2026')).toBeNull();
    expect(targetYear('giai đoạn 2026 – 2030')).toBe(2030);
    expect(targetYear('Tầm nhìn đến năm 2050')).toBe(2050);
    expect(targetYear('Giảm ít nhất 10% lượng nhựa dùng một lần so với năm 2025')).toBeNull();
  });
});

describe('annex tasks', () => {
  const annex = (rows: string[]) =>
    plan(['KẾ HOẠCH', '', 'Thử', '', 'I. NHIỆM VỤ', '', 'Nội dung.', '', 'PHỤ LỤC', '', 'TT\tTên nhiệm vụ\tKết quả\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp\tƯu tiên', ...rows, ''].join('\n'));
  it('group rows, sub-rows, continuation rows and repeated headers', async () => {
    const p = await annex([
      '<b>I</b>\t<b>Chuyển đổi xanh giao thông</b>\t\t\t\t\t',
      '1\tXây dựng đề án\tQuyết định\tQuý III/2027\tPhòng Kinh tế\tCác cơ quan; Điện lực\tx',
      '1.1\tLập đề án\tĐề án\tTháng\t\t\t',
      'TT\tTên nhiệm vụ\tKết quả\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp\tƯu tiên',
      '\tvùng phát thải thấp\t\t12/2026\t\t\t',
    ]);
    expect(p.tasks.map((t) => [t.id, t.parent, t.groupTitle, t.name, t.deadline?.date ?? null, t.lead, t.support, t.priority])).toEqual([
      ['I.1', null, 'Chuyển đổi xanh giao thông', 'Xây dựng đề án', '2027-Q3', ['Phòng Kinh tế'], ['Các cơ quan', 'Điện lực'], true],
      ['I.1.1', 'I.1', 'Chuyển đổi xanh giao thông', 'Lập đề án vùng phát thải thấp', '2026-12', [], [], false],
    ]);
  });
  it('splits units on ";" and bullets, never on "," or a bare " - "', () => {
    const cell = (text: string) => ({ text, lines: [text], bold: false, fromRowSpan: false });
    expect(splitUnits(cell('Phòng Tài chính, Kế hoạch và Đầu tư; Phòng Văn hóa - Xã hội.'), true)).toEqual(['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Văn hóa - Xã hội']);
    expect(splitUnits(cell('- Chi cục A chủ trì nội dung X. - Chi cục B chủ trì nội dung Y.'), true)).toEqual(['Chi cục A chủ trì nội dung X', 'Chi cục B chủ trì nội dung Y']);
  });
  it.each([
    ['Tháng 12/2026', '2026-12'],
    ['Quý III/2027', '2027-Q3'],
    ['Quí IV-2025', '2025-Q4'],
    ['Năm 2027', '2027'],
    ['2026 – 2030', '2026/2030'],
    ['Quý IV/2025 - Quý II/2026', '2025-Q4/2026-Q2'],
    ['trước ngày 01/01/2030', '2030-01-01'],
    ['30/6/2027', '2027-06-30'],
    ['Hằng năm', null],
    ['Thường xuyên', null],
    ['Tháng 12 hằng năm', null],
    ['Theo lộ trình được phê duyệt', null],
  ])('deadline %s → %s', (text, date) => expect(parseDeadline(text)).toBe(date));
});

describe('assignments', () => {
  it.each([
    ['Hội đồng nhân dân phường xây dựng kế hoạch giám sát', 'Hội đồng nhân dân phường'],
    ['Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường đẩy mạnh công tác', 'Ủy ban Mặt trận Tổ quốc Việt Nam phường, các tổ chức chính trị - xã hội phường'],
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

describe('metadata', () => {
  it('number and symbol', () => {
    expect(parseDocumentNumber('Số: 310/KH-UBND')).toEqual({ number: '310/KH-UBND', symbol: 'KH-UBND' });
    expect(parseDocumentNumber('Số:       /KH-UBND')).toEqual({ number: '/KH-UBND', symbol: 'KH-UBND' });
    expect(parseDocumentNumber('Số: -CTr/ĐU')).toEqual({ number: '-CTr/ĐU', symbol: 'CTr/ĐU' });
  });
  it('place and date with blanks', () => {
    expect(parsePlaceDate('Vĩnh Am, ngày      tháng 6 năm 2026')).toEqual({ place: 'Vĩnh Am', date: '2026-06' });
    expect(parsePlaceDate('Hà Nội, ngày 24 tháng 11 năm 2025')).toEqual({ place: 'Hà Nội', date: '2025-11-24' });
    expect(parsePlaceDate('Hải Phòng, ngày ..... tháng ..... năm 2026')).toEqual({ place: 'Hải Phòng', date: '2026' });
    expect(parsePlaceDate('An Phú, ngày …… tháng 4 năm 2026')).toEqual({ place: 'An Phú', date: '2026-04' });
    expect(parseDocumentNumber('Số: ......./KH-UBND')).toEqual({ number: '/KH-UBND', symbol: 'KH-UBND' });
  });
  it('issuer in normal case', () => {
    expect(normalCase('ỦY BAN NHÂN DÂN XÃ VĨNH AM')).toBe('Ủy ban nhân dân xã Vĩnh Am');
    expect(normalCase('UBND xã An Phú')).toBe('Ủy ban nhân dân xã An Phú');
  });
  it('references: all cited symbols, first mention order, no duplicates, spaces removed', () => {
    const refs = referencesIn(['theo Nghị quyết số 71/NQ -CP ngày 01/4/2025 và Nghị định 106/2024/NĐ-CP; Nghị quyết số 71/NQ-CP'], null);
    expect(refs.map((r) => [r.type, r.symbol, r.date])).toEqual([
      ['NQ', '71/NQ-CP', '2025-04-01'],
      ['NĐ', '106/2024/NĐ-CP', null],
    ]);
    expect(parseDateText('18/5/2026')).toBe('2026-05-18');
  });
});
