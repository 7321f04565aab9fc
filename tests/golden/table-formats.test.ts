/**
 * One task table with every rule of "Tasks from tables" (two-row merged header, the more
 * specific name column, an output column, a year in the deadline header, letter groups with
 * Roman groups under them and a period-less Roman, a letter following the previous letter,
 * a group title over two rows, "-"/"+" sub-tasks, sub-rows without and with names, a row cut
 * by a page break, leading zeros, cited-document, relative and start deadlines, spans, several
 * deadlines) gives the same tasks from the .docx, from its PDF export and from its text export.
 */
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import type { Plan, Task } from '../../src/model/plan.js';
import { cell, docxOf, pdfOf, textTable, type SpecTable } from '../helpers/table-docs.js';

const b = (text: string, o: Parameters<typeof cell>[1] = {}) => cell(text, { bold: true, ...o });

const TABLE: SpecTable = {
  widths: [30, 60, 170, 100, 110, 110, 160],
  rows: [
    {
      header: true,
      cells: [
        b('TT', { rowspan: 2 }),
        b('Thuộc nhóm nhiệm vụ', { rowspan: 2 }),
        b('Nội dung nhiệm vụ', { rowspan: 2 }),
        b('Sản phẩm đầu ra', { rowspan: 2 }),
        b('Đơn vị thực hiện', { colspan: 2 }),
        b('Thời gian (năm 2027)', { rowspan: 2 }),
      ],
    },
    { header: true, cells: [b('Chủ trì'), b('Phối hợp')] },
    { cells: [b('G.'), b('NHIỆM VỤ CHUNG', { colspan: 6 })] },
    { cells: [b('I'), b('Hoàn thiện thể chế', { colspan: 6 })] },
    { cells: [cell(''), b('và chính sách', { colspan: 6 })] },
    {
      cells: [
        cell('1'),
        cell('Thể chế'),
        cell('Rà soát các quy định về chuyển đổi xanh'),
        cell('Báo cáo rà soát'),
        cell('Phòng Kinh tế'),
        cell('Các thôn'),
        cell('Tháng 3'),
      ],
    },
    { cells: [cell('-'), cell(''), cell('Rà soát quy định về giao thông'), cell(''), cell('Phòng Kinh tế'), cell(''), cell('Quý II')] },
    {
      cells: [
        cell('+'),
        cell(''),
        cell('Rà soát quy định về xây dựng'),
        cell(''),
        cell('Phòng Xây dựng'),
        cell(''),
        cell('Theo Thông tư số 12/2019/TT-BNV ngày 10/3/2019'),
      ],
    },
    {
      cells: [
        cell('2', { rowspan: 3 }),
        cell('Thể chế', { rowspan: 3 }),
        cell('Tổ chức tập huấn cho cán bộ', { rowspan: 3 }),
        cell('Lớp cán bộ'),
        cell('Phòng Nội vụ'),
        cell('Các thôn'),
        cell('Tháng 4'),
      ],
    },
    { cells: [cell('Lớp đảng viên'), cell('Phòng Văn hóa'), cell('Hội Nông dân'), cell('Tháng 6')] },
    { cells: [cell(''), cell('Phòng Tài chính'), cell(''), cell('Từ tháng 8 đến tháng 9')] },
    {
      cells: [
        cell('3', { rowspan: 2 }),
        cell('Hạ tầng', { rowspan: 2 }),
        cell('Xây dựng trạm sạc điện'),
        cell('Trạm sạc', { rowspan: 2 }),
        cell('Phòng Kinh tế', { rowspan: 2 }),
        cell('Điện lực', { rowspan: 2 }),
        cell('Tháng 3/2027, tháng 9/2027 và tháng 12/2027', { rowspan: 2 }),
      ],
    },
    { cells: [cell('Lắp đặt trạm sạc tại trụ sở')] },
    { cells: [b('H.'), b('NHIỆM VỤ RIÊNG', { colspan: 6 })] },
    { cells: [b('II'), b('Chuyển đổi số', { colspan: 6 })] },
    {
      cutAfterLines: 1,
      cells: [
        cell('01'),
        cell('Số hóa'),
        cell('Số hóa hồ sơ\nlưu trữ của xã các năm trước'),
        cell('Kho dữ liệu\nsố của xã'),
        cell('Văn phòng'),
        cell('Các phòng, ban'),
        cell('Sau 06 tháng kể từ ngày Kế hoạch được ban hành'),
      ],
    },
    {
      cells: [
        cell('02'),
        cell('Số hóa'),
        cell('Cập nhật cơ sở dữ liệu đất đai'),
        cell(''),
        cell('Phòng Kinh tế'),
        cell(''),
        cell('Năm 2027 và các năm tiếp theo'),
      ],
    },
    { cells: [b('I.'), b('NHIỆM VỤ KHÁC', { colspan: 6 })] },
    {
      cells: [
        cell('1'),
        cell('Khác'),
        cell('Tổng kết việc thực hiện Kế hoạch'),
        cell('Báo cáo tổng kết'),
        cell('Văn phòng'),
        cell(''),
        cell('Từ 01/01/2028'),
      ],
    },
  ],
};

const BEFORE = ['**KẾ HOẠCH**', 'Chuyển đổi xanh năm 2027', '**I. NHIỆM VỤ**'];
const AFTER = ['**II. TỔ CHỨC THỰC HIỆN**', 'Các phòng, ban triển khai thực hiện Kế hoạch này.'];

const docx = docxOf([...BEFORE, TABLE, ...AFTER]);
const pdf = pdfOf(BEFORE, TABLE, AFTER);
const text = (cut?: 'page-number' | 'none'): Uint8Array =>
  new TextEncoder().encode(
    [
      ...BEFORE.map((p) => p.replace(/\*\*/g, '')),
      '',
      ...textTable(TABLE, cut ? { cut } : {}),
      '',
      ...AFTER.map((p) => p.replace(/\*\*/g, '')),
      '',
    ].join('\n'),
  );

const facts = (p: Plan) =>
  p.tasks.map((t: Task) => ({
    id: t.id,
    parent: t.parent,
    group: t.group,
    groupTitle: t.groupTitle,
    name: t.name,
    output: t.output,
    deadline: t.deadline,
    lead: t.lead,
    support: t.support,
    extra: t.extra ?? null,
  }));

/** The tasks the table means, as a reader of it would write them down. */
const WANT = [
  {
    id: 'G.I.1',
    parent: null,
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Rà soát các quy định về chuyển đổi xanh',
    output: 'Báo cáo rà soát',
    deadline: { text: 'Tháng 3', date: '2027-03' },
    lead: ['Phòng Kinh tế'],
    support: ['Các thôn'],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Thể chế' },
  },
  {
    id: 'G.I.1-1',
    parent: 'G.I.1',
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Rà soát quy định về giao thông',
    output: null,
    deadline: { text: 'Quý II', date: '2027-Q2' },
    lead: ['Phòng Kinh tế'],
    support: [],
    extra: null,
  },
  {
    id: 'G.I.1-2',
    parent: 'G.I.1',
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Rà soát quy định về xây dựng',
    output: null,
    deadline: { text: 'Theo Thông tư số 12/2019/TT-BNV ngày 10/3/2019', date: null },
    lead: ['Phòng Xây dựng'],
    support: [],
    extra: null,
  },
  {
    id: 'G.I.2',
    parent: null,
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Tổ chức tập huấn cho cán bộ',
    output: 'Lớp cán bộ; Lớp đảng viên',
    deadline: { text: 'Tháng 4; Tháng 6; Từ tháng 8 đến tháng 9', date: '2027-08/2027-09' },
    lead: ['Phòng Nội vụ', 'Phòng Văn hóa', 'Phòng Tài chính'],
    support: ['Các thôn', 'Hội Nông dân'],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Thể chế' },
  },
  {
    id: 'G.I.3',
    parent: null,
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Xây dựng trạm sạc điện',
    output: 'Trạm sạc',
    deadline: { text: 'Tháng 3/2027, tháng 9/2027 và tháng 12/2027', date: '2027-12' },
    lead: ['Phòng Kinh tế'],
    support: ['Điện lực'],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Hạ tầng' },
  },
  {
    id: 'G.I.3-1',
    parent: 'G.I.3',
    group: 'G.I',
    groupTitle: 'Hoàn thiện thể chế và chính sách',
    name: 'Lắp đặt trạm sạc tại trụ sở',
    output: 'Trạm sạc',
    deadline: { text: 'Tháng 3/2027, tháng 9/2027 và tháng 12/2027', date: '2027-12' },
    lead: ['Phòng Kinh tế'],
    support: ['Điện lực'],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Hạ tầng' },
  },
  {
    id: 'H.II.1',
    parent: null,
    group: 'H.II',
    groupTitle: 'Chuyển đổi số',
    name: 'Số hóa hồ sơ lưu trữ của xã các năm trước',
    output: 'Kho dữ liệu số của xã',
    deadline: { text: 'Sau 06 tháng kể từ ngày Kế hoạch được ban hành', date: null },
    lead: ['Văn phòng'],
    support: ['Các phòng, ban'],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Số hóa' },
  },
  {
    id: 'H.II.2',
    parent: null,
    group: 'H.II',
    groupTitle: 'Chuyển đổi số',
    name: 'Cập nhật cơ sở dữ liệu đất đai',
    output: null,
    deadline: { text: 'Năm 2027 và các năm tiếp theo', date: null },
    lead: ['Phòng Kinh tế'],
    support: [],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Số hóa' },
  },
  {
    id: 'I.1',
    parent: null,
    group: 'I',
    groupTitle: 'NHIỆM VỤ KHÁC',
    name: 'Tổng kết việc thực hiện Kế hoạch',
    output: 'Báo cáo tổng kết',
    deadline: { text: 'Từ 01/01/2028', date: null },
    lead: ['Văn phòng'],
    support: [],
    extra: { 'Thuộc nhóm nhiệm vụ': 'Khác' },
  },
];

describe('one task table from .docx, its .pdf export and its text export', async () => {
  const [fromDocx, fromPdf, fromText, fromPagedText] = await Promise.all([
    extractBytes(docx, { fileName: 'table.docx' }),
    extractBytes(pdf, { fileName: 'table.pdf', ocr: 'off' }),
    extractBytes(text(), { fileName: 'table.txt' }),
    extractBytes(text('page-number'), { fileName: 'table-paged.txt' }),
  ]);

  it('the .docx gives the tasks the table means', () => {
    expect(facts(fromDocx)).toEqual(WANT);
  });
  it('the PDF export (borders for merged cells, a row cut by a page break, the header repeated) gives the same tasks', () => {
    expect(facts(fromPdf)).toEqual(WANT);
    expect(fromPdf.diagnostics.some((d) => d.code === 'annex.row-continued')).toBe(true);
  });
  it('the text export (merged cells empty below their first row) gives the same tasks', () => {
    expect(facts(fromText)).toEqual(WANT);
  });
  it('a text export of the PDF, the page break shown by a page-number line, joins the cut row too', () => {
    expect(facts(fromPagedText)).toEqual(WANT);
  });

  /**
   * Where text cannot tell the two row kinds apart: a row cut by a page break whose text export
   * keeps no trace of the break (no page-number line, no repeated header), and whose first cell
   * goes on with a capital after a cell without a full stop, reads as a sub-row with a name of its
   * own, i.e. a sub-task — the only difference from the .docx.
   */
  it('lists the one case text cannot tell apart: a cut row without any page-break trace that starts with a capital', async () => {
    const cutTable: SpecTable = {
      widths: TABLE.widths,
      rows: [
        TABLE.rows[0]!,
        TABLE.rows[1]!,
        {
          cutAfterLines: 1,
          cells: [
            cell('1'),
            cell('Số hóa'),
            cell('Số hóa hồ sơ\nXã Đông Phương'),
            cell('Kho dữ liệu'),
            cell('Văn phòng'),
            cell(''),
            cell('Tháng 5'),
          ],
        },
      ],
    };
    const plain = new TextEncoder().encode(
      [...BEFORE.map((p) => p.replace(/\*\*/g, '')), '', ...textTable(cutTable, { cut: 'none' }), ''].join('\n'),
    );
    const [fromTxt, fromPdfCut] = await Promise.all([
      extractBytes(plain, { fileName: 'cut.txt' }),
      extractBytes(pdfOf(BEFORE, cutTable), { fileName: 'cut.pdf', ocr: 'off' }),
    ]);
    expect(fromPdfCut.tasks.map((t) => [t.id, t.name])).toEqual([['1', 'Số hóa hồ sơ Xã Đông Phương']]);
    expect(fromTxt.tasks.map((t) => [t.id, t.name])).toEqual([
      ['1', 'Số hóa hồ sơ'],
      ['1-1', 'Xã Đông Phương'],
    ]);
  });
});
