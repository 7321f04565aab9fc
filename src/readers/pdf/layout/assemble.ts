/** PDF layout: the steps put together, page data to blocks. */
import type { Block, TableBlock } from '../../../model/blocks.js';
import { findGrids, type Grid } from '../grid.js';
import type { PdfPage } from '../types.js';
import { pageFlow } from './flow.js';
import { sameColumns } from './join.js';
import { breaksBefore, paragraph, pitchOf } from './paragraphs.js';
import { runningItems } from './running.js';
import type { Flow, PLine } from './types.js';

export function layoutPages(pages: PdfPage[]): Block[] {
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
  let lastTable: { block: TableBlock; grid: Grid; page: number } | null = null;
  const closePara = (): void => {
    if (open.length) blocks.push(paragraph(open));
    open = [];
  };
  const pageStart = new Set(pageEnds.slice(0, -1));
  flows.forEach((f, fi) => {
    if (f.kind === 'table') {
      closePara();
      const follows =
        lastTable &&
        blocks[blocks.length - 1] === lastTable.block &&
        f.page === lastTable.page + 1 &&
        pageStart.has(fi) &&
        sameColumns(lastTable.grid, f.grid);
      if (follows && lastTable && f.rows.length) {
        // The table goes on after a page break: one table, its first row on the page marked so
        // (the extractors tell a cut row from a sub-row and drop a repeated header).
        lastTable.block.rows.push({ ...f.rows[0]!, pageBreakBefore: true }, ...f.rows.slice(1));
        lastTable = { ...lastTable, grid: f.grid, page: f.page };
        return;
      }
      const block: TableBlock = { type: 'table', rows: f.rows, source: 'pdf', wrapped: true, at: { line: 0, page: f.page } };
      blocks.push(block);
      lastTable = { block, grid: f.grid, page: f.page };
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
  return blocks;
}
