/**
 * Indicator rules through the CLI as a process, on small fixture plans (fixtures/indicators/):
 * the JSON of `ghplan extract` and the `max` / `change` columns of indicators.csv.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, ghplan, readCsv, tempDir } from '../batch/helpers.js';

const fixture = (name: string): string => join(ROOT, 'fixtures/indicators', name);

function extract(name: string) {
  const r = ghplan(['extract', fixture(name)]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout);
}

describe('ghplan extract: indicators of a plan whose only period is in its title', () => {
  const plan = extract('period-in-title.txt');
  const rows = plan.indicators.map((i: any) => [i.value, i.max ?? null, i.unit, i.op, i.change, i.year]);

  it('reads every comparator, unit, split, range and rank rule, with the title year', () => {
    expect(rows).toEqual([
      [100, null, 'nghìn lượt', '~', null, 2030],
      [20, null, 'khách sạn', '>=', null, 2030],
      [5, null, 'điểm đến', '=', null, 2030],
      [100, null, '%', '=', null, 2030],
      [90, null, '%', '>=', null, 2030],
      [3, null, '%', '<=', null, 2030],
      [80, null, '%', '=', null, 2030],
      [60, null, '%', '=', null, 2030],
      [12, null, '%', '=', 'increase', 2030],
      [25, null, '%', '=', null, 2030],
      [15, null, 'homestay', '=', null, 2030],
      [95, null, '%', '=', null, 2030],
      [10, null, 'địa phương', '<=', null, 2030],
    ]);
  });
  it('numbers of the general target and of the tasks are not indicators', () => {
    expect(plan.indicators.every((i: any) => i.section === 'II.2')).toBe(true);
  });
  it('an unlisted measure word is flagged, not dropped', () => {
    const d = plan.diagnostics.filter((x: any) => x.code === 'indicator.unknown-unit');
    expect(d).toHaveLength(1);
    expect(d[0]).toMatchObject({ severity: 'info', at: { line: plan.indicators[10].at.line } });
    expect(d[0].message).toContain('homestay');
  });
});

describe('ghplan extract --format csv: max and change columns', () => {
  it('writes the range maximum and the change of a cut', () => {
    const out = tempDir('ghplan-ind-');
    const r = ghplan(['extract', fixture('year-in-title.txt'), '--format', 'csv', '--out', out]);
    expect(r.code, r.stderr).toBe(0);
    const csv = readCsv(join(out, 'indicators.csv'));
    expect(csv.header).toEqual(['file', 'document_number', 'issuer', 'section', 'value', 'max', 'unit', 'op', 'change', 'year', 'text']);
    const col = (name: string) => csv.header.indexOf(name);
    expect(csv.rows.map((x) => [x[col('value')], x[col('max')], x[col('unit')], x[col('op')], x[col('change')], x[col('year')]])).toEqual([
      ['20', '', '%', '>=', 'decrease', '2026'],
      ['25', '', 'µg/m3', '<=', '', '2026'],
      ['2', '', '%', '<=', '', '2026'],
      ['60', '70', '%', '>=', '', '2026'],
      // a cell starting with "=" is written as text (EXTRACTION.md "CSV")
      ['100', '', '%', "'=", '', '2027'],
      ['80', '', '%', "'=", '', '2027'],
    ]);
    expect(csv.rows[4]![col('text')]).toBe('100% cán bộ, công chức, viên chức');
  });
});
