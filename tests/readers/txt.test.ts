import { describe, expect, it } from 'vitest';
import type { TableBlock } from '../../src/model/blocks.js';
import { readText } from '../../src/readers/txt.js';

async function tabCells(row: string): Promise<{ text: string; lines: string[] }[]> {
  const text = ['TT\tNội dung\tĐơn vị chủ trì\tThời gian', `1\t${row}\t2025`].join('\n');
  const { blocks } = await readText(text, 'txt');
  const table = blocks.find((b): b is TableBlock => b.type === 'table');
  expect(table, 'a tab-separated table').toBeDefined();
  return table!.rows[1]!.cells.map(({ text, lines }) => ({ text, lines }));
}

describe('tab-separated table cells', () => {
  it.each([
    ['Phòng A<br>Phòng B', ['Phòng A', 'Phòng B']],
    ['Phòng A<br/>Phòng B', ['Phòng A', 'Phòng B']],
    ['Phòng A<br />Phòng B', ['Phòng A', 'Phòng B']],
    ['Phòng A<BR>Phòng B', ['Phòng A', 'Phòng B']],
    ['<b>Phòng A</b><br><i>Phòng B</i>', ['Phòng A', 'Phòng B']],
    ['Phòng A\\nPhòng B', ['Phòng A', 'Phòng B']],
  ])('a line break in a cell (%s) separates its lines, and the text joins them with a space', async (cell, lines) => {
    const cells = await tabCells(`Lập kế hoạch\t${cell}`);
    expect(cells[2]).toEqual({ text: lines.join(' '), lines });
  });

  it.each([
    ['Sở Tài chính', ['Sở Tài chính']],
    ['<b>Sở  Tài chính</b>', ['Sở Tài chính']],
    ['<br>', []],
  ])('a cell without a break (%s) is one line', async (cell, lines) => {
    const cells = await tabCells(`Lập kế hoạch\t${cell}`);
    expect(cells[2]).toEqual({ text: lines.join(' '), lines });
  });
});
