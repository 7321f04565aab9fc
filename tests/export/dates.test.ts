import { describe, expect, it } from 'vitest';
import { fullDate, partialDateText, periodEnd } from '../../src/export/dates.js';
import { isPlanFile, isTemporaryFile } from '../../src/cli/inputs.js';

const utc = (y: number, m: number, d: number): Date => new Date(Date.UTC(y, m - 1, d));

describe('dates for the workbook', () => {
  it('a full date is a date; anything else is not', () => {
    expect(fullDate('2030-01-01')).toEqual(utc(2030, 1, 1));
    expect(fullDate('2026-02-30')).toBeNull();
    for (const s of ['2026-12', '2027-Q3', '2027', '2026/2030', '', null]) expect(fullDate(s)).toBeNull();
  });

  it('hạn cuối: the last day of the month, quarter or year named, the end of a range', () => {
    const cases: [string, Date | null][] = [
      ['2026-12', utc(2026, 12, 31)],
      ['2026-02', utc(2026, 2, 28)],
      ['2028-02', utc(2028, 2, 29)],
      ['2027-Q1', utc(2027, 3, 31)],
      ['2027-Q3', utc(2027, 9, 30)],
      ['2027-Q4', utc(2027, 12, 31)],
      ['2027', utc(2027, 12, 31)],
      ['2026/2030', utc(2030, 12, 31)],
      ['2025-Q4/2026-Q2', utc(2026, 6, 30)],
      ['2030-01-01', utc(2030, 1, 1)],
      ['2026-13', null],
      ['Thường xuyên', null],
    ];
    for (const [s, d] of cases) expect(periodEnd(s), s).toEqual(d);
    expect(periodEnd(null)).toBeNull();
  });

  it('a date without its day is written as a clerk writes it', () => {
    expect(partialDateText('2026-06')).toBe('06/2026');
    expect(partialDateText('2026')).toBe('2026');
  });
});

describe('Windows habits: office lock and temporary files are not plans', () => {
  it.each([
    '~$ke-hoach.docx',
    '~$KH 01.DOCX',
    '~WRD0001.doc',
    '~WRL0003.tmp',
    '.~lock.ke-hoach.docx#',
    'ke-hoach.docx.crdownload',
    'ke-hoach.pdf.part',
  ])('%s is skipped', (name) => {
    expect(isTemporaryFile(name)).toBe(true);
    expect(isPlanFile(name)).toBe(false);
  });
  it.each(['ke-hoach.docx', 'KH-01~ban-sao.docx', 'bao-cao.tmp.docx', 'a.PDF'])('%s is a plan file', (name) => {
    expect(isPlanFile(name)).toBe(true);
  });
});
