/**
 * Tables flattened by legal portals (thuvienphapluat-style text): every cell is a run of
 * lines, and lines holding only `|` separate cells and rows. Without the row structure we
 * keep the cells in order as one row per run; the layout stage and the annex parser decide.
 */
import type { Block, TableBlock, TableCell } from '../model/blocks.js';
import type { Segment } from './segments.js';
import { squash } from '../text/vietnamese.js';

function stripInline(s: string): string {
  return s.replace(/\*\*|__/g, '').replace(/(^|\s)\*(?=\S)|(?<=\S)\*(?=\s|$)/g, '$1').replace(/\\([\\`*_{}[\]()#+\-.!|])/g, '$1');
}

export function rebuildPortalTable(lines: string[], seg: Segment): Block[] {
  const cells: { cell: TableCell; line: number }[] = [];
  let buf: string[] = [];
  let bufStart = seg.start;
  const flush = (): void => {
    const texts = buf.map((l) => squash(stripInline(l))).filter(Boolean);
    if (texts.length) {
      const raw = buf.join('\n');
      const bold = /^\s*\*\*/.test(raw) && /\*\*\s*$/.test(raw);
      cells.push({ cell: { text: squash(texts.join(' ')), lines: texts, bold, colspan: 1, rowspan: 1 }, line: bufStart + 1 });
    }
    buf = [];
  };
  for (let i = seg.start; i < seg.end; i++) {
    const l = lines[i]!;
    if (l.trim() === '|') {
      flush();
      bufStart = i + 1;
    } else buf.push(l);
  }
  flush();
  if (!cells.length) return [];
  const table: TableBlock = {
    type: 'table',
    source: 'portal',
    rows: [{ cells: cells.map((c) => c.cell), at: { line: cells[0]!.line } }],
    at: { line: seg.start + 1, endLine: seg.end },
  };
  return [table];
}
