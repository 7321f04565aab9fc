/** PDF layout: one page's reading order of running text, column zones and tables. */
import type { Grid } from '../grid.js';
import { groupLines, toVLine, type Seg, type VLine } from '../lines.js';
import type { PdfItem, PdfPage } from '../types.js';
import { columnZone } from './column-zones.js';
import { inGrid, tableRows } from './tables.js';
import { norm, type Flow, type PLine } from './types.js';

function segLine(s: Seg, page: number, left: number, right: number): PLine {
  return { text: norm(s.text), x0: s.x0, x1: s.x1, y: s.y, size: s.size, bold: s.bold > 0.9, page, left, right };
}

/** A piece of the page's reading order and the height it starts at. */
type Piece = { y: number; flow: Flow };

/**
 * One page in reading order: its items split between the tables (grids) and the running text,
 * the text's column bounds, the pieces (tables, running text, two-column zones), then the
 * pieces sorted top to bottom with running text split around the tables.
 */
export function pageFlow(page: PdfPage, drop: Set<PdfItem>, grids: Grid[]): { flow: Flow[]; left: number; right: number } {
  const { tableItems, free } = splitItems(page, drop, grids);
  const vlines = groupLines(free)
    .map(toVLine)
    .filter((l) => l.segs.length);
  const { left, right } = textBounds(vlines, page.width);
  const pieces = [...tablePieces(grids, tableItems, page.num), ...linePieces(vlines, page.num, left, right)];
  return { flow: readingOrder(pieces), left, right };
}

/** The page's items (but the dropped ones): those inside each grid, and the rest. */
function splitItems(page: PdfPage, drop: Set<PdfItem>, grids: Grid[]): { tableItems: PdfItem[][]; free: PdfItem[] } {
  const tableItems = grids.map(() => [] as PdfItem[]);
  const free: PdfItem[] = [];
  for (const it of page.items) {
    if (drop.has(it)) continue;
    const g = inGrid(grids, it);
    if (g >= 0) tableItems[g]!.push(it);
    else free.push(it);
  }
  return { tableItems, free };
}

/** Text column bounds: where most lines start and end. */
function textBounds(vlines: VLine[], width: number): { left: number; right: number } {
  const x0s = vlines.map((l) => l.segs[0]!.x0).sort((a, b) => a - b);
  const x1s = vlines.map((l) => l.segs[l.segs.length - 1]!.x1).sort((a, b) => a - b);
  const left = x0s.length ? x0s[Math.floor(x0s.length * 0.1)]! : 0;
  const right = x1s.length ? x1s[Math.floor(x1s.length * 0.9)]! : width;
  return { left, right };
}

function tablePieces(grids: Grid[], tableItems: PdfItem[][], page: number): Piece[] {
  const pieces: Piece[] = [];
  grids.forEach((grid, g) => {
    const rows = tableRows(grid, tableItems[g]!, page);
    if (rows.length) pieces.push({ y: grid.y0, flow: { kind: 'table', grid, rows, page } });
  });
  return pieces;
}

/** Running text in runs of lines, and two-column zones (header and signature blocks) as a left and a right column. */
function linePieces(vlines: VLine[], page: number, left: number, right: number): Piece[] {
  const pieces: Piece[] = [];
  let run: PLine[] = [];
  let runY = 0;
  const flushRun = (): void => {
    if (run.length) pieces.push({ y: runY, flow: { kind: 'lines', lines: run, column: false } });
    run = [];
  };
  for (let i = 0; i < vlines.length; i++) {
    const l = vlines[i]!;
    const zone = l.segs.length > 1 ? columnZone(vlines, i) : null;
    if (zone && zone.start >= i - 20) {
      // Lines of the zone that were already emitted as running text are taken back.
      const back = i - zone.start;
      if (back > 0) run.splice(run.length - back, back);
      flushRun();
      pieces.push(...zonePieces(vlines.slice(zone.start, zone.end), zone, page, left, right));
      i = zone.end - 1;
      continue;
    }
    if (!run.length) runY = l.y;
    run.push(runLine(l, page, left, right));
  }
  flushRun();
  return pieces;
}

/** A zone's segments split at its gutter into a left and a right column. */
function zonePieces(zl: VLine[], zone: { gl: number; gr: number }, page: number, left: number, right: number): Piece[] {
  const mid = (zone.gl + zone.gr) / 2;
  const leftCol: PLine[] = [];
  const rightCol: PLine[] = [];
  for (const zline of zl) {
    for (const s of zline.segs) {
      if (s.x1 <= mid) leftCol.push(segLine(s, page, left, zone.gl));
      else rightCol.push(segLine(s, page, zone.gr, right));
    }
  }
  const y = zl[0]!.y;
  const out: Piece[] = [];
  if (leftCol.length) out.push({ y, flow: { kind: 'lines', lines: leftCol, column: true, key: y } });
  if (rightCol.length) out.push({ y: y + 0.001, flow: { kind: 'lines', lines: rightCol, column: true, key: y + 0.001 } });
  return out;
}

/** A line with several segments that is not part of a zone: read left to right. */
function runLine(l: VLine, page: number, left: number, right: number): PLine {
  const s0 = l.segs[0]!;
  const sl = l.segs[l.segs.length - 1]!;
  const text = norm(l.segs.map((s) => s.text).join(' '));
  const boldAll = l.segs.every((s) => s.bold > 0.9);
  return { text, x0: s0.x0, x1: sl.x1, y: l.y, size: l.size, bold: boldAll, page, left, right };
}

/** Reading order: by vertical position; a table splits the running text around it. */
function readingOrder(pieces: Piece[]): Flow[] {
  const out: Flow[] = [];
  const sorted = pieces.sort((a, b) => a.y - b.y);
  for (const p of sorted) {
    if (p.flow.kind === 'lines' && !p.flow.column) {
      // Split running text at the tables that stand between its lines.
      const tables = sorted.filter((q) => q.flow.kind === 'table' && q.y > p.y);
      let cur: PLine[] = [];
      let ti = 0;
      for (const ln of p.flow.lines) {
        while (ti < tables.length && tables[ti]!.y < ln.y - ln.size) {
          if (cur.length) out.push({ kind: 'lines', lines: cur, column: false });
          cur = [];
          ti++;
        }
        cur.push(ln);
      }
      if (cur.length) out.push({ kind: 'lines', lines: cur, column: false });
    } else {
      out.push(p.flow);
    }
  }
  // Sorting by start y put split running text before tables; restore true order.
  out.sort((a, b) => flowY(a) - flowY(b));
  return out;
}

function flowY(f: Flow): number {
  if (f.kind === 'table') return f.grid.y0;
  return f.key ?? f.lines[0]!.y;
}
