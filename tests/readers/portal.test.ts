import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/blocks.js';
import { readText } from '../../src/readers/txt.js';
import { cellText, rebuildPortalTable } from '../../src/readers/portal.js';
import { blankBoilerplate, splitSegments } from '../../src/readers/segments.js';
import { paragraphs, tables } from '../helpers/blocks.js';
import { extractBytes } from '../../src/api.js';

const FIX = join(import.meta.dirname, '../../fixtures/real');
const readAsync = (prefix: string) => {
  const name = {
    KH_310: 'KH_310-KH-UBND_HaNoi_2025_5G-IoT-KhuCNC.txt',
    KH_617: 'KH_617-KH-UBND_DongThap_2025_CDS-DoanhNghiep.txt',
    KH_980: 'KH_980-KH-UBND_NgheAn_2025_QD1899-TTg.txt',
    KH_235: 'KH_235-KH-UBND_ThanhHoa_2025_QuanTrac-ThuySan-2026.txt',
  }[prefix]!;
  return readText(readFileSync(join(FIX, name), 'utf8').replace(/\r\n?/g, '\n'), 'txt');
};
// readText is async (it loads remark-gfm only for texts with pipe tables): read all up front.
const docs = {
  KH_310: await readAsync('KH_310'),
  KH_617: await readAsync('KH_617'),
  KH_980: await readAsync('KH_980'),
  KH_235: await readAsync('KH_235'),
};
const read = (prefix: keyof typeof docs) => docs[prefix];
const texts = (t: TableBlock, row: number): string[] => t.rows[row]!.cells.map((c) => c.text);

describe('portal tables: KH 310 (Hà Nội)', () => {
  const res = read('KH_310');
  const [header, signature, annex] = tables(res.blocks);

  it('rebuilds the header block as a 2×2 layout table', () => {
    expect(header!.layout).toBe(true);
    expect(header!.rows).toHaveLength(2);
    expect(texts(header!, 0)).toEqual([
      'ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc',
    ]);
    // The portal's hard wrap inside a layout cell is rejoined by the reader: one document line.
    expect(header!.rows[0]!.cells[0]!.lines).toEqual(['ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI']);
    expect(texts(header!, 1)).toEqual(['Số: 310/KH-UBND', 'Hà Nội, ngày 24 tháng 11 năm 2025']);
    expect(header!.rows[1]!.at.line).toBe(13);
  });

  it('rebuilds Nơi nhận | signature as one layout row with real line starts', () => {
    expect(signature!.layout).toBe(true);
    expect(signature!.rows).toHaveLength(1);
    const [rec, sig] = signature!.rows[0]!.cells;
    expect(rec!.lines[0]).toBe('Nơi nhận:');
    expect(rec!.lines).toContain('- VPUBTP: CVP, các PCVP, các phòng, đơn vị: ĐMPT, TH, TTDL&CNS;');
    expect(sig!.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Trương Việt Dũng']);
  });

  it('rebuilds the annex task table: 5 columns, header + 6 rows, wrapped cells joined', () => {
    expect(annex!.layout).toBeUndefined();
    expect(texts(annex!, 0)).toEqual(['TT', 'Nội dung/nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện']);
    expect(annex!.rows[0]!.cells.every((c) => c.bold)).toBe(true);
    expect(annex!.rows).toHaveLength(7);
    expect(annex!.rows.slice(1).map((r) => r.cells[0]!.text)).toEqual(['1', '2', '3', '4', '5', '6']);
    expect(texts(annex!, 1)).toEqual([
      '1',
      'Tổ chức điều chỉnh, bổ sung quy hoạch hạ tầng viễn thông trong các khu công nghệ cao và khu công nghiệp đến năm 2030',
      'Ban Quản lý các khu công nghệ cao và khu công nghiệp',
      'Sở Khoa học và Công nghệ Sở Công Thương; UBND các phường, xã',
      'Quý III Năm 2026',
    ]);
    expect(annex!.rows[1]!.at.line).toBe(430);
    expect(texts(annex!, 6)[4]).toBe('Hàng năm');
  });
});

describe('portal tables: KH 617 (Đồng Tháp), merged group rows', () => {
  const annex = tables(read('KH_617').blocks)[2]!;

  it('keeps group rows as one merged cell and numbered rows in 5 columns', () => {
    expect(texts(annex, 0)).toEqual(['STT', 'Tên nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian hoàn thành']);
    expect(annex.rows).toHaveLength(16);
    const group = annex.rows[1]!;
    expect(group.cells).toHaveLength(1);
    expect(group.cells[0]).toMatchObject({ text: 'I. NÂNG CAO NHẬN THỨC VÀ ĐỔI MỚI TƯ DUY', colspan: 5, bold: true });
    const numbered = annex.rows.filter((r) => /^\d+$/.test(r.cells[0]!.text));
    expect(numbered.map((r) => r.cells[0]!.text)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11']);
    expect(numbered.every((r) => r.cells.length === 5 && r.cells.every((c) => c.text))).toBe(true);
    expect(texts(annex, 2)).toEqual([
      '1',
      'Triển khai nền tảng đào tạo trực tuyến mở đại trà, cung cấp kiến thức, kỹ năng số, công nghệ số cơ bản cho người dân, doanh nghiệp.',
      'Sở KH&CN',
      'Các sở, ban, ngành tỉnh; UBND các xã, phường',
      'Thường xuyên',
    ]);
  });
});

describe('portal tables: KH 980 (Nghệ An), a whole web page without blank lines', () => {
  const res = read('KH_980');
  const all = res.blocks
    .map((b) => (b.type === 'paragraph' ? b.text : b.rows.map((r) => r.cells.map((c) => c.text).join(' | ')).join('\n')))
    .join('\n');

  it('drops the portal boilerplate', () => {
    expect(all).not.toMatch(/THƯ VIỆN PHÁP LUẬT|Bản dịch này|Đang tải văn bản|Số hiệu|Tình trạng|Văn bản liên quan|Đăng nhập|Mã số thuế/);
    expect(res.diagnostics.some((d) => d.code === 'input.boilerplate')).toBe(true);
  });

  it('ends tables where document text follows, and splits paragraphs', () => {
    const [header, signature, annex] = tables(res.blocks);
    expect(header!.layout).toBe(true);
    expect(texts(header!, 1)).toEqual(['Số: 980/KH-UBND', 'Nghệ An, ngày 18 tháng 11 năm 2025']);
    expect(signature!.layout).toBe(true);
    expect(signature!.rows[0]!.cells[1]!.lines).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH', 'Nguyễn Văn Đệ']);
    const heads = paragraphs(res.blocks)
      .filter((p) => p.bold)
      .map((p) => p.text);
    expect(heads).toEqual(
      expect.arrayContaining(['KẾ HOẠCH', 'I. MỤC ĐÍCH, YÊU CẦU', '1. Mục đích', 'II. NỘI DUNG', 'IV. TỔ CHỨC THỰC HIỆN']),
    );
    expect(paragraphs(res.blocks).some((p) => p.text === 'PHỤ LỤC' && p.bold && p.at.line === 176)).toBe(true);
    expect(texts(annex!, 0)).toEqual([
      'TT',
      'Nội dung thực hiện',
      'Cơ quan chủ trì',
      'Cơ quan phối hợp',
      'Thời gian hoàn thành',
      'Sản phẩm dự kiến',
    ]);
    expect(annex!.rows).toHaveLength(23);
    expect(texts(annex!, 1).slice(0, 2)).toEqual(['I', 'KIỆN TOÀN VÀ HOÀN THIỆN CƠ CHẾ CHỈ ĐẠO, ĐIỀU HÀNH PHÒNG THỦ DÂN SỰ']);
    // Rows with an empty last cell keep their columns ("|||" = empty cell + row break).
    expect(texts(annex!, 4)).toEqual([
      '1',
      expect.stringMatching(/^Triển khai thực hiện/),
      'Sở Tài chính',
      'Cơ quan, địa phương liên quan',
      'Thường xuyên',
      '',
    ]);
    expect(annex!.rows[annex!.rows.length - 1]!.cells[0]!.text).toBe('2');
  });
});

describe('portal tables: KH 235 (Thanh Hóa), two-row headers and empty cells', () => {
  const ts = tables(read('KH_235').blocks);

  it('gives spans to a header over a second header row', () => {
    const t = ts[2]!;
    expect(t.rows[0]!.cells.map((c) => [c.text, c.colspan, c.rowspan])).toEqual([
      ['STT', 1, 2],
      ['Địa điểm quan trắc', 1, 2],
      ['Đối tượng quan trắc', 4, 1],
    ]);
    expect(texts(t, 1)).toEqual([
      'Nguồn nước cấp nuôi tôm (vị trí)',
      'Môi trường ao nuôi tôm đại diện (vị trí)',
      'Môi trường nuôi ngao (vị trí)',
      'Môi trường nuôi cá lồng nước ngọt (vị trí)',
    ]);
    // Empty cells are placed by counting the `|` lines.
    expect(texts(t, 10)).toEqual(['9', 'xã Nga Sơn', '', '1', '', '']);
    expect(
      t.rows
        .slice(2)
        .map((r) => r.cells[0]!.text)
        .filter(Boolean),
    ).toEqual(Array.from({ length: 24 }, (_, i) => String(i + 1)));
  });

  it('places the rest of a row under vertically merged cells in its columns', () => {
    const t = ts[3]!;
    expect(texts(t, 0)).toEqual([
      'TT',
      'Đối tượng quan trắc',
      'Thông số quan trắc',
      'Tần suất quan trắc',
      'Thời gian quan trắc',
      'Số lượng mẫu/lần',
      'Tổng số (mẫu)',
    ]);
    const second = t.rows[2]!;
    expect(second.cells.slice(0, 2).map((c) => c.text)).toEqual(['', '']);
    expect(second.cells[2]!.text).toMatch(/^- Thuốc Bảo vệ thực vật/);
    expect(second.cells[6]!.text).toBe('30');
  });

  it('spans "Tọa độ lấy mẫu" over X | Y', () => {
    const t = ts[4]!;
    expect(t.rows[0]!.cells.map((c) => [c.text, c.colspan, c.rowspan])).toEqual([
      ['TT', 1, 2],
      ['Địa điểm quan trắc', 1, 2],
      ['Tọa độ lấy mẫu', 2, 1],
    ]);
    expect(texts(t, 1)).toEqual(['X', 'Y']);
    expect(texts(t, 3)).toEqual(['1', expect.any(String), '2210567', '606959']);
  });
});

describe('portal table primitives', () => {
  it('joins hard-wrapped lines, keeps real line starts, strips markup and escapes', () => {
    expect(cellText(['**TM. ỦY BAN', 'NHÂN DÂN**', 'KT. CHỦ TỊCH', '**Trương Việt Dũng**'])).toEqual({
      text: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH Trương Việt Dũng',
      lines: ['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'Trương Việt Dũng'],
      bold: false,
    });
    expect(cellText(['**I.', 'NÂNG CAO NHẬN THỨC**'])).toEqual({
      text: 'I. NÂNG CAO NHẬN THỨC',
      lines: ['I. NÂNG CAO NHẬN THỨC'],
      bold: true,
    });
    expect(cellText(['Ban hành kế hoạch', 'thực hiện \\- đợt 1;', '- Sở Tài chính'])).toMatchObject({
      lines: ['Ban hành kế hoạch thực hiện - đợt 1;', '- Sở Tài chính'],
    });
  });

  it('decodes a table with empty cells from the `|` period', () => {
    const lines = [
      '|',
      'TT',
      '|',
      'Nội dung',
      '|',
      'Chủ trì',
      '|',
      '|',
      '1',
      '|',
      'Việc một',
      '|',
      '|',
      '|',
      '2',
      '|',
      '|',
      'Sở Y tế',
      '|',
    ];
    const segs = splitSegments(lines);
    expect(segs).toEqual([{ kind: 'portal', start: 0, end: lines.length }]);
    const [t] = rebuildPortalTable(lines, segs[0]!) as TableBlock[];
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual([
      ['TT', 'Nội dung', 'Chủ trì'],
      ['1', 'Việc một', ''],
      ['2', '', 'Sở Y tế'],
    ]);
    expect(t!.rows.map((r) => r.at.line)).toEqual([2, 9, 15]);
  });

  it('blanks boilerplate lines without moving line numbers', () => {
    const { lines, blanked } = blankBoilerplate([
      'Bản dịch này thuộc quyền sở hữu của **',
      'x',
      'Văn bản này có phụ lục đính kèm. Tải về để xem toàn bộ',
      'KẾ HOẠCH',
    ]);
    expect(blanked).toBeGreaterThan(0);
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('KẾ HOẠCH');
    expect(lines[2]).toBe('');
  });
});

/**
 * A group row of a portal task table (a Roman sub-group number such as "III.1.2" and its title,
 * the other cells empty) is one row, and the next task number opens the next row: the `|`
 * lines between them close the group row's empty cells, whatever their count. Cause of the
 * bug this guards: the decoder put the next number in the group row's last column.
 */
describe('portal tables: sub-group rows with empty cells, then the next task', () => {
  /** A portal text of rows: each cell then `|`, each row opened by `|`; '' is an empty cell. */
  const portal = (rows: string[][]): string[] => rows.flatMap((r) => ['|', ...r.flatMap((c) => (c ? [c, '|'] : ['|']))]);
  const HEAD = ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Cơ quan phối hợp', 'Thời gian thực hiện'];
  const task = (n: string, name: string): string[] => [n, name, 'Bộ Công an', 'Các bộ, ngành', 'Năm 2026'];
  const doc = (rows: string[][]): string => ['KẾ HOẠCH', '', 'Thử nghiệm', '', 'PHỤ LỤC', '', ...portal(rows), '', 'Hết.', ''].join('\n');
  const brief = async (rows: string[][]) =>
    (await extractBytes(new TextEncoder().encode(doc(rows)), { fileName: 'x.txt' })).tasks
      .filter((t) => t.source === 'table')
      .map((t) => [t.id, t.group, t.name, t.lead.join('; ')]);

  it.each([
    ['III.1.2', 'III.1.1', 0],
    ['III.1.2', 'III.1.1', 1],
    ['III.1.2', 'III.1.1', 2],
    ['III.1.2', 'III.1.1', 3],
    ['II.3', 'II.2', 2],
    ['I.1.2', 'I.1.1', 3],
  ])('sub-group %s after %s, group rows with %i empty cells', async (sub, before, empties) => {
    const group = (mark: string): string[] => [mark, `Nhóm ${mark}`, ...Array<string>(empties).fill('')];
    // The groups above `before`, as a real table opens: I, (a task), II, …, then III, III.1, III.1.1.
    const [roman, ...dots] = before.split('.');
    const romans = ['I', 'II', 'III'].slice(0, ['I', 'II', 'III'].indexOf(roman!) + 1);
    const opening = romans.flatMap((r, i) => (r === roman ? [group(r)] : [group(r), task(String(i + 1), `Việc ${r}`)]));
    const chain = dots.map((_, i) => group([roman, ...dots.slice(0, i + 1)].join('.')));
    const n = romans.length; // tasks so far
    const tasks = await brief([
      HEAD,
      ...opening,
      ...chain,
      task(String(n), 'Việc ba'),
      task(String(n + 1), 'Việc bốn'),
      group(sub),
      task(String(n + 2), 'Việc năm'),
      task(String(n + 3), 'Việc sáu'),
    ]);
    expect(tasks.slice(-4)).toEqual([
      [`${before}.${n}`, before, 'Việc ba', 'Bộ Công an'],
      [`${before}.${n + 1}`, before, 'Việc bốn', 'Bộ Công an'],
      [`${sub}.${n + 2}`, sub, 'Việc năm', 'Bộ Công an'],
      [`${sub}.${n + 3}`, sub, 'Việc sáu', 'Bộ Công an'],
    ]);
    expect(tasks).toHaveLength(n - 1 + 4);
  });

  it('the group row keeps no cell of the row below', () => {
    const rows = [
      HEAD,
      ['I', 'Nhóm một', '', ''],
      task('1', 'Việc một'),
      task('2', 'Việc hai'),
      ['II', 'Nhóm hai', '', ''],
      task('3', 'Việc ba'),
    ];
    const lines = portal(rows);
    const [t] = rebuildPortalTable(lines, splitSegments(lines)[0]!) as TableBlock[];
    expect(t!.rows.map((r) => r.cells.map((c) => c.text))).toEqual(rows.map((r) => [...r, '', ''].slice(0, 5)));
  });

  // QĐ 2629/QĐ-TTg, PHỤ LỤC II (fixtures/real, from the shared corpus): read in the document,
  // group III.1.2 "Nhóm các nền tảng phục vụ quản trị và chỉ đạo, điều hành" holds tasks 5 to 9,
  // III.1.1 tasks 1 to 4, III.1.3 opens with task 10; task 5 is led by Văn phòng Chính phủ.
  it('QĐ 2629: the tasks of sub-group III.1.2 are 5 to 9', async () => {
    const file = join(FIX, 'QD_2629-QD-TTg_2025_ChuongTrinh-ChinhPhuSo.txt');
    const plan = await extractBytes(readFileSync(file), { fileName: 'QD_2629.txt' });
    const ids = (g: string) => plan.tasks.filter((t) => t.source === 'table' && t.group === g).map((t) => t.number);
    expect(ids('III.1.1')).toEqual(['1', '2', '3', '4']);
    expect(ids('III.1.2')).toEqual(['5', '6', '7', '8', '9']);
    expect(ids('III.1.3')[0]).toBe('10');
    expect(plan.tasks.some((t) => t.id === 'III.1.2')).toBe(false);
    expect(plan.tasks.find((t) => t.id === 'III.1.2.5')).toMatchObject({
      groupTitle: 'Nhóm các nền tảng phục vụ quản trị và chỉ đạo, điều hành',
      name:
        'Phát triển Hệ thống thông tin báo cáo Chính phủ, Hệ thống thông tin chỉ đạo, điều hành của Chính phủ, Thủ tướng Chính phủ ' +
        'trên hạ tầng của Trung tâm Dữ liệu quốc gia đáp ứng yêu cầu chỉ đạo điều hành trên môi trường điện tử, trực tuyến và dựa trên dữ liệu.',
      lead: ['Văn phòng Chính phủ'],
      support: ['Các bộ, ngành, địa phương'],
      output: 'Hoàn thành, khai thác sử dụng',
      deadline: { text: 'Năm 2025-2026' },
    });
  });
});
