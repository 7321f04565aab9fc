/** PDF layout: the steps put together, page data to blocks. */
import type { Block, TableBlock } from '../../../model/blocks.js';
import { diag, type Diagnostic } from '../../../model/diagnostics.js';
import { findGrids, type Grid } from '../grid.js';
import type { PdfPage } from '../types.js';
import { pageFlow } from './flow.js';
import { headerRowCount, mergeRow, rowKey, sameColumns } from './join.js';
import { breaksBefore, paragraph, pitchOf } from './paragraphs.js';
import { runningItems } from './running.js';
import type { Flow, PLine } from './types.js';

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
