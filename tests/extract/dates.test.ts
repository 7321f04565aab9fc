/** Deadlines and dates (src/extract/dates.ts): `deadline.date` (EXTRACTION.md "Tasks from tables"), valid and invalid phrasings per rule. */
import { describe, expect, it } from 'vitest';
import { parseDateText, parseDeadline } from '../../src/extract/dates.js';

describe('parseDeadline: the written forms', () => {
  it.each([
    ['Tháng 12/2026', '2026-12'],
    ['tháng 6 năm 2027', '2027-06'],
    ['Quý III/2027', '2027-Q3'],
    ['Quí IV-2025', '2025-Q4'],
    ['Quý 2/2026', '2026-Q2'],
    ['Năm 2027', '2027'],
    ['2026-2030', '2026/2030'],
    ['2026 – 2030', '2026/2030'],
    ['Giai đoạn 2026 - 2030', '2026/2030'],
    ['Quý IV/2025 - Quý II/2026', '2025-Q4/2026-Q2'],
    ['trước ngày 01/01/2030', '2030-01-01'],
    ['30/6/2027', '2027-06-30'],
    ['ngày 15 tháng 3 năm 2027', '2027-03-15'],
    ['Xong trong Quý II/2026', '2026-Q2'],
  ])('%s → %s', (text, date) => expect(parseDeadline(text)).toBe(date));
});

describe('parseDeadline: text without a date is null', () => {
  it.each(['Hằng năm', 'Hàng năm', 'Thường xuyên', 'Tháng 12 hằng năm', 'Theo lộ trình', 'Định kỳ hằng quý', 'Liên tục', ''])(
    '%s',
    (text) => expect(parseDeadline(text)).toBeNull(),
  );
});

describe('parseDeadline: a cited document’s date is never a deadline', () => {
  it.each([
    'Theo Thông tư số 12/2019/TT-BNV ngày 10/3/2019',
    'Theo Kế hoạch số 133/KH-UBND ngày 16/4/2026 của UBND thành phố',
    'Thực hiện theo Nghị quyết 08-NQ/TU ngày 29/01/2026',
    'Theo Quyết định số 1899/QĐ-TTg',
    'Theo Nghị định ngày 15 tháng 5 năm 2024',
  ])('%s → null', (text) => expect(parseDeadline(text)).toBeNull());
  it.each([
    ['Tháng 6/2026 theo Nghị định 106/2024/NĐ-CP', '2026-06'],
    ['Quý III/2026 (theo Thông tư số 12/2019/TT-BNV ngày 10/3/2019)', '2026-Q3'],
  ])('the deadline beside a citation stays: %s', (text, date) => expect(parseDeadline(text)).toBe(date));
});

describe('parseDeadline: relative deadlines and start dates are null', () => {
  it.each([
    'Sau 06 tháng kể từ ngày Luật có hiệu lực',
    'Trong vòng 30 ngày kể từ ngày 01/7/2026',
    'Trước ngày 10 hằng tháng',
    'Sau 3 tháng',
    'Từ 01/01/2027',
    'Bắt đầu từ tháng 3/2027',
    'Năm 2027 và các năm tiếp theo',
    '2025 và những năm tiếp theo',
    'Từ năm 2026 trở đi',
  ])('%s', (text) => expect(parseDeadline(text)).toBeNull());
});

describe('parseDeadline: spans and several deadlines', () => {
  it.each([
    ['Từ tháng 3 đến tháng 9/2027', '2027-03/2027-09'],
    ['Từ tháng 3/2027 đến tháng 9/2027', '2027-03/2027-09'],
    ['Từ Quý I đến Quý III/2027', '2027-Q1/2027-Q3'],
    ['Từ năm 2026 đến năm 2030', '2026/2030'],
    ['Tháng 3/2027, tháng 9/2027 và tháng 12/2027', '2027-12'],
    ['Quý II/2026; Quý IV/2026', '2026-Q4'],
    ['Tháng 6/2026 (sơ kết) và tháng 12/2026 (tổng kết)', '2026-12'],
  ])('%s → %s', (text, date) => expect(parseDeadline(text)).toBe(date));
});

describe('parseDeadline: the year of the deadline header completes dates', () => {
  it.each([
    ['Tháng 3', '2027-03'],
    ['Quý II', '2027-Q2'],
    ['15/3', '2027-03-15'],
    ['Từ tháng 3 đến tháng 9', '2027-03/2027-09'],
    ['Tháng 3/2028', '2028-03'],
    ['Tháng 12 hằng năm', null],
  ])('%s (năm 2027) → %s', (text, date) => expect(parseDeadline(text, { year: 2027 })).toBe(date));
  it.each(['Tháng 3', 'Quý II', '15/3'])('without a header year, %s has no date', (text) => expect(parseDeadline(text)).toBeNull());
});

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

describe('parseDeadline: cells with many dates', () => {
  it('a cell listing thousands of dates gives the last, and yearless months take the next year written', () => {
    expect(parseDeadline('Tháng 12/2027 '.repeat(3000) + 'Tháng 6/2028')).toBe('2028-06');
    // 2,000 months without a year, the last one "tháng 8": each takes the header's year
    const months = Array.from({ length: 2000 }, (_, i) => `tháng ${(i % 12) + 1}`).join(', ');
    expect(parseDeadline(months, { year: 2029 })).toBe('2029-08');
    expect(parseDeadline(`${months}, Quý IV/2030`)).toBe('2030-Q4');
    expect(parseDeadline(`Từ tháng 3 đến tháng 9/2027`)).toBe('2027-03/2027-09');
    expect(parseDeadline('tháng 3, tháng 5', { year: 2026 })).toBe('2026-05');
  });
});
