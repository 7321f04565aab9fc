/**
 * Task tables (EXTRACTION.md "Tasks from tables"), one rule at a time, on table blocks as any
 * reader makes them: cells with row and column spans, header rows, page-break marks; and
 * through the whole pipeline from a text export.
 */
import { describe, expect, it } from 'vitest';
import type { Block, ParagraphBlock, TableBlock, TableCell, TableRow } from '../../src/model/blocks.js';
import type { Diagnostic } from '../../src/model/diagnostics.js';
import type { Task } from '../../src/model/plan.js';
import { findFrame } from '../../src/extract/frame.js';
import { extractTasks } from '../../src/extract/tasks.js';
import { extractBytes } from '../../src/api.js';

type CellSpec = string | TableCell;
/** A cell; "\n" separates its lines. */
const c = (text: string, o: Partial<TableCell> = {}): TableCell => {
  const lines = text.split('\n').filter(Boolean);
  return { text: lines.join(' '), lines, bold: false, colspan: 1, rowspan: 1, ...o };
};
const bold = (text: string, o: Partial<TableCell> = {}): TableCell => c(text, { bold: true, ...o });
let line = 0;
const row = (cells: CellSpec[], o: Partial<TableRow> = {}): TableRow => ({
  cells: cells.map((x) => (typeof x === 'string' ? c(x) : x)),
  at: { line: ++line },
  ...o,
});
const table = (rows: (CellSpec[] | TableRow)[], o: Partial<TableBlock> = {}): TableBlock => {
  const rs = rows.map((r) => (Array.isArray(r) ? row(r) : r));
  return { type: 'table', source: 'docx', rows: rs, at: { line: rs[0]!.at.line }, ...o };
};
const para = (text: string, o: Partial<ParagraphBlock> = {}): ParagraphBlock => ({
  type: 'paragraph',
  text,
  lines: [{ text, bold: false, line: ++line }],
  bold: false,
  at: { line },
  ...o,
});
const ANNEX = (): ParagraphBlock => para('PHỤ LỤC', { bold: true });

function run(...blocks: Block[]): { tasks: Task[]; diagnostics: Diagnostic[] } {
  const { value: tasks, diagnostics } = extractTasks(blocks, [], findFrame(blocks).value);
  return { tasks, diagnostics };
}
const brief = (b: ReturnType<typeof run>) =>
  b.tasks.map((t) => ({ id: t.id, name: t.name, lead: t.lead, deadline: t.deadline?.date ?? null }));

const HEAD = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Đơn vị phối hợp', 'Thời gian hoàn thành'];

describe('which tables are task tables: the header decides', () => {
  it.each([
    [['TT', 'Nhiệm vụ', 'Chủ trì']],
    [['STT', 'Tên nhiệm vụ', 'Thời hạn']],
    [['TT', 'Nội dung công việc', 'Trách nhiệm thực hiện']],
    [['Số TT', 'Nội dung', 'Người thực hiện', 'Tiến độ']],
    [['TT', 'Nhiệm vụ, giải pháp', 'Cơ quan thực hiện', 'Thời gian thực hiện']],
  ])('a task column with a lead or deadline column, in the body, borders or not: %j', (head) => {
    for (const source of ['docx', 'tab', 'pdf', 'portal'] as const) {
      const r = run(para('I. NHIỆM VỤ'), table([head, ['1', 'Rà soát quy hoạch', 'Phòng Kinh tế'].slice(0, head.length)], { source }));
      expect(r.tasks.map((t) => [t.id, t.name])).toEqual([['1', 'Rà soát quy hoạch']]);
    }
  });
  it.each([
    [
      ['TT', 'Nội dung', 'Dự toán (triệu đồng)'],
      ['1', 'Mua sắm thiết bị', '500'],
    ],
    [
      ['TT', 'Họ và tên', 'Chức vụ'],
      ['1', 'Nguyễn Văn An', 'Trưởng phòng'],
    ],
    [
      ['Cột A', 'Cột B'],
      ['x', 'y'],
    ],
  ])('other tables give nothing and say so (table.skipped): %j', (head, data) => {
    const r = run(ANNEX(), table([head, data]));
    expect(r.tasks).toEqual([]);
    expect(r.diagnostics.filter((d) => d.code === 'table.skipped')).toHaveLength(1);
    expect(r.diagnostics.find((d) => d.code === 'table.skipped')!.severity).toBe('info');
  });
  it('an annex schedule without a task column gives one task per row, its content column as the name', () => {
    const t = () =>
      table([
        ['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'],
        ['1', 'Công ty TNHH An Phú', 'Tháng 3/2027'],
        ['2', 'Hợp tác xã Đông Sơn', 'Quý II/2027'],
      ]);
    expect(brief(run(ANNEX(), t()))).toEqual([
      { id: '1', name: 'Công ty TNHH An Phú', lead: [], deadline: '2027-03' },
      { id: '2', name: 'Hợp tác xã Đông Sơn', lead: [], deadline: '2027-Q2' },
    ]);
    // In the body it is no task table.
    expect(run(para('I. KIỂM TRA'), t()).tasks).toEqual([]);
  });
  it('the same blocks read twice give the same tasks (each table block is read once and shared, never changed)', () => {
    // the schedule rule names a column of its copy of the table; the shared one stays as read
    const blocks = [
      ANNEX(),
      table([
        ['STT', 'Đơn vị được kiểm tra', 'Thời gian kiểm tra'],
        ['1', 'Công ty TNHH An Phú', 'Tháng 3/2027'],
      ]),
      table([HEAD, ['1', 'Rà soát quy hoạch', 'Phòng Kinh tế', '', 'Quý I/2027']]),
      table([HEAD, ['2', 'Lập kế hoạch vốn', 'Phòng Tài chính', '', 'Quý II/2027']]),
    ];
    const first = run(...blocks);
    expect(first.tasks.map((t) => t.name)).toEqual(['Công ty TNHH An Phú', 'Rà soát quy hoạch', 'Lập kế hoạch vốn']);
    expect(run(...blocks)).toEqual(first);
  });
  it('a column whose header only contains a deadline word is no schedule ("Tên phương tiện đo")', () => {
    const r = run(
      ANNEX(),
      table([
        ['TT', 'Tên phương tiện đo', 'Phạm vi đo'],
        ['1', 'Nhiệt kế', '0 - 100 °C'],
      ]),
    );
    expect(r.tasks).toEqual([]);
  });
  it('layout tables (signature, header block) never give tasks', () => {
    const sig = table([['Nơi nhận:\n- Như trên;\n- Lưu: VT.', 'TM. ỦY BAN NHÂN DÂN\nCHỦ TỊCH\nNguyễn Văn An']], { layout: true });
    expect(run(sig).tasks).toEqual([]);
  });
});

describe('header variants', () => {
  it('a header of two rows with merged cells is one header; the sub-header decides the role', () => {
    const r = run(
      table([
        [
          c('TT', { rowspan: 2 }),
          c('Nội dung nhiệm vụ', { rowspan: 2 }),
          c('Đơn vị thực hiện', { colspan: 2 }),
          c('Thời gian', { rowspan: 2 }),
        ],
        ['Chủ trì', 'Phối hợp'],
        ['1', 'Lập quy hoạch', 'Phòng Kinh tế', 'Các thôn', 'Tháng 6/2027'],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.name, t.lead, t.support, t.deadline?.date])).toEqual([
      ['1', 'Lập quy hoạch', ['Phòng Kinh tế'], ['Các thôn'], '2027-06'],
    ]);
  });
  it('a two-row header whose group column spans both rows keeps the task column as the name and finds the output', () => {
    const r = run(
      table([
        [
          c('TT', { rowspan: 2 }),
          c('Thuộc nhóm nhiệm vụ', { rowspan: 2 }),
          c('Nội dung nhiệm vụ', { rowspan: 2 }),
          c('Kết quả', { colspan: 2 }),
          c('Cơ quan chủ trì', { rowspan: 2 }),
        ],
        ['Chỉ tiêu đạt được', 'Sản phẩm đầu ra'],
        ['1', 'Hạ tầng', 'Xây dựng trạm sạc', '10 trạm', 'Trạm sạc vận hành', 'Phòng Kinh tế'],
      ]),
    );
    expect(r.tasks[0]).toMatchObject({ name: 'Xây dựng trạm sạc', lead: ['Phòng Kinh tế'], extra: { 'Thuộc nhóm nhiệm vụ': 'Hạ tầng' } });
    expect(r.tasks[0]!.output).toMatch(/10 trạm|Trạm sạc vận hành/);
  });
  it.each([
    ['Thuộc nhóm nhiệm vụ', 'Nội dung nhiệm vụ'],
    ['Nội dung nhiệm vụ', 'Thuộc nhóm nhiệm vụ'],
    ['Nhóm nhiệm vụ', 'Tên nhiệm vụ cụ thể'],
  ])('the more specific of two name columns wins: %s | %s', (a, b) => {
    const r = run(
      table([
        ['TT', a, b, 'Chủ trì'],
        ['1', `text of ${a}`, `text of ${b}`, 'Sở Tài chính'],
      ]),
    );
    const specific = /Nội dung nhiệm vụ|Tên nhiệm vụ/.test(a) ? a : b;
    const other = specific === a ? b : a;
    expect(r.tasks[0]!.name).toBe(`text of ${specific}`);
    expect(r.tasks[0]!.extra).toEqual({ [other]: `text of ${other}` });
  });
  it.each(['Chỉ tiêu đạt được', 'Sản phẩm đầu ra', 'Hình thức văn bản', 'Kết quả/Sản phẩm', 'Sản phẩm'])(
    '"%s" is an output column',
    (h) => {
      const r = run(
        table([
          ['TT', 'Nhiệm vụ', h, 'Chủ trì'],
          ['1', 'Ban hành quy chế', 'Quyết định', 'Văn phòng'],
        ]),
      );
      expect(r.tasks[0]!.output).toBe('Quyết định');
    },
  );
  it('a year in the deadline header completes the dates of its cells', () => {
    const r = run(
      table([
        ['TT', 'Nhiệm vụ', 'Chủ trì', 'Thời gian (năm 2027)'],
        ['1', 'A', 'Phòng X', 'Tháng 3'],
        ['2', 'B', 'Phòng Y', 'Quý IV'],
        ['3', 'C', 'Phòng Z', 'Tháng 5/2028'],
        ['4', 'D', 'Phòng Z', 'Thường xuyên'],
      ]),
    );
    expect(r.tasks.map((t) => t.deadline?.date ?? null)).toEqual(['2027-03', '2027-Q4', '2028-05', null]);
  });
  it('a header row repeated after a page break is not data', () => {
    const r = run(table([HEAD, ['1', 'A', 'Phòng X', '', 'Năm 2027'], HEAD, ['2', 'B', 'Phòng Y', '', 'Năm 2028']]));
    expect(r.tasks.map((t) => t.id)).toEqual(['1', '2']);
  });
});

describe('groups', () => {
  it.each([
    [
      ['I', 'II'],
      ['I.1', 'II.1'],
    ],
    [
      ['I.', 'II.'],
      ['I.1', 'II.1'],
    ],
    [
      ['A', 'B'],
      ['A.1', 'B.1'],
    ],
    [
      ['A.', 'D.'],
      ['A.1', 'D.1'],
    ],
    [
      ['C.', 'D.'],
      ['C.1', 'D.1'],
    ],
    [
      ['H.', 'I.'],
      ['H.1', 'I.1'],
    ],
    [
      ['X.', 'XI.'],
      ['X.1', 'XI.1'],
    ],
  ])('group marks %j', (marks, ids) => {
    const rows: CellSpec[][] = [HEAD];
    for (const m of marks) rows.push([bold(m), bold('NHÓM NHIỆM VỤ'), '', '', ''], ['1', 'Việc', 'Phòng X', '', 'Năm 2027']);
    expect(run(table(rows)).tasks.map((t) => t.id)).toEqual(ids);
  });
  it('a Roman group without a period, its title in one cell ("III Chuyển đổi xanh năng lượng")', () => {
    const r = run(
      table([HEAD, [bold('III Chuyển đổi xanh năng lượng', { colspan: 5 })], ['1', 'Lắp điện mặt trời', 'Phòng Kinh tế', '', 'Năm 2027']]),
    );
    expect(r.tasks[0]).toMatchObject({ id: 'III.1', group: 'III', groupTitle: 'Chuyển đổi xanh năng lượng' });
  });
  it('group letters above Roman groups give ids such as A.I.2', () => {
    const r = run(
      table([
        HEAD,
        [bold('A'), bold('NHIỆM VỤ CHUNG'), '', '', ''],
        [bold('I'), bold('Thể chế'), '', '', ''],
        ['1', 'Việc một', 'Phòng X', '', ''],
        ['2', 'Việc hai', 'Phòng X', '', ''],
        [bold('B'), bold('NHIỆM VỤ RIÊNG'), '', '', ''],
        [bold('I'), bold('Hạ tầng'), '', '', ''],
        ['1', 'Việc ba', 'Phòng Y', '', ''],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.group])).toEqual([
      ['A.I.1', 'A.I'],
      ['A.I.2', 'A.I'],
      ['B.I.1', 'B.I'],
    ]);
  });
  it('a group title cut over two rows is one title', () => {
    const r = run(
      table([
        HEAD,
        [bold('II'), bold('Chuyển đổi xanh'), '', '', ''],
        ['', bold('trong công nghiệp'), '', '', ''],
        ['1', 'Rà soát', 'Phòng Kinh tế', '', ''],
      ]),
    );
    expect(r.tasks[0]).toMatchObject({ id: 'II.1', groupTitle: 'Chuyển đổi xanh trong công nghiệp' });
  });
  it('a row under a group row with its own lead or deadline is a task with the group’s id', () => {
    const r = run(
      table([
        HEAD,
        [bold('II'), bold('Chuyển đổi số'), '', '', ''],
        ['', 'Xây dựng kế hoạch chuyển đổi số', 'Phòng Văn hóa', '', 'Quý I/2027'],
        ['1', 'Số hóa hồ sơ', 'Văn phòng', '', ''],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.name, t.groupTitle])).toEqual([
      ['II', 'Xây dựng kế hoạch chuyển đổi số', 'Chuyển đổi số'],
      ['II.1', 'Số hóa hồ sơ', 'Chuyển đổi số'],
    ]);
  });
  it('a row after a new group belongs to the new group', () => {
    const r = run(
      table([
        HEAD,
        [bold('I'), bold('Một'), '', '', ''],
        ['1', 'A', 'Phòng X', '', ''],
        [bold('II'), bold('Hai'), '', '', ''],
        ['1', 'B', 'Phòng Y', '', ''],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.lead])).toEqual([
      ['I.1', ['Phòng X']],
      ['II.1', ['Phòng Y']],
    ]);
  });
});

describe('ids', () => {
  it.each([
    ['01', '1'],
    ['09.', '9'],
    ['1.02', '1.2'],
  ])('leading zeros are dropped: %s → %s', (num, id) => {
    expect(run(table([HEAD, [num, 'Việc', 'Phòng X', '', '']])).tasks[0]!.id).toBe(id);
  });
  it('D.II.01 → D.II.1', () => {
    const r = run(
      table([HEAD, [bold('D.'), bold('NHÓM D'), '', '', ''], [bold('II'), bold('Nhóm II'), '', '', ''], ['01', 'Việc', 'Phòng X', '', '']]),
    );
    expect(r.tasks[0]!.id).toBe('D.II.1');
  });
  it('parent: the row whose number is the prefix', () => {
    const r = run(table([HEAD, ['1', 'Cha', 'Phòng X', '', ''], ['1.1', 'Con', 'Phòng X', '', ''], ['2.1', 'Mồ côi', 'Phòng X', '', '']]));
    expect(r.tasks.map((t) => [t.id, t.parent])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['2.1', null],
    ]);
  });
  it('a second task table numbering from 1 again is prefixed with its place: "2:1"', () => {
    const t = (name: string) => table([HEAD, ['1', name, 'Phòng X', '', ''], ['1.1', `${name} con`, 'Phòng X', '', '']]);
    const r = run(t('Bảng một'), para('PHỤ LỤC II', { bold: true }), t('Bảng hai'));
    expect(r.tasks.map((x) => [x.id, x.parent])).toEqual([
      ['1', null],
      ['1.1', '1'],
      ['2:1', null],
      ['2:1.1', '2:1'],
    ]);
    expect(new Set(r.tasks.map((x) => x.id)).size).toBe(4);
  });
  it('a table with groups keeps its ids when they do not clash', () => {
    const r = run(
      table([HEAD, ['1', 'A', 'Phòng X', '', '']]),
      table([HEAD, [bold('I'), bold('Nhóm'), '', '', ''], ['1', 'B', 'Phòng X', '', '']]),
    );
    expect(r.tasks.map((x) => x.id)).toEqual(['1', 'I.1']);
  });
});

describe('"-" and "+" rows are sub-tasks', () => {
  it.each(['-', '+', '–'])('numbered %s', (mark) => {
    const r = run(
      table([
        HEAD,
        [bold('I'), bold('Nhóm'), '', '', ''],
        ['1', 'Tuyên truyền', 'Phòng Văn hóa', '', ''],
        [mark, 'Treo băng rôn', 'Phòng Kinh tế', '', 'Tháng 3/2027'],
        [mark, 'Phát tờ rơi', 'Phòng Tài chính', '', ''],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.parent, t.name, t.lead])).toEqual([
      ['I.1', null, 'Tuyên truyền', ['Phòng Văn hóa']],
      ['I.1-1', 'I.1', 'Treo băng rôn', ['Phòng Kinh tế']],
      ['I.1-2', 'I.1', 'Phát tờ rơi', ['Phòng Tài chính']],
    ]);
  });
});

describe('a row with an empty number: cut row or sub-row', () => {
  it('after a page break (a new page, a repeated header) it is a cut row: each cell goes on in its column', () => {
    const r = run(
      table(
        [
          HEAD,
          ['1', 'Kiểm tra các cơ sở sản xuất', 'Phòng Kinh', 'Các thôn', 'Tháng 6/2027'],
          row(['', 'trong khu dân cư', 'tế', '', ''], { pageBreakBefore: true }),
          ['2', 'Việc hai', 'Phòng X', '', ''],
        ],
        { wrapped: true },
      ),
    );
    expect(r.tasks.map((t) => [t.id, t.name, t.lead])).toEqual([
      ['1', 'Kiểm tra các cơ sở sản xuất trong khu dân cư', ['Phòng Kinh tế']],
      ['2', 'Việc hai', ['Phòng X']],
    ]);
    expect(r.diagnostics.some((d) => d.code === 'annex.row-continued')).toBe(true);
  });
  it('a repeated header marks the page break too', () => {
    const r = run(table([HEAD, ['1', 'Kiểm tra các cơ sở', 'Phòng Kinh tế', '', ''], HEAD, ['', 'Sản xuất ở thôn Đông', '', '', '']]));
    expect(r.tasks.map((t) => t.name)).toEqual(['Kiểm tra các cơ sở Sản xuất ở thôn Đông']);
  });
  it.each([
    ['Rà soát, yêu cầu các khu', 'công nghiệp có hệ thống'],
    ['Tuyên truyền;', 'vận động người dân'],
    ['gồm: (1) Định danh; (2) Địa điểm;', '(3) Sàn giao dịch'],
  ])('mid-sentence it is a cut row: "%s" + "%s"', (above, next) => {
    const r = run(table([HEAD, ['1', above, 'Phòng X', '', ''], ['', next, '', '', '']]));
    expect(r.tasks.map((t) => t.name)).toEqual([`${above} ${next}`]);
  });
  it.each([
    ['Rà soát các khu công nghiệp.', 'công bố kết quả'],
    ['Rà soát các khu công nghiệp', 'Công bố kết quả'],
  ])('not mid-sentence it is a sub-row: "%s" + "%s"', (above, next) => {
    const r = run(table([HEAD, ['1', above, 'Phòng X', '', ''], ['', next, '', '', '']]));
    expect(r.tasks.map((t) => [t.id, t.name])).toEqual([
      ['1', above],
      ['1-1', next],
    ]);
  });
  it('sub-rows without a name add lead and support entries, output after "; ", deadlines joined, the last date', () => {
    const r = run(
      table([
        ['TT', 'Nhiệm vụ', 'Sản phẩm', 'Chủ trì', 'Phối hợp', 'Thời gian'],
        [c('1', { rowspan: 3 }), c('Tổ chức tập huấn', { rowspan: 3 }), 'Lớp cán bộ', 'Phòng Nội vụ', 'Các thôn', 'Tháng 3/2027'],
        ['Lớp đảng viên', 'Phòng Văn hóa', 'Hội Nông dân', 'Tháng 6/2027'],
        ['', 'Phòng Kinh tế', '', 'Tháng 9/2027'],
        ['2', 'Việc hai', '', 'Phòng X', '', ''],
      ]),
    );
    expect(r.tasks).toHaveLength(2);
    expect(r.tasks[0]).toMatchObject({
      id: '1',
      name: 'Tổ chức tập huấn',
      output: 'Lớp cán bộ; Lớp đảng viên',
      lead: ['Phòng Nội vụ', 'Phòng Văn hóa', 'Phòng Kinh tế'],
      support: ['Các thôn', 'Hội Nông dân'],
      deadline: { text: 'Tháng 3/2027; Tháng 6/2027; Tháng 9/2027', date: '2027-09' },
    });
  });
  it('the number cell merged down (Word vMerge) is one task, not two with the same id', () => {
    const r = run(
      table([
        HEAD,
        [c('1', { rowspan: 2 }), c('Rà soát', { rowspan: 2 }), 'Phòng Kinh tế', '', 'Tháng 3/2027'],
        ['Phòng Tài chính', '', 'Tháng 6/2027'],
        ['2', 'Việc hai', 'Phòng X', '', ''],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.lead, t.deadline?.date])).toEqual([
      ['1', ['Phòng Kinh tế', 'Phòng Tài chính'], '2027-06'],
      ['2', ['Phòng X'], undefined],
    ]);
    expect(r.diagnostics.filter((d) => d.code === 'annex.duplicate-id')).toEqual([]);
  });
  it('sub-rows with names of their own are sub-tasks that inherit the merged cells', () => {
    const r = run(
      table([
        HEAD,
        [
          c('1', { rowspan: 3 }),
          'Hoàn thiện thể chế',
          c('Sở Tư pháp', { rowspan: 3 }),
          c('Các sở', { rowspan: 3 }),
          c('Năm 2027', { rowspan: 3 }),
        ],
        ['Ban hành quy chế'],
        ['Sửa đổi quy định'],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.parent, t.name, t.lead, t.support, t.deadline?.date])).toEqual([
      ['1', null, 'Hoàn thiện thể chế', ['Sở Tư pháp'], ['Các sở'], '2027'],
      ['1-1', '1', 'Ban hành quy chế', ['Sở Tư pháp'], ['Các sở'], '2027'],
      ['1-2', '1', 'Sửa đổi quy định', ['Sở Tư pháp'], ['Các sở'], '2027'],
    ]);
  });
  it('a totals row is no task', () => {
    const r = run(table([HEAD, ['1', 'A', 'Phòng X', '', ''], ['', 'Tổng cộng', '', '', '']]));
    expect(r.tasks.map((t) => t.id)).toEqual(['1']);
  });
  it('a cell merged across columns belongs to the first column it covers', () => {
    const r = run(table([HEAD, ['1', 'Việc', c('Phòng Kinh tế', { colspan: 2 }), 'Năm 2027']]));
    expect(r.tasks[0]).toMatchObject({ lead: ['Phòng Kinh tế'], support: [], deadline: { date: '2027' } });
  });
});

const plan = (text: string) => extractBytes(new TextEncoder().encode(text), { fileName: 'x.txt' });

describe('annex tasks', () => {
  const annex = (rows: string[]) =>
    plan(
      [
        'KẾ HOẠCH',
        '',
        'Thử',
        '',
        'I. NHIỆM VỤ',
        '',
        'Nội dung.',
        '',
        'PHỤ LỤC',
        '',
        'TT\tTên nhiệm vụ\tKết quả\tThời gian hoàn thành\tĐơn vị chủ trì\tĐơn vị phối hợp\tƯu tiên',
        ...rows,
        '',
      ].join('\n'),
    );
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
});

describe('the README example', () => {
  it('a merged-down task with a sub-row and a "-" row', () => {
    const r = run(
      table([
        ['TT', 'Nội dung nhiệm vụ', 'Chủ trì', 'Thời gian'],
        [bold('I'), bold('Hoàn thiện thể chế', { colspan: 3 })],
        [c('1', { rowspan: 2 }), c('Tổ chức tập huấn', { rowspan: 2 }), 'Phòng Nội vụ', 'Tháng 4/2027'],
        ['Phòng Văn hóa', 'Tháng 6/2027'],
        ['-', 'Tập huấn trực tuyến', 'Phòng Kinh tế', 'Quý III/2027'],
      ]),
    );
    expect(r.tasks.map((t) => [t.id, t.parent, t.name, t.lead, t.deadline])).toEqual([
      ['I.1', null, 'Tổ chức tập huấn', ['Phòng Nội vụ', 'Phòng Văn hóa'], { text: 'Tháng 4/2027; Tháng 6/2027', date: '2027-06' }],
      ['I.1-1', 'I.1', 'Tập huấn trực tuyến', ['Phòng Kinh tế'], { text: 'Quý III/2027', date: '2027-Q3' }],
    ]);
  });
});

describe('a portal text (cells between "|" lines)', () => {
  const portal = (rows: string[][]) =>
    extractBytes(
      new TextEncoder().encode(
        [
          '**KẾ HOẠCH**',
          '',
          'Thử',
          '',
          '**I. NHIỆM VỤ**',
          '',
          'Nội dung.',
          '',
          '**PHỤ LỤC**',
          '',
          ...rows.flatMap((r) => ['|', ...r.flatMap((c) => [c, '|'])]),
          '',
        ].join('\n'),
      ),
      { fileName: 'p.txt' },
    );
  it('letter groups from D. on, past H., and period-less Roman groups are groups', async () => {
    const p = await portal([
      ['TT', 'Nhiệm vụ', 'Cơ quan chủ trì', 'Thời gian'],
      ['**C.**', '**NHIỆM VỤ BA**'],
      ['1', 'Việc ba', 'Sở Y tế', 'Năm 2027'],
      ['**D.**', '**NHIỆM VỤ BỐN**'],
      ['**I**', '**Nhóm một**'],
      ['01', 'Việc bốn', 'Sở Xây dựng', 'Năm 2027'],
      ['**II**', '**Nhóm hai**'],
      ['1', 'Việc năm', 'Sở Công Thương', 'Năm 2028'],
      ['**H.**', '**NHIỆM VỤ TÁM**'],
      ['1', 'Việc tám', 'Sở Tư pháp', 'Năm 2028'],
      ['**I.**', '**NHIỆM VỤ CHÍN**'],
      ['1', 'Việc chín', 'Sở Nội vụ', 'Năm 2028'],
      ['**K.**', '**NHIỆM VỤ MƯỜI**'],
      ['1', 'Việc mười', 'Sở Tài chính', 'Năm 2029'],
    ]);
    expect(p.tasks.map((t) => [t.id, t.groupTitle, t.lead])).toEqual([
      ['C.1', 'NHIỆM VỤ BA', ['Sở Y tế']],
      ['D.I.1', 'Nhóm một', ['Sở Xây dựng']],
      ['D.II.1', 'Nhóm hai', ['Sở Công Thương']],
      ['H.1', 'NHIỆM VỤ TÁM', ['Sở Tư pháp']],
      ['I.1', 'NHIỆM VỤ CHÍN', ['Sở Nội vụ']],
      ['K.1', 'NHIỆM VỤ MƯỜI', ['Sở Tài chính']],
    ]);
  });
});

describe('lead cells that name the supporting units ("X chủ trì, phối hợp với Y")', () => {
  it.each([
    ['Sở Tài chính chủ trì, phối hợp với Sở Nội vụ', ['Sở Tài chính'], ['Sở Nội vụ']],
    ['Phòng Kinh tế chủ trì phối hợp với các phòng, ban liên quan', ['Phòng Kinh tế'], ['các phòng, ban liên quan']],
    ['Công an xã chủ trì, phối hợp với Đoàn Thanh niên, Hội Phụ nữ xã', ['Công an xã'], ['Đoàn Thanh niên, Hội Phụ nữ xã']],
  ])('valid: %s', (cell, lead, support) => {
    const r = run(ANNEX(), table([HEAD, ['1', 'Rà soát quy hoạch', cell, '', 'Năm 2027']]));
    expect(r.tasks.map((t) => [t.lead, t.support])).toEqual([[lead, support]]);
  });
  it('the support column comes first, then the linked units', () => {
    const r = run(
      ANNEX(),
      table([HEAD, ['1', 'Rà soát quy hoạch', 'Sở Tài chính chủ trì, phối hợp với Sở Nội vụ', 'Kho bạc Nhà nước', 'Năm 2027']]),
    );
    expect(r.tasks[0]!.support).toEqual(['Kho bạc Nhà nước', 'Sở Nội vụ']);
  });
  it.each(['Chi cục Phát triển Nông thôn chủ trì nội dung OCOP', 'Sở Tài chính', 'Phòng Văn hóa - Xã hội, Phòng Kinh tế'])(
    'invalid (kept whole): %s',
    (cell) => {
      const r = run(ANNEX(), table([HEAD, ['1', 'Rà soát quy hoạch', cell, '', 'Năm 2027']]));
      expect(r.tasks.map((t) => [t.lead, t.support])).toEqual([[[cell], []]]);
    },
  );
});
