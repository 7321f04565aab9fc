/** Portal tables: the table block built from the decoded rows. */
import type { Block, TableBlock, TableCell, TableRow } from '../../model/blocks.js';
import type { Segment } from '../segments.js';
import { cellText, type CellText } from './cells.js';
import { chooseK, type DRow, type Placed } from './decode.js';
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

type TextOf = (c: Content) => CellText;

/**
 * A portal table's block: the `|` runs decoded into rows for the best column count, short rows
 * under merged cells moved to the columns they resemble, a second header row aligned under its
 * spans, then the cells; layout tables (header block, signature) marked.
 */
export function rebuildPortalTable(lines: string[], seg: Segment): Block[] {
  const { contents } = tokenize(lines, seg.start, seg.end);
  if (!contents.length) return [];
  const d = chooseK(contents);
  const k = d.k;
  const txt = cellTexts();
  const dataRows = d.rows.filter((r) => !r.header);
  const numbered = dataRows.filter((r) => r.cells[0]!.col === 1 && isRowStartText(plainKey(r.cells[0]!.content))).length;
  const hasNumberColumn = dataRows.length > 0 && numbered / dataRows.length >= 0.4;
  const profile = columnProfile(dataRows, k, txt);

  const rows: TableRow[] = [];
  const headerRows = d.rows.filter((r) => r.header);
  for (let ri = 0; ri < d.rows.length; ri++) {
    const r = d.rows[ri]!;
    let placed = r.cells;
    if (!r.header && hasNumberColumn && isRestOfRow(placed, k)) placed = shiftToProfile(placed, profile, k, txt);
    if (r.header && ri > 0 && d.rows[ri - 1]!.header) placed = underSpans(placed, k);
    rows.push({ cells: rowCells(placed, r, k, txt), at: { line: placed[0]!.content.line + 1 } });
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

/** Cell texts, each content read once. */
function cellTexts(): TextOf {
  const texts = new Map<Content, CellText>();
  return (c) => {
    let t = texts.get(c);
    if (!t) {
      t = cellText(c.raw);
      texts.set(c, t);
    }
    return t;
  };
}

/** What the cells of each column look like in the (nearly) full data rows, to place the cells of short rows. */
function columnProfile(dataRows: DRow[], k: number, txt: TextOf): Features[] {
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
  return profile;
}

/** The rest of a row under vertically merged cells: it starts in column 1 with no row start and stops short of the last column. */
function isRestOfRow(placed: Placed[], k: number): boolean {
  const first = placed[0]!;
  return first.col === 1 && !isRowStartText(plainKey(first.content)) && placed.length >= 2 && placed[placed.length - 1]!.col < k;
}

/** Moves a short row's cells right, to the offset whose columns they resemble most. */
function shiftToProfile(placed: Placed[], profile: Features[], k: number, txt: TextOf): Placed[] {
  const n = placed[placed.length - 1]!.col - placed[0]!.col + 1;
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
  return placed.map((x) => ({ ...x, col: x.col + bestOff }));
}

/** A second header row under spanned header cells: right-aligned under the spans. */
function underSpans(placed: Placed[], k: number): Placed[] {
  if (placed[0]!.col !== 1) return placed;
  const n = placed[placed.length - 1]!.col;
  return n < k ? placed.map((x) => ({ ...x, col: x.col + (k - n) })) : placed;
}

/** The row's cells, empty ones where no content was placed; a lone cell of a data row spans the table. */
function rowCells(placed: Placed[], r: DRow, k: number, txt: TextOf): TableCell[] {
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
  return cells;
}

function emptyCell(): TableCell {
  return { text: '', lines: [], bold: false, colspan: 1, rowspan: 1 };
}
