/** Deadlines and dates (src/extract/dates.ts). */
import { describe, expect, it } from 'vitest';
import { parseDateText, parseDeadline } from '../../src/extract/dates.js';

describe('deadlines', () => {
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
  it('a date d/m/yyyy', () => expect(parseDateText('18/5/2026')).toBe('2026-05-18'));
});
