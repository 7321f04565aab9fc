/** PDF layout: a table continued on the next page, joined to its first part. */
import type { TableRow } from '../../../model/blocks.js';
import { squash } from '../../../text/vietnamese.js';
import type { Grid } from '../grid.js';

export function rowKey(r: TableRow): string {
  return r.cells.map((c) => c.text.toLowerCase()).join('\u0001');
}

export function sameColumns(a: Grid, b: Grid): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const wa = a.x1 - a.x0;
  const wb = b.x1 - b.x0;
  return a.xs.every((x, i) => Math.abs((x - a.x0) / wa - (b.xs[i]! - b.x0) / wb) < 0.02);
}

export function mergeRow(into: TableRow, from: TableRow): boolean {
  if (into.cells.length !== from.cells.length) return false;
  if (!into.cells.every((c, i) => c.colspan === from.cells[i]!.colspan)) return false;
  into.cells = into.cells.map((c, i) => {
    const f = from.cells[i]!;
    if (!f.text) return c;
    return { ...c, text: squash(`${c.text} ${f.text}`), lines: [...c.lines, ...f.lines], bold: c.text ? c.bold && f.bold : f.bold };
  });
  return true;
}

/** Leading rows that are headings of the table (bold, or before the first numbered row). */
export function headerRowCount(rows: TableRow[]): number {
  let n = 0;
  while (n < rows.length && n < 3) {
    const first = rows[n]!.cells[0]?.text ?? '';
    if (/^(\d+|[IVXLC]+)\.?$/.test(first) || /^[IVXLC]+\s/.test(first)) break;
    n++;
  }
  return n;
}
