/** CSV export (EXTRACTION.md "CSV"): shared by `extract --format csv` and `batch`. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CSV_COLUMNS, CSV_FILES, csvHeader, csvRows, planCsvBodies, planToCsv } from '../../src/export/csv.js';
import type { Plan } from '../../src/model/plan.js';
import { FIXTURES, ghplan, parseCsv, tempDir } from '../batch/helpers.js';

const plan = {
  schemaVersion: '1',
  source: { file: 'kế-hoạch.txt', format: 'txt', sha256: '0'.repeat(64), bytes: 1 },
  document: {
    kind: 'KH',
    number: '16/KH-UBND',
    symbol: 'KH-UBND',
    issuer: 'Ủy ban nhân dân xã Vĩnh Am',
    place: null,
    date: null,
    title: null,
    references: [],
    signer: null,
    recipients: [],
  },
  sections: [
    {
      number: 'II',
      path: 'II',
      heading: 'MỤC TIÊU',
      kinds: ['muc_tieu'],
      level: 1,
      at: { line: 1 },
      text: '',
      children: [
        { number: '2', path: 'II.2', heading: 'Mục tiêu cụ thể', kinds: ['muc_tieu'], level: 2, at: { line: 2 }, text: '', children: [] },
      ],
    },
    { number: null, path: null, heading: 'PHỤ LỤC', kinds: ['phu_luc'], level: 1, at: { line: 9 }, text: '', children: [] },
  ],
  indicators: [
    {
      text: 'Tiết kiệm tối thiểu 8,5% điện năng',
      value: 8.5,
      unit: '%',
      op: '>=',
      change: null,
      year: 2030,
      section: 'II.2',
      at: { line: 3 },
    },
    { text: '=1+1', value: -3, unit: null, op: '=', change: 'decrease', year: null, section: null, at: { line: 4 } },
  ],
  tasks: [
    {
      source: 'table',
      id: 'I.2',
      group: 'I',
      groupTitle: 'Chuyển đổi xanh',
      number: '2',
      parent: null,
      name: '+Trạm sạc, "điện"',
      output: '@SUM(A1)',
      deadline: { text: 'Tháng 12/2028', date: '2028-12' },
      lead: ['Phòng Kinh tế', '-Phòng Văn hóa - Xã hội'],
      support: [],
      priority: true,
      at: { line: 10 },
    },
  ],
  assignments: [{ unit: 'Phòng Kinh tế xã', duties: ['Tham mưu', 'Theo dõi\nbáo cáo'], section: 'IV.1', at: { line: 5 } }],
  diagnostics: [],
} as unknown as Plan;

/** The index of a column in a CSV file, by its contract name. */
const col = (file: keyof typeof CSV_COLUMNS, name: string): number => {
  const i = CSV_COLUMNS[file].indexOf(name);
  if (i < 0) throw new Error(`${file} has no column ${name}`);
  return i;
};

describe('csv', () => {
  it('header rows carry the BOM, the spec columns and CRLF', () => {
    for (const name of CSV_FILES) {
      const h = csvHeader(name);
      expect(h.startsWith('\uFEFF')).toBe(true);
      expect(h).toBe(`\uFEFF${CSV_COLUMNS[name].join(',')}\r\n`);
    }
  });

  it('one row per item; list cells joined with "; "; section paths dotted', () => {
    const rows = csvRows(plan);
    expect(rows['indicators.csv']).toHaveLength(2);
    expect(rows['tasks.csv']).toHaveLength(1);
    expect(rows['sections.csv'].map((r) => r[2])).toEqual(['II', 'II.2', '']);
    expect(rows['assignments.csv'][0]![3]).toBe('Tham mưu; Theo dõi\nbáo cáo');
    expect(rows['tasks.csv'][0]![col('tasks.csv', 'lead')]).toBe('Phòng Kinh tế; -Phòng Văn hóa - Xã hội');
    expect(rows['tasks.csv'][0]![col('tasks.csv', 'priority')]).toBe('x');
    expect(rows['tasks.csv'][0]![col('tasks.csv', 'source')]).toBe('table');
    expect(rows['indicators.csv'][1]![col('indicators.csv', 'change')]).toBe('decrease');
  });

  it('escapes cells that would start a formula, keeps numbers as numbers', () => {
    const files = planToCsv(plan);
    const ind = parseCsv(files['indicators.csv'].slice(1));
    expect(ind[2]![col('indicators.csv', 'text')]).toBe("'=1+1");
    expect(ind[2]![col('indicators.csv', 'value')]).toBe('-3');
    expect(ind[1]![col('indicators.csv', 'value')]).toBe('8.5');
    const task = parseCsv(files['tasks.csv'].slice(1))[1]!;
    expect(task[col('tasks.csv', 'name')]).toBe('\'+Trạm sạc, "điện"');
    expect(task[col('tasks.csv', 'output')]).toBe("'@SUM(A1)");
  });

  it('every record ends with CRLF; a line break inside a cell stays quoted', () => {
    const text = planToCsv(plan)['assignments.csv'];
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text).toContain('"Tham mưu; Theo dõi\nbáo cáo"');
    expect(text.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g)).toBeNull();
  });

  it('planToCsv = header + planCsvBodies, with the file column overridable', () => {
    const bodies = planCsvBodies(plan, 'sub/x.txt');
    const whole = planToCsv(plan, 'sub/x.txt');
    for (const name of CSV_FILES) expect(whole[name]).toBe(csvHeader(name) + bodies[name]);
    expect(bodies['tasks.csv'].startsWith('sub/x.txt,')).toBe(true);
    expect(planToCsv(plan)['tasks.csv']).toContain('\r\nkế-hoạch.txt,');
  });

  it('extract --format csv and batch write the same CSV bytes for one file', () => {
    const dir = tempDir();
    const cwd = join(FIXTURES, 'good');
    const file = '001_e1cdb5c5b8b00bae.txt';
    expect(ghplan(['extract', file, '--format', 'csv', '--out', join(dir, 'e'), '--quiet'], { cwd }).code).toBe(0);
    expect(ghplan(['batch', file, '--out', join(dir, 'b'), '--quiet'], { cwd }).code).toBe(0);
    for (const name of CSV_FILES) expect(readFileSync(join(dir, 'e', name)).equals(readFileSync(join(dir, 'b', name))), name).toBe(true);
  });
});
