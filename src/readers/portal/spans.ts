/** Portal tables: header cells that span rows or columns. */
import type { TableRow } from '../../model/blocks.js';
import type { DRow } from './decode.js';

/**
 * Two header rows where the first has fewer cells: its leading cells span both rows and its
 * trailing cells span the columns of the second row ("Đối tượng quan trắc" over four columns).
 */
export function applyHeaderSpans(rows: TableRow[], drows: DRow[], k: number): void {
  if (drows.length < 2 || !drows[0]!.header || !drows[1]!.header) return;
  const top = drows[0]!.cells;
  const h = top.length;
  const sub = rows[1]!.cells.filter((c) => c.text).length;
  if (h >= k || top[h - 1]!.col !== h) return;
  const lead = k - sub;
  const trailing = h - lead;
  if (lead < 0 || trailing < 1 || sub % trailing !== 0) return;
  const span = sub / trailing;
  const cells = rows[0]!.cells.slice(0, h).map((c, i) => (i < lead ? { ...c, rowspan: 2 } : { ...c, colspan: span }));
  rows[0] = { ...rows[0]!, cells };
  rows[1] = { ...rows[1]!, cells: rows[1]!.cells.slice(lead) };
}
