/** PDF layout: the steps put together, page data to blocks. */
import type { Block, TableBlock } from '../../../model/blocks.js';
import { findGrids, type Grid } from '../grid.js';
import type { PdfPage } from '../types.js';
import { pageFlow } from './flow.js';
import { sameColumns } from './join.js';
import { breaksBefore, paragraph, pitchOf } from './paragraphs.js';
import { runningItems } from './running.js';
import type { Flow, PLine } from './types.js';

/**
 * Page data to blocks: every page's flow (running text, column zones, tables) in reading order,
 * then paragraphs and tables built along it (a table going on after a page break stays one
 * table), then running line numbers.
 */
export function layoutPages(pages: PdfPage[]): Block[] {
  const { flows, pageStart } = pageFlows(pages);
  const st: Assembly = { blocks: [], open: [], openColumn: false, lastTable: null, pitch: pitchOf(flows) };
  flows.forEach((f, fi) => {
    if (f.kind === 'table') addTable(st, f, pageStart.has(fi));
    else addLines(st, f, flows[fi + 1]);
  });
  closePara(st);
  numberLines(st.blocks);
  return st.blocks;
}

/** Every page's flow, one after another, and the indexes where a new page starts. */
function pageFlows(pages: PdfPage[]): { flows: Flow[]; pageStart: Set<number> } {
  const grids = pages.map((p) => findGrids(p.rules));
  const drop = runningItems(pages, grids);
  const flows: Flow[] = [];
  const pageEnds: number[] = [];
  for (const [pi, page] of pages.entries()) {
    flows.push(...pageFlow(page, drop, grids[pi]!).flow);
    pageEnds.push(flows.length);
  }
  return { flows, pageStart: new Set(pageEnds.slice(0, -1)) };
}

interface Assembly {
  blocks: Block[];
  /** Lines of the paragraph being built. */
  open: PLine[];
  openColumn: boolean;
  lastTable: { block: TableBlock; grid: Grid; page: number } | null;
  pitch: (size: number) => number;
}

function closePara(st: Assembly): void {
  if (st.open.length) st.blocks.push(paragraph(st.open));
  st.open = [];
}

type TableFlow = Extract<Flow, { kind: 'table' }>;
type LinesFlow = Extract<Flow, { kind: 'lines' }>;

function addTable(st: Assembly, f: TableFlow, atPageStart: boolean): void {
  closePara(st);
  const last = st.lastTable;
  const follows =
    last && st.blocks[st.blocks.length - 1] === last.block && f.page === last.page + 1 && atPageStart && sameColumns(last.grid, f.grid);
  if (follows && last && f.rows.length) {
    // The table goes on after a page break: one table, its first row on the page marked so
    // (the extractors tell a cut row from a sub-row and drop a repeated header).
    last.block.rows.push({ ...f.rows[0]!, pageBreakBefore: true }, ...f.rows.slice(1));
    st.lastTable = { ...last, grid: f.grid, page: f.page };
    return;
  }
  const block: TableBlock = { type: 'table', rows: f.rows, source: 'pdf', wrapped: true, at: { line: 0, page: f.page } };
  st.blocks.push(block);
  st.lastTable = { block, grid: f.grid, page: f.page };
}

function addLines(st: Assembly, f: LinesFlow, next: Flow | undefined): void {
  const column = f.column;
  for (const ln of f.lines) {
    const prev = st.open[st.open.length - 1];
    // Running text may continue across a page break; column zones never join other text.
    if (prev && column !== st.openColumn) closePara(st);
    const p = st.open[st.open.length - 1];
    if (p && breaksBefore(p, ln, st.pitch(p.size), column)) closePara(st);
    st.open.push(ln);
    st.openColumn = column;
  }
  // Column zones and the text after a table never run on into the next flow element.
  if (column || !next || next.kind === 'table' || (next.kind === 'lines' && next.column)) closePara(st);
}

/** Running line numbers: each paragraph one line, each table row one line. */
function numberLines(blocks: Block[]): void {
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
}
