/** PDF layout: running headers, footers and page numbers, dropped. */
import type { Grid } from '../grid.js';
import { groupLines, joinItems } from '../lines.js';
import type { PdfItem, PdfPage } from '../types.js';
import { inGrid } from './tables.js';
import { norm } from './types.js';
import { isPageNumberLine } from '../../../text/page-number.js';

/** Items that make up page numbers and running headers/footers. */
export function runningItems(pages: PdfPage[], grids: Grid[][]): Set<PdfItem> {
  const drop = new Set<PdfItem>();
  const byKey = new Map<string, PdfItem[][]>();
  pages.forEach((page, pi) => {
    const pg = grids[pi]!;
    const lines = groupLines(pg.length ? page.items.filter((it) => inGrid(pg, it) < 0) : page.items);
    if (!lines.length) return;
    const margin = page.height * 0.1;
    const edge = [lines[0]!, lines[lines.length - 1]!];
    if (lines.length > 1) edge.push(lines[1]!, lines[lines.length - 2]!);
    const seen = new Set<PdfItem[]>();
    for (const l of edge) {
      if (seen.has(l)) continue;
      seen.add(l);
      const y = l[0]!.y;
      const inMargin = y < margin + l[0]!.size || y > page.height - margin;
      if (!inMargin) continue;
      const text = norm(joinItems(l).text);
      if (isPageNumberLine(text) && (l === lines[0] || l === lines[lines.length - 1])) {
        for (const it of l) drop.add(it);
        continue;
      }
      const key = `${y < page.height / 2 ? 'top' : 'bottom'}|${text.replace(/\d+/g, '#').toLowerCase()}`;
      const list = byKey.get(key);
      if (list) list.push(l);
      else byKey.set(key, [l]);
    }
  });
  const need = Math.max(3, Math.ceil(pages.length * 0.5));
  for (const [, lists] of byKey) {
    if (lists.length >= need) for (const l of lists) for (const it of l) drop.add(it);
  }
  return drop;
}
