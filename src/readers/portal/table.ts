/** Portal tables: the table block built from the decoded rows. */
import type { Block, TableBlock, TableCell, TableRow } from '../../model/blocks.js';
import type { Segment } from '../segments.js';
import { cellText, type CellText } from './cells.js';
import { chooseK, type Placed } from './decode.js';
import { isRowStartText, plainKey } from './rows.js';
import { markLayout } from './layout.js';
import { applyHeaderSpans } from './spans.js';
import { tokenize, type Content } from './tokens.js';
import { startsWithOrganisation } from '../../text/organisations.js';
import { DATE_LINE_CUE, LAYOUT_TABLE_CUE } from '../../text/keywords/frame-cues.js';
import { TIME_WORDS } from '../../text/keywords/time-words.js';

interface Features {
  num: number;
  len: number;
  dash: number;
  org: number;
  time: number;
}

// A capitalised organisation's name: cells of lead and support columns.
const isOrg = (t: string): boolean => /^\p{Lu}/u.test(t) && startsWithOrganisation(t);
const TIME = new RegExp(`(${TIME_WORDS.join('|')}|\\b20\\d\\d\\b)`, 'iu');

function features(t: string): Features {
  return {
    num: /^[\d.,%\s\-–]+$/.test(t) ? 1 : 0,
    len: Math.log(1 + t.length),
    dash: /^[-+•–]\s/.test(t) ? 1 : 0,
    org: isOrg(t) ? 1 : 0,
    time: TIME.test(t) && t.length < 60 ? 1 : 0,
  };
}

function distance(a: Features, b: Features): number {
  return (
    Math.abs(a.num - b.num) * 2 +
    Math.abs(a.len - b.len) * 0.6 +
    Math.abs(a.dash - b.dash) +
    Math.abs(a.org - b.org) * 1.5 +
    Math.abs(a.time - b.time) * 1.5
  );
}

export function rebuildPortalTable(lines: string[], seg: Segment): Block[] {
  const { contents } = tokenize(lines, seg.start, seg.end);
  if (!contents.length) return [];
  const d = chooseK(contents);
  const k = d.k;
  const texts = new Map<Content, CellText>();
  const txt = (c: Content): CellText => {
    let t = texts.get(c);
    if (!t) {
      t = cellText(c.raw);
      texts.set(c, t);
    }
    return t;
  };

  // Columns of full data rows, to place the cells of short rows.
  const dataRows = d.rows.filter((r) => !r.header);
  const numbered = dataRows.filter((r) => r.cells[0]!.col === 1 && isRowStartText(plainKey(r.cells[0]!.content))).length;
  const hasNumberColumn = dataRows.length > 0 && numbered / dataRows.length >= 0.4;
  const profile: Features[] = [];
  for (let col = 1; col <= k; col++) {
    const fs = dataRows
      .filter((r) => r.cells.length >= Math.max(2, k - 1))
      .map((r) => r.cells.find((x) => x.col === col))
      .filter((x): x is Placed => !!x && !!txt(x.content).text)
      .map((x) => features(txt(x.content).text));
    const avg = (f: keyof Features): number => (fs.length ? fs.reduce((s, x) => s + x[f], 0) / fs.length : 0);
    profile.push({ num: avg('num'), len: avg('len'), dash: avg('dash'), org: avg('org'), time: avg('time') });
  }

  const rows: TableRow[] = [];
  const headerRows = d.rows.filter((r) => r.header);
  for (let ri = 0; ri < d.rows.length; ri++) {
    const r = d.rows[ri]!;
    let placed = r.cells;
    const first = placed[0]!;
    const firstKey = plainKey(first.content);
    // The rest of a row under vertically merged cells: move to the columns it resembles.
    if (
      !r.header &&
      hasNumberColumn &&
      first.col === 1 &&
      !isRowStartText(firstKey) &&
      placed.length >= 2 &&
      placed[placed.length - 1]!.col < k
    ) {
      const n = placed[placed.length - 1]!.col - first.col + 1;
      let bestOff = 1;
      let bestD = Infinity;
      for (let off = 1; off + n <= k; off++) {
        let dist = 0;
        for (const x of placed) dist += distance(features(txt(x.content).text), profile[x.col - 1 + off]!);
        if (dist < bestD - 1e-9) {
          bestD = dist;
          bestOff = off;
        }
      }
      placed = placed.map((x) => ({ ...x, col: x.col + bestOff }));
    }
    // A second header row under spanned header cells: right-aligned under the spans.
    if (r.header && ri > 0 && d.rows[ri - 1]!.header && placed[0]!.col === 1) {
      const n = placed[placed.length - 1]!.col;
      if (n < k) placed = placed.map((x) => ({ ...x, col: x.col + (k - n) }));
    }
    const at = { line: first.content.line + 1 };
    const cells: TableCell[] = [];
    const single = placed.length === 1 && placed[0]!.col === 1 && !r.header && k > 1;
    let col = 1;
    for (const x of placed) {
      while (col < x.col) {
        cells.push(emptyCell());
        col++;
      }
      const t = txt(x.content);
      cells.push({ text: t.text, lines: t.lines, bold: t.bold, colspan: single ? k : 1, rowspan: 1 });
      col++;
    }
    if (!single) while (cells.length < k) cells.push(emptyCell());
    rows.push({ cells, at });
  }
  applyHeaderSpans(rows, d.rows, k);

  const table: TableBlock = {
    type: 'table',
    source: 'portal',
    rows,
    at: { line: rows[0]?.at.line ?? seg.start + 1, endLine: seg.end },
  };
  const all = rows.flatMap((r) => r.cells.flatMap((c) => (c.lines.length ? c.lines : [c.text])));
  if (k <= 3 && headerRows.length === d.rows.length && all.some((l) => LAYOUT_TABLE_CUE.test(l) || DATE_LINE_CUE.test(l)))
    table.layout = true;
  markLayout(table);
  return [table];
}

function emptyCell(): TableCell {
  return { text: '', lines: [], bold: false, colspan: 1, rowspan: 1 };
}
