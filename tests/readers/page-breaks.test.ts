/**
 * Page breaks inside the tables of text exports (EXTRACTION.md "Tasks from tables"): a line that
 * is only a page number between two rows of a tab or `|` table is dropped by the reader, which
 * marks the row after it as following a page break; a header row repeated after the break is
 * not data. The one cut-row rule then joins a row with an empty number cell to the row above.
 * Every case is a small plan run through `ghplan batch` (one process for all of them).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ghplan, tempDir } from '../batch/helpers.js';

const HEAD = ['TT', 'Nội dung', 'Đơn vị chủ trì', 'Thời gian'];
const ROW1 = ['1', 'Kiểm tra các cơ sở sản xuất', 'Phòng Kinh tế', 'Tháng 6/2027'];
/** After the break: an empty number and a name that starts in upper case (a sub-task without a break). */
const CUT = ['', 'Rà soát hồ sơ cấp phép', '', ''];
const ROW2 = ['2', 'Tuyên truyền pháp luật', 'Phòng Văn hóa', 'Tháng 9/2027'];

const tab = (cells: string[]): string => cells.join('\t');
const pipe = (cells: string[]): string => `| ${cells.join(' | ')} |`;
const DELIM = pipe(HEAD.map(() => '---'));

const plan = (table: string[]): string =>
  [
    'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
    '',
    'KẾ HOẠCH',
    '',
    'Thực hiện nhiệm vụ năm 2027',
    '',
    'I. NHIỆM VỤ',
    '',
    ...table,
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    '',
    'Các phòng thực hiện.',
    '',
  ].join('\r\n');

const PAGE_NUMBERS = ['12', '- 12 -', '– 12 –', 'Trang 12', '12/30', 'Trang 3/10'];

/** Ways a page break stands between ROW1 and the row after it. */
const LAYOUTS: Record<string, (n: string, next: string[]) => string[]> = {
  'tab, the line alone': (n, next) => [tab(HEAD), tab(ROW1), n, tab(next), tab(ROW2)],
  'tab, blank lines around': (n, next) => [tab(HEAD), tab(ROW1), '', n, '', tab(next), tab(ROW2)],
  'tab, header repeated': (n, next) => [tab(HEAD), tab(ROW1), n, tab(HEAD), tab(next), tab(ROW2)],
  '|, the line alone': (n, next) => [pipe(HEAD), DELIM, pipe(ROW1), n, pipe(next), pipe(ROW2)],
  '|, blank lines around': (n, next) => [pipe(HEAD), DELIM, pipe(ROW1), '', n, '', pipe(next), pipe(ROW2)],
  '|, header repeated': (n, next) => [pipe(HEAD), DELIM, pipe(ROW1), n, pipe(HEAD), pipe(next), pipe(ROW2)],
  '|, header and delimiter repeated': (n, next) => [pipe(HEAD), DELIM, pipe(ROW1), '', n, '', pipe(HEAD), DELIM, pipe(next), pipe(ROW2)],
};

type Brief = [string, string, string[]];
const cases: { file: string; label: string; table: string[]; expect: Brief[] }[] = [];
let k = 0;
const add = (label: string, table: string[], expected: Brief[]): void => {
  cases.push({ file: `case-${String(++k).padStart(3, '0')}.txt`, label, table, expect: expected });
};
const JOINED: Brief[] = [
  ['1', 'Kiểm tra các cơ sở sản xuất Rà soát hồ sơ cấp phép', ['Phòng Kinh tế']],
  ['2', 'Tuyên truyền pháp luật', ['Phòng Văn hóa']],
];
for (const [layout, make] of Object.entries(LAYOUTS))
  for (const n of PAGE_NUMBERS) {
    add(`${layout}, "${n}": the row after the break is cut from row 1`, make(n, CUT), JOINED);
    add(`${layout}, "${n}": a numbered row after the break is a task of its own`, make(n, ROW2).slice(0, -1), [
      ['1', 'Kiểm tra các cơ sở sản xuất', ['Phòng Kinh tế']],
      ['2', 'Tuyên truyền pháp luật', ['Phòng Văn hóa']],
    ]);
  }
// Without a break the same row is a sub-task (Word's merged number cell): the break is what joins it.
add(
  'tab, no page break: a sub-task',
  [tab(HEAD), tab(ROW1), tab(CUT), tab(ROW2)],
  [
    ['1', 'Kiểm tra các cơ sở sản xuất', ['Phòng Kinh tế']],
    ['1-1', 'Rà soát hồ sơ cấp phép', ['Phòng Kinh tế']],
    ['2', 'Tuyên truyền pháp luật', ['Phòng Văn hóa']],
  ],
);
add(
  '|, no page break: a sub-task',
  [pipe(HEAD), DELIM, pipe(ROW1), pipe(CUT), pipe(ROW2)],
  [
    ['1', 'Kiểm tra các cơ sở sản xuất', ['Phòng Kinh tế']],
    ['1-1', 'Rà soát hồ sơ cấp phép', ['Phòng Kinh tế']],
    ['2', 'Tuyên truyền pháp luật', ['Phòng Văn hóa']],
  ],
);
// Not page numbers: text between the rows ends the table, the row below is no continuation of row 1.
for (const line of ['Ghi chú: 12', '12 tháng', 'Năm 2027 - 2030', '12.5'])
  add(
    `tab, "${line}" is no page number`,
    [tab(HEAD), tab(ROW1), line, tab(CUT), tab(ROW2)],
    [['1', 'Kiểm tra các cơ sở sản xuất', ['Phòng Kinh tế']]],
  );

describe('page-number lines inside the tables of text exports', () => {
  const dir = tempDir('ghplan-page-breaks-');
  const input = join(dir, 'in');
  mkdirSync(input);
  for (const c of cases) writeFileSync(join(input, c.file), plan(c.table));
  const run = ghplan(['batch', input, '-o', join(dir, 'out'), '-f', 'json', '--quiet', '-j', '1']);

  it('the batch runs', () => {
    expect(run.code, run.stderr).toBe(0);
  });
  it.each(cases)('$label', (c) => {
    const p = JSON.parse(readFileSync(join(dir, 'out', 'json', `${c.file}.json`), 'utf8')) as {
      tasks: { source: string; id: string; name: string; lead: string[] }[];
    };
    const tasks = p.tasks.filter((t) => t.source === 'table').map((t): Brief => [t.id, t.name, t.lead]);
    expect(tasks).toEqual(c.expect);
  });
});
