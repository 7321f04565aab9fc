/** Splitting a lead/support cell into units (src/extract/units.ts). */
import { describe, expect, it } from 'vitest';
import { splitUnits } from '../../src/extract/units.js';

describe('units of a cell', () => {
  it('splits units on ";" and bullets, never on "," or a bare " - "', () => {
    const cell = (text: string) => ({ text, lines: [text], bold: false, fromRowSpan: false });
    expect(splitUnits(cell('Phòng Tài chính, Kế hoạch và Đầu tư; Phòng Văn hóa - Xã hội.'), true)).toEqual(['Phòng Tài chính, Kế hoạch và Đầu tư', 'Phòng Văn hóa - Xã hội']);
    expect(splitUnits(cell('- Chi cục A chủ trì nội dung X. - Chi cục B chủ trì nội dung Y.'), true)).toEqual(['Chi cục A chủ trì nội dung X', 'Chi cục B chủ trì nội dung Y']);
  });
});
