/**
 * Page data to blocks: bordered tables rebuilt from their grids, running page numbers and
 * headers/footers dropped, two-column zones (issuer/date header, recipients/signature)
 * read column by column, and lines joined back into paragraphs across page breaks.
 */
import type { Block, ParagraphBlock, TableBlock, TableCell, TableRow, TextLine } from '../../model/blocks.js';
import { diag, type Diagnostic } from '../../model/diagnostics.js';
import { normalizeText, squash, upperRatio } from '../../text/vietnamese.js';
import { bandOf, findGrids, type Grid, type GridCell } from './grid.js';
import { groupLines, joinItems, joinLines, toVLine, type Seg, type VLine } from './lines.js';
import type { PdfItem, PdfPage } from './types.js';

/** A line of running text, ready for paragraph building. */
interface PLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
  /** Text column bounds the line belongs to. */
  left: number;
  right: number;
}

/** One element of a page's reading order. */
type Flow =
  | { kind: 'lines'; lines: PLine[]; column: boolean; key?: number }
  | { kind: 'table'; grid: Grid; rows: TableRow[]; page: number };

const MARKER = /^([-+•–*])\s+/;
const NUMBERED = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[a-zđ]\)|\d+\)|PHẦN\s+[IVXLC\d]+|Phần\s+[IVXLC\d]+|Điều\s+\d+)(?:\s|$)/;
const PAGE_NUMBER = /^(?:trang\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*\/\s*\d{1,4})?$/i;

function norm(s: string): string {
  return squash(normalizeText(s));
}

// ---- tables ----------------------------------------------------------------------------

function tableRows(grid: Grid, items: PdfItem[], page: number): TableRow[] {
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

// ---- page to flow ------------------------------------------------------------------------

function segLine(s: Seg, page: number, left: number, right: number): PLine {
  return { text: norm(s.text), x0: s.x0, x1: s.x1, y: s.y, size: s.size, bold: s.bold > 0.9, page, left, right };
}

/** The run of lines around line `i` (which has a wide gap) that share a vertical gutter. */
function columnZone(lines: VLine[], i: number): { start: number; end: number; gl: number; gr: number } | null {
  const segs = lines[i]!.segs;
  let best = -1;
  let bestGap = 0;
  for (let k = 1; k < segs.length; k++) {
    const g = segs[k]!.x0 - segs[k - 1]!.x1;
    if (g > bestGap) {
      bestGap = g;
      best = k;
    }
  }
  if (best < 0) return null;
  let gl = Math.max(...segs.slice(0, best).map((s) => s.x1));
  let gr = Math.min(...segs.slice(best).map((s) => s.x0));
  const fits = (l: VLine): { gl: number; gr: number } | null => {
    let a = gl;
    let b = gr;
    for (const s of l.segs) {
      if (s.x1 <= b - 4 && s.x0 < a + 4) a = Math.max(a, s.x1);
      else if (s.x0 >= a + 4 && s.x1 > b - 4) b = Math.min(b, s.x0);
      else return null;
    }
    return b - a >= 8 ? { gl: a, gr: b } : null;
  };
  const crosses = (l: VLine | undefined): boolean => !!l && l.segs.some((s) => s.x0 < gl - 4 && s.x1 > gr + 4);
  let start = i;
  while (start > 0) {
    const cand = lines[start - 1]!;
    const f = fits(cand);
    if (!f || lines[start]!.y - cand.y > 8 * cand.size) break;
    // A short line right under a full-width line is the tail of that paragraph.
    const above = lines[start - 2];
    if (above && crosses(above) && cand.y - above.y <= 1.7 * cand.size) break;
    gl = f.gl;
    gr = f.gr;
    start--;
  }
  let end = i + 1;
  while (end < lines.length) {
    const cand = lines[end]!;
    const f = fits(cand);
    if (!f || cand.y - lines[end - 1]!.y > 8 * cand.size) break;
    const below = lines[end + 1];
    if (below && crosses(below) && below.y - cand.y <= 1.7 * cand.size && !cand.segs.some((s) => s.x0 >= gr - 4)) break;
    gl = f.gl;
    gr = f.gr;
    end++;
  }
  return { start, end, gl, gr };
}

function inGrid(grids: Grid[], it: PdfItem): number {
  const cx = it.x + Math.min(it.w, it.size) / 2;
  const cy = it.y - it.size * 0.3;
  return grids.findIndex((gr) => cx >= gr.x0 && cx <= gr.x1 && cy >= gr.y0 && cy <= gr.y1);
}

function pageFlow(page: PdfPage, drop: Set<PdfItem>, grids: Grid[]): { flow: Flow[]; left: number; right: number } {
  const tableItems = grids.map(() => [] as PdfItem[]);
  const free: PdfItem[] = [];
  for (const it of page.items) {
    if (drop.has(it)) continue;
    const g = inGrid(grids, it);
    if (g >= 0) tableItems[g]!.push(it);
    else free.push(it);
  }
  const vlines = groupLines(free).map(toVLine).filter((l) => l.segs.length);
  // Text column bounds: where most lines start and end.
  const x0s = vlines.map((l) => l.segs[0]!.x0).sort((a, b) => a - b);
  const x1s = vlines.map((l) => l.segs[l.segs.length - 1]!.x1).sort((a, b) => a - b);
  const left = x0s.length ? x0s[Math.floor(x0s.length * 0.1)]! : 0;
  const right = x1s.length ? x1s[Math.floor(x1s.length * 0.9)]! : page.width;

  type Piece = { y: number; flow: Flow };
  const pieces: Piece[] = [];
  grids.forEach((grid, g) => {
    const rows = tableRows(grid, tableItems[g]!, page.num);
    if (rows.length) pieces.push({ y: grid.y0, flow: { kind: 'table', grid, rows, page: page.num } });
  });
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
      const zl = vlines.slice(zone.start, zone.end);
      const mid = (zone.gl + zone.gr) / 2;
      const leftCol: PLine[] = [];
      const rightCol: PLine[] = [];
      for (const zline of zl) {
        for (const s of zline.segs) {
          if (s.x1 <= mid) leftCol.push(segLine(s, page.num, left, zone.gl));
          else rightCol.push(segLine(s, page.num, zone.gr, right));
        }
      }
      const y = zl[0]!.y;
      if (leftCol.length) pieces.push({ y, flow: { kind: 'lines', lines: leftCol, column: true, key: y } });
      if (rightCol.length) pieces.push({ y: y + 0.001, flow: { kind: 'lines', lines: rightCol, column: true, key: y + 0.001 } });
      i = zone.end - 1;
      continue;
    }
    if (!run.length) runY = l.y;
    // A line with several segments that is not part of a zone: read it left to right.
    const s0 = l.segs[0]!;
    const sl = l.segs[l.segs.length - 1]!;
    const text = norm(l.segs.map((s) => s.text).join(' '));
    const boldAll = l.segs.every((s) => s.bold > 0.9);
    run.push({ text, x0: s0.x0, x1: sl.x1, y: l.y, size: l.size, bold: boldAll, page: page.num, left, right });
  }
  flushRun();
  // Reading order: by vertical position; a table splits the running text around it.
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
  return { flow: out, left, right };
}

function flowY(f: Flow): number {
  if (f.kind === 'table') return f.grid.y0;
  return f.key ?? f.lines[0]!.y;
}

// ---- running headers, footers, page numbers -------------------------------------------

/** Items that make up page numbers and running headers/footers. */
function runningItems(pages: PdfPage[], grids: Grid[][]): Set<PdfItem> {
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
      if (PAGE_NUMBER.test(text) && (l === lines[0] || l === lines[lines.length - 1])) {
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

// ---- paragraphs --------------------------------------------------------------------------

function endsSentence(t: string): boolean {
  return /[.:;!?…]["”’)]*$/.test(t);
}

function isUpper(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && upperRatio(t) >= 0.95;
}

/** Should `n` start a new paragraph after `p`? `pitch` is the usual line distance. */
function breaksBefore(p: PLine, n: PLine, pitch: number, column: boolean): boolean {
  const newPage = p.page !== n.page;
  if (column) {
    // Stacked header and signature lines: a paragraph per group of closely set lines.
    if (newPage || n.y - p.y > 1.35 * p.size || n.y < p.y) return true;
    if (Math.abs(p.size - n.size) > 1 || p.bold !== n.bold || isUpper(p.text) !== isUpper(n.text)) return true;
    return MARKER.test(n.text) || NUMBERED.test(n.text) || /[.;:]$/.test(p.text);
  }
  if (!newPage && n.y - p.y > pitch * 1.25) return true;
  if (!newPage && n.y < p.y) return true;
  if (Math.abs(p.size - n.size) > 1) return true;
  if (isUpper(p.text) && !isUpper(n.text)) return true;
  const short = p.x1 < p.right - 1.5 * p.size;
  const indented = n.x0 > n.left + 0.8 * n.size;
  // A bold heading line ends where the text turns regular; a bold phrase inside a paragraph does not.
  if (p.bold !== n.bold && (short || indented)) return true;
  if ((MARKER.test(n.text) || NUMBERED.test(n.text)) && (indented || endsSentence(p.text) || short || column)) return true;
  if (short && endsSentence(p.text)) return true;
  const centeredUnder = Math.abs((n.x0 + n.x1) / 2 - (p.x0 + p.x1) / 2) < n.size;
  if (!short && indented && n.x0 > p.x0 + 0.8 * n.size && !centeredUnder) return true;
  return false;
}

function paragraph(lines: PLine[]): ParagraphBlock {
  const tl: TextLine[] = lines.map((l) => ({ text: l.text, bold: l.bold, line: 0, page: l.page }));
  const block: ParagraphBlock = {
    type: 'paragraph',
    text: joinLines(lines.map((l) => l.text)),
    lines: tl,
    bold: lines.every((l) => l.bold),
    at: { line: 0, page: lines[0]!.page },
  };
  const m = MARKER.exec(block.text);
  if (m) {
    block.bullet = m[1]!;
    block.text = block.text.slice(m[0].length);
    tl[0] = { ...tl[0]!, text: tl[0]!.text.replace(MARKER, '') };
  }
  const center = (lines[0]!.left + lines[0]!.right) / 2;
  const width = lines[0]!.right - lines[0]!.left;
  if (lines.every((l) => Math.abs((l.x0 + l.x1) / 2 - center) < 0.6 * l.size && l.x1 - l.x0 < width * 0.9 && l.x0 > l.left + 2 * l.size)) {
    block.align = 'center';
  }
  return block;
}

/** Most common distance between consecutive lines of running text, per font size. */
function pitchOf(flows: Flow[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const f of flows) {
    if (f.kind !== 'lines') continue;
    for (let i = 1; i < f.lines.length; i++) {
      const a = f.lines[i - 1]!;
      const b = f.lines[i]!;
      if (a.page !== b.page || Math.abs(a.size - b.size) > 0.5) continue;
      const d = Math.round((b.y - a.y) * 2) / 2;
      if (d <= 0 || d > 3 * a.size) continue;
      const key = Math.round(a.size);
      const m = counts.get(key) ?? new Map<number, number>();
      m.set(d, (m.get(d) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const best = new Map<number, number>();
  for (const [size, m] of counts) {
    let top = 0;
    let n = 0;
    for (const [d, c] of m) if (c > n || (c === n && d < top)) [top, n] = [d, c];
    best.set(size, top);
  }
  return (size) => best.get(Math.round(size)) ?? size * 1.25;
}

// ---- cross-page tables -----------------------------------------------------------------

function rowKey(r: TableRow): string {
  return r.cells.map((c) => c.text.toLowerCase()).join('\u0001');
}

function sameColumns(a: Grid, b: Grid): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const wa = a.x1 - a.x0;
  const wb = b.x1 - b.x0;
  return a.xs.every((x, i) => Math.abs((x - a.x0) / wa - (b.xs[i]! - b.x0) / wb) < 0.02);
}

function mergeRow(into: TableRow, from: TableRow): boolean {
  if (into.cells.length !== from.cells.length) return false;
  if (!into.cells.every((c, i) => c.colspan === from.cells[i]!.colspan)) return false;
  into.cells = into.cells.map((c, i) => {
    const f = from.cells[i]!;
    if (!f.text) return c;
    return { ...c, text: squash(`${c.text} ${f.text}`), lines: [...c.lines, ...f.lines], bold: c.text ? c.bold && f.bold : f.bold };
  });
  return true;
}

// ---- assembly ----------------------------------------------------------------------------

export function layoutPages(pages: PdfPage[], diagnostics: Diagnostic[]): Block[] {
  const grids = pages.map((p) => findGrids(p.rules));
  const drop = runningItems(pages, grids);
  const flows: Flow[] = [];
  const pageEnds: number[] = [];
  for (const [pi, page] of pages.entries()) {
    flows.push(...pageFlow(page, drop, grids[pi]!).flow);
    pageEnds.push(flows.length);
  }
  const pitch = pitchOf(flows);
  const blocks: Block[] = [];
  let open: PLine[] = [];
  let openColumn = false;
  let lastTable: { block: TableBlock; grid: Grid; headerRows: number; page: number; flowIndex: number } | null = null;
  const closePara = (): void => {
    if (open.length) blocks.push(paragraph(open));
    open = [];
  };
  const pageStart = new Set(pageEnds.slice(0, -1));
  flows.forEach((f, fi) => {
    if (f.kind === 'table') {
      closePara();
      const follows = lastTable && blocks[blocks.length - 1] === lastTable.block && f.page === lastTable.page + 1 && pageStart.has(fi) && sameColumns(lastTable.grid, f.grid);
      if (follows && lastTable) {
        const t = lastTable.block;
        let rows = f.rows;
        // Header rows repeated after the page break.
        let k = 0;
        while (k < rows.length && k < lastTable.headerRows && rowKey(rows[k]!) === rowKey(t.rows[k]!)) k++;
        rows = rows.slice(k);
        const first = rows[0];
        const prev = t.rows[t.rows.length - 1];
        if (first && prev && t.rows.length > lastTable.headerRows && !first.cells[0]!.text && first.cells.some((c) => c.text)) {
          if (mergeRow(prev, first)) {
            diagnostics.push(diag('info', 'pdf.row-continued', `table row cut by the page break before page ${f.page} joined to the row above`, { line: 0, page: f.page }));
            rows = rows.slice(1);
          }
        }
        t.rows.push(...rows);
        lastTable = { ...lastTable, grid: f.grid, page: f.page, flowIndex: fi };
        return;
      }
      const block: TableBlock = { type: 'table', rows: f.rows, source: 'pdf', at: { line: 0, page: f.page } };
      blocks.push(block);
      lastTable = { block, grid: f.grid, headerRows: headerRowCount(f.rows), page: f.page, flowIndex: fi };
      return;
    }
    const column = f.column;
    const fpitch = (s: number): number => pitch(s);
    for (const ln of f.lines) {
      const prev = open[open.length - 1];
      // Running text may continue across a page break; column zones never join other text.
      if (prev && column !== openColumn) closePara();
      const p = open[open.length - 1];
      if (p && breaksBefore(p, ln, fpitch(p.size), column)) closePara();
      open.push(ln);
      openColumn = column;
    }
    // Column zones and the text after a table never run on into the next flow element.
    const next = flows[fi + 1];
    if (column || !next || next.kind === 'table' || (next.kind === 'lines' && next.column)) closePara();
  });
  closePara();
  // Running line numbers: each paragraph one line, each table row one line.
  let line = 0;
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      b.at.line = ++line;
      for (const l of b.lines) l.line = line;
    } else {
      for (const r of b.rows) r.at.line = ++line;
      b.at.line = b.rows[0]?.at.line ?? line;
      if (b.rows.length > 1) b.at.endLine = line;
    }
  }
  // Diagnostics about joined rows point at the row they joined.
  for (const d of diagnostics) {
    if (d.code === 'pdf.row-continued' && d.at && d.at.line === 0) {
      const tb = blocks.find((b): b is TableBlock => b.type === 'table' && b.rows.some((r) => r.at.page === (d.at!.page ?? 0) - 1));
      d.at.line = tb ? tb.at.line : 1;
    }
  }
  return blocks;
}

/** Leading rows that are headings of the table (bold, or before the first numbered row). */
function headerRowCount(rows: TableRow[]): number {
  let n = 0;
  while (n < rows.length && n < 3) {
    const first = rows[n]!.cells[0]?.text ?? '';
    if (/^(\d+|[IVXLC]+)\.?$/.test(first) || /^[IVXLC]+\s/.test(first)) break;
    n++;
  }
  return n;
}
