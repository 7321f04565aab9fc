/**
 * The workbook of a mixed batch (seeds, real plans, bad files, a Word lock file, a copy of a
 * plan, an --expected list), read back with an independent reader (tests/helpers/xlsx.ts:
 * node:zlib + xmldom, nothing of exceljs): every sheet, its headers, typed cells, frozen and
 * filtered header rows, and the same counts and section paths as summary.json and the JSON.
 */
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROOT, ghplan, tempDir } from '../batch/helpers.js';
import { readXlsx, type CellValue, type SheetData } from '../helpers/xlsx.js';
import type { Plan, Section } from '../../src/model/plan.js';

let dir: string;
let out: string;
let sheets: SheetData[];
let summary: {
  files: {
    file: string;
    status: string;
    json: string | null;
    indicators: number;
    tasks: number;
    tasksBySource?: { table: number; text: number };
    error: { code: string } | null;
  }[];
};
let stderr: string;

const sheet = (name: string): SheetData => sheets.find((s) => s.name === name)!;
/** Rows under the header as objects keyed by header. */
function records(s: SheetData): Record<string, CellValue>[] {
  const header = s.rows[0] as string[];
  return s.rows.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? null])));
}

beforeAll(() => {
  const root = tempDir('ghplan-xlsx-');
  dir = join(root, 'mixed');
  mkdirSync(join(dir, 'xa'), { recursive: true });
  for (const f of ['000_50b50b607dcb6ce6.txt', '001_e1cdb5c5b8b00bae.txt', '004_46b6ecc3119ca271.txt'])
    cpSync(join(ROOT, 'fixtures/corpus', f), join(dir, f));
  for (const f of ['KH_980-KH-UBND_NgheAn_2025_QD1899-TTg.txt', 'KH_310-KH-UBND_HaNoi_2025_5G-IoT-KhuCNC.txt'])
    cpSync(join(ROOT, 'fixtures/real', f), join(dir, f));
  cpSync(join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), join(dir, 'xa/ke-hoach-01.md'));
  cpSync(join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), join(dir, 'xa/ke-hoach-01-ban-sao.md'));
  cpSync(join(ROOT, 'fixtures/bad/empty.txt'), join(dir, 'rong.txt'));
  cpSync(join(ROOT, 'fixtures/bad/truncated.docx'), join(dir, 'hong.docx'));
  // Word's owner file beside an open document, and its temporary copy
  writeFileSync(join(dir, 'xa/~$ke-hoach-01.docx'), Buffer.from([0x05, 0x4e, 0x67, 0x75, 0x79, 0x65, 0x6e, 0, 0, 0]));
  writeFileSync(join(dir, '~WRD0001.doc'), Buffer.alloc(64));
  const expected = join(root, 'danh-sach.txt');
  writeFileSync(
    expected,
    '\uFEFF# các đơn vị phải gửi kế hoạch\r\nUBND xã Hòa Bình\r\nỦy ban nhân dân xã An Phú\r\n\r\nUBND xã Không Gửi\r\n',
  );
  out = join(root, 'kq');
  const r = ghplan(['batch', dir, '--out', out, '--lang', 'vi', '--expected', expected]);
  expect(r.code).toBe(1);
  stderr = r.stderr;
  summary = JSON.parse(readFileSync(join(out, 'summary.json'), 'utf8'));
  sheets = readXlsx(join(out, 'tong-hop.xlsx'));
}, 180_000);

describe('the workbook of a batch', () => {
  it('has the six sheets, each with a frozen, filtered, Vietnamese header row and set widths', () => {
    expect(sheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Chỉ tiêu', 'Nhiệm vụ', 'Phân công', 'Mục', 'Kiểm tra']);
    for (const s of sheets) {
      expect(s.frozenRows, s.name).toBe(1);
      const width = s.rows[0]!.length;
      expect(s.autoFilter, s.name).toBe(`A1:${String.fromCharCode(64 + width)}1`);
      expect(
        s.rows[0]!.every((h) => typeof h === 'string' && h !== ''),
        s.name,
      ).toBe(true);
      expect(s.widths.filter((w) => w !== undefined)).toHaveLength(width);
      expect(s.xml).not.toMatch(/<f[ >]/); // no formula anywhere
    }
    expect(sheet('Tổng hợp').rows[0]).toEqual([
      'STT',
      'Tệp',
      'Trạng thái',
      'Lỗi',
      'Mã lỗi',
      'Cơ quan ban hành',
      'Địa danh',
      'Số ký hiệu',
      'Ngày',
      'Trích yếu',
      'Loại',
      'Số mục',
      'Số chỉ tiêu',
      'Nhiệm vụ (bảng)',
      'Nhiệm vụ (văn bản)',
      'Số phân công',
      'Thiếu mục',
      'Lỗi kiểm tra',
      'Cảnh báo kiểm tra',
      'Trùng kế hoạch',
    ]);
    expect(sheet('Kiểm tra').rows[0]).toEqual(['STT', 'Tệp', 'Dòng', 'Trang', 'Bảng', 'Hàng', 'Quy tắc', 'Mức', 'Nội dung']);
    expect(sheet('Tổng hợp').wrapped.has(9)).toBe(true); // Trích yếu wraps
  });

  it('Tổng hợp: one row per input file, failed ones included, none for lock files, one per missing issuer', () => {
    const rows = records(sheet('Tổng hợp'));
    const files = rows.map((r) => r['Tệp']);
    expect(files.slice(0, summary.files.length)).toEqual(summary.files.map((f) => f.file));
    expect(summary.files).toHaveLength(9);
    expect(files.some((f) => typeof f === 'string' && f.includes('~'))).toBe(false);
    expect(rows.map((r) => r['STT'])).toEqual(rows.map((_, i) => i + 1));
    for (const f of summary.files) {
      const r = rows.find((x) => x['Tệp'] === f.file)!;
      if (f.status === 'failed') {
        expect(r['Trạng thái']).toBe('lỗi');
        expect(r['Mã lỗi']).toBe(f.error!.code);
        expect(typeof r['Lỗi']).toBe('string');
        expect(r['Số chỉ tiêu']).toBeNull();
      } else {
        expect(r['Trạng thái']).toBe('đã trích xuất');
        expect(r['Số chỉ tiêu']).toBe(f.indicators);
        expect((r['Nhiệm vụ (bảng)'] as number) + (r['Nhiệm vụ (văn bản)'] as number)).toBe(f.tasks);
        if (f.tasksBySource) expect([r['Nhiệm vụ (bảng)'], r['Nhiệm vụ (văn bản)']]).toEqual([f.tasksBySource.table, f.tasksBySource.text]);
      }
    }
    const empty = rows.find((r) => r['Tệp'] === 'rong.txt')!;
    expect(empty['Lỗi']).toBe('tệp rỗng; kiểm tra đã chọn đúng tệp chưa, hoặc xin gửi lại tệp');
    // the expected issuers: Hòa Bình and An Phú sent plans; Không Gửi did not
    const missing = rows.slice(summary.files.length);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ Tệp: null, 'Trạng thái': 'chưa gửi kế hoạch', 'Cơ quan ban hành': 'Ủy ban nhân dân xã Không Gửi' });
  });

  it('Tổng hợp: typed cells, the same plan marked, missing sections and check counts', () => {
    const rows = records(sheet('Tổng hợp'));
    const hb = rows.find((r) => r['Tệp'] === 'xa/ke-hoach-01.md')!;
    const copy = rows.find((r) => r['Tệp'] === 'xa/ke-hoach-01-ban-sao.md')!;
    expect(hb['Ngày']).toEqual(new Date(Date.UTC(2026, 2, 15))); // a real date
    expect(hb['Số ký hiệu']).toBe('01/KH-UBND');
    expect(hb['Loại']).toBe('Kế hoạch');
    expect(hb['Số chỉ tiêu']).toBe(1);
    expect(hb['Trùng kế hoạch']).toBe(`trùng với dòng ${copy['STT']}`);
    expect(copy['Trùng kế hoạch']).toBe(`trùng với dòng ${hb['STT']}`);
    const seed1 = rows.find((r) => r['Tệp'] === '001_e1cdb5c5b8b00bae.txt')!;
    expect(seed1['Ngày']).toBe('04/2026'); // a date without its day stays as written
    expect(seed1['Thiếu mục']).toBe('Mục tiêu');
    expect(seed1['Lỗi kiểm tra']).toBeGreaterThanOrEqual(1);
    const seed0 = rows.find((r) => r['Tệp'] === '000_50b50b607dcb6ce6.txt')!;
    expect(seed0['Số ký hiệu']).toBe('-CTr/ĐU'); // typed text: no apostrophe guard
    expect(seed0['Trùng kế hoạch']).toBeNull();
  });

  it('Chỉ tiêu: numbers are numbers, op as a sign, the same rows as indicators.csv', () => {
    const rows = records(sheet('Chỉ tiêu'));
    expect(rows).toHaveLength(summary.files.reduce((n, f) => n + (f.status === 'failed' ? 0 : f.indicators), 0));
    const hb = rows.find((r) => r['Tệp'] === 'xa/ke-hoach-01.md')!;
    expect(hb).toMatchObject({ 'Giá trị': 100, 'Đơn vị tính': '%', Năm: 2026, Mục: 'II.1', 'So sánh': '=' });
    for (const r of rows) {
      expect(typeof r['Giá trị']).toBe('number');
      expect(['≥', '≤', '≈', '=']).toContain(r['So sánh']);
      expect(typeof r['Dòng']).toBe('number');
      if (r['Năm'] !== null) expect(typeof r['Năm']).toBe('number');
    }
  });

  it('Nhiệm vụ: ids stay text ("1", not the number 1; the table\'s "01" loses its leading zero as the contract says), full deadlines are dates, "hạn cuối" is the end of the period', () => {
    const rows = records(sheet('Nhiệm vụ'));
    expect(rows).toHaveLength(summary.files.reduce((n, f) => n + (f.status === 'failed' ? 0 : f.tasks), 0));
    const [a, b] = rows.filter((r) => r['Tệp'] === 'xa/ke-hoach-01.md');
    expect(a).toMatchObject({
      Mã: '1',
      'Số TT': '1',
      Nguồn: 'bảng',
      'Thời gian hoàn thành': '30/6/2026',
      'Chủ trì': 'Văn phòng HĐND và UBND xã',
    });
    expect(a!['Ngày hoàn thành']).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(a!['Hạn cuối']).toEqual(new Date(Date.UTC(2026, 5, 30)));
    expect(b!['Ngày hoàn thành']).toBeNull(); // "Quý III/2026" names no day
    expect(b!['Hạn cuối']).toEqual(new Date(Date.UTC(2026, 8, 30)));
    // a range "Quý IV/2025- Quý II/2026" ends with its last quarter
    const range = rows.find((r) => r['Thời gian hoàn thành'] === 'Quý IV/2025- Quý II/2026')!;
    expect(range['Hạn cuối']).toEqual(new Date(Date.UTC(2026, 5, 30)));
    const always = rows.find((r) => r['Thời gian hoàn thành'] === 'Thường xuyên')!;
    expect(always['Hạn cuối']).toBeNull();
    for (const r of rows) {
      expect(typeof r['Mã']).toBe('string');
      expect(typeof r['Tệp']).toBe('string');
      expect(typeof r['Dòng']).toBe('number');
    }
  });

  it('Mục: the same section paths as the JSON; Phân công: every assignment', () => {
    const rows = records(sheet('Mục'));
    const expected: [string, string | null, number][] = [];
    let assignments = 0;
    for (const f of summary.files) {
      if (!f.json) continue;
      const plan = JSON.parse(readFileSync(join(out, f.json), 'utf8')) as Plan;
      const walk = (ss: Section[]): void => ss.forEach((s) => (expected.push([f.file, s.path, s.at.line]), walk(s.children)));
      walk(plan.sections);
      assignments += plan.assignments.length;
    }
    expect(rows.map((r) => [r['Tệp'], r['Số hiệu mục'], r['Dòng']])).toEqual(expected);
    expect(rows.every((r) => r['Số hiệu mục'] === null || typeof r['Số hiệu mục'] === 'string')).toBe(true);
    expect(rows.some((r) => r['Số hiệu mục'] === 'I')).toBe(true);
    expect(rows.find((r) => r['Tệp'] === 'xa/ke-hoach-01.md' && r['Số hiệu mục'] === 'II.1')!['Loại mục']).toBe('Mục tiêu');
    expect(records(sheet('Phân công'))).toHaveLength(assignments);
  });

  it('Kiểm tra: every finding of findings.csv, in Vietnamese', () => {
    const rows = records(sheet('Kiểm tra'));
    const csv = readFileSync(join(out, 'findings.csv'), 'utf8').trim().split('\r\n').slice(1);
    expect(rows).toHaveLength(csv.length);
    const gp001 = rows.find((r) => r['Tệp'] === '001_e1cdb5c5b8b00bae.txt' && r['Quy tắc'] === 'GP001 required-sections')!;
    expect(gp001).toMatchObject({ Mức: 'lỗi', Dòng: 1, 'Nội dung': 'không có mục nào thuộc loại "Mục tiêu" (muc_tieu) ở bất kỳ cấp nào' });
  });

  it("plans.csv has the same rows as Tổng hợp, in the contract's English", () => {
    const lines = readFileSync(join(out, 'plans.csv'), 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      '\uFEFFfile,status,error_code,error,kind,document_number,issuer,place,date,title,sections,indicators,tasks,assignments,missing_kinds,check_errors,check_warnings',
    );
    expect(lines).toHaveLength(summary.files.length + 1);
    expect(lines.find((l) => l.startsWith('rong.txt,'))).toMatch(/^rong\.txt,failed,GHPLAN_EMPTY_FILE,"file is empty; /);
  });

  it('is byte-identical for the same inputs, and English with --lang en', () => {
    const again = join(out, '..', 'kq2');
    ghplan(['batch', dir, '--out', again, '--lang', 'vi', '--expected', join(out, '..', 'danh-sach.txt'), '--format', 'xlsx']);
    expect(readFileSync(join(again, 'tong-hop.xlsx')).equals(readFileSync(join(out, 'tong-hop.xlsx')))).toBe(true);
    const en = join(out, '..', 'en');
    ghplan(['batch', dir, '--out', en, '--lang', 'en', '--format', 'xlsx']);
    const names = readXlsx(join(en, 'tong-hop.xlsx')).map((s) => s.name);
    expect(names).toEqual(['Summary', 'Indicators', 'Tasks', 'Assignments', 'Sections', 'Findings']);
  });

  it('the batch said it in Vietnamese', () => {
    expect(stderr).toMatch(/^9 tệp: 7 thành công, (\d+ có cảnh báo, )?2 lỗi, 0 bỏ qua \(không đổi\)$/m);
    expect(stderr).toMatch(/^rong\.txt: tệp rỗng; .* \[GHPLAN_EMPTY_FILE\]$/m);
  });
});

describe('ghplan extract --format xlsx', () => {
  it('writes the workbook of one plan', () => {
    const d = tempDir('ghplan-xlsx-one-');
    const r = ghplan(['extract', join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), '--format', 'xlsx', '--out', join(d, 'ke-hoach.xlsx')]);
    expect(r.code).toBe(0);
    const s = readXlsx(join(d, 'ke-hoach.xlsx'));
    expect(s[0]!.name).toBe('Tổng hợp'); // Vietnamese whatever the locale
    expect(records(s[0]!)).toHaveLength(1);
    expect(records(s[2]!).map((t) => t['Mã'])).toEqual(['1', '2']);
  });

  it('needs --out', () => {
    const r = ghplan(['extract', join(ROOT, 'fixtures/xlsx/ke-hoach-01.md'), '--format', 'xlsx']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--format xlsx needs --out FILE');
  });
});

describe('row heights of wrapped text', () => {
  it('counts the lines words take, capitals wider, long words cut', async () => {
    const { lineCount } = await import('../../src/export/xlsx.js');
    expect(lineCount('Kế hoạch', 20)).toBe(1);
    expect(lineCount('một hai ba bốn năm sáu bảy tám chín mười', 10)).toBeGreaterThanOrEqual(4);
    expect(lineCount('A\nB\nC', 30)).toBe(3);
    expect(lineCount('CHUYỂN ĐỔI SỐ CHO CÁC DOANH NGHIỆP', 20)).toBeGreaterThan(lineCount('chuyển đổi số cho các doanh nghiệp', 20));
    expect(lineCount('KH_310-KH-UBND_HaNoi_2025_5G-IoT-KhuCNC.txt', 28)).toBeGreaterThanOrEqual(2);
  });
});
