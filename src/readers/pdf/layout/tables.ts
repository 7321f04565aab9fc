/** PDF layout: tables rebuilt from their bordered grids. */
import type { TableCell, TableRow } from '../../../model/blocks.js';
import { bandOf, type Grid, type GridCell } from '../grid.js';
import { groupLines, joinItems, joinLines } from '../lines.js';
import type { PdfItem } from '../types.js';
import { norm } from './types.js';

export function tableRows(grid: Grid, items: PdfItem[], page: number): TableRow[] {
  const nr = grid.ys.length - 1;
  const buckets = new Map<GridCell, PdfItem[]>();
  for (const it of items) {
    const cx = it.x + Math.min(it.w, it.size) / 2;
    const cy = it.y - it.size * 0.3;
    const c = bandOf(grid.xs, cx);
    const r = bandOf(grid.ys, cy);
    if (r < 0 || c < 0 || r >= nr) continue;
    const cell = grid.owner[r]![c]!;
    const b = buckets.get(cell);
    if (b) b.push(it);
    else buckets.set(cell, [it]);
  }
  const rows: TableRow[] = [];
  for (let r = 0; r < nr; r++) {
    const cells: TableCell[] = grid.rows[r]!.map((gc) => {
      const its = buckets.get(gc) ?? [];
      const lines: string[] = [];
      let bold = 0;
      let chars = 0;
      for (const l of groupLines(its)) {
        const j = joinItems(l);
        const t = norm(j.text);
        if (!t) continue;
        lines.push(t);
        bold += j.bold * t.length;
        chars += t.length;
      }
      return { text: joinLines(lines), lines, bold: chars > 0 && bold / chars > 0.9, colspan: gc.c1 - gc.c0, rowspan: gc.r1 - gc.r0 };
    });
    // Row bands with no cell starting in them (all covered by rowspans) carry nothing.
    if (!cells.length) continue;
    rows.push({ cells, at: { line: 0, page } });
  }
  // Bands that only hold empty cells are drawing artefacts (e.g. a border drawn twice).
  return rows.filter((row) => row.cells.some((c) => c.text));
}

export function inGrid(grids: Grid[], it: PdfItem): number {
  const cx = it.x + Math.min(it.w, it.size) / 2;
  const cy = it.y - it.size * 0.3;
  return grids.findIndex((gr) => cx >= gr.x0 && cx <= gr.x1 && cy >= gr.y0 && cy <= gr.y1);
}
