// Where a produced line of text stands in the line as written (src/text/columns.ts).
import { describe, expect, it } from 'vitest';
import { columnIn } from '../../src/text/columns.js';

describe('columnIn: the column of a text in its source line', () => {
  it.each([
    ['plain line', 'Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo', 1],
    ['indented', '    Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo', 5],
    ['list item', '  - Tỷ lệ hộ nghèo', 'Tỷ lệ hộ nghèo', 5],
    ['markdown heading', '## II. MỤC TIÊU', 'II. MỤC TIÊU', 4],
    ['bold markup', '- **Phấn đấu** 100%', 'Phấn đấu 100%', 5],
    ['tab before', '\tĐơn vị chủ trì: Văn phòng', 'Đơn vị chủ trì: Văn phòng', 2],
  ])('%s', (_name, source, text, column) => {
    expect(columnIn(source, text)).toBe(column);
  });

  it('a piece further in the line is looked for from where it would stand without markup', () => {
    const source = '- **Phấn đấu** 100% thôn; 95% hồ sơ';
    const text = 'Phấn đấu 100% thôn; 95% hồ sơ';
    // "95%" is at 20 in the produced text; markup before it moves it to 26 in the source
    expect(columnIn(source, text, text.indexOf('95%'), text.indexOf('95%'))).toBe(source.indexOf('95%') + 1);
    expect(source.indexOf('95%') + 1).toBe(27);
  });

  it('a text that is not in the line, or empty, has no column', () => {
    expect(columnIn('Tỷ lệ hộ nghèo', 'Mục tiêu')).toBeUndefined();
    expect(columnIn('Tỷ lệ hộ nghèo', '')).toBeUndefined();
    expect(columnIn('a b', ' b')).toBeUndefined();
  });
});
