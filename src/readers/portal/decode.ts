/** Portal tables: decoding the cell contents into rows for a column count, and choosing the count. */
import { isExpectedStart, isRowStartText, noteStart, plainKey, type SeqState } from './rows.js';
import type { Content } from './tokens.js';

export interface Placed {
  col: number; // 1-based
  content: Content;
}

export interface DRow {
  cells: Placed[];
  header: boolean;
  /** The decoder closed this row before its last column (merged or vertically merged cells). */
  short: boolean;
}

export interface Decoded {
  rows: DRow[];
  k: number;
  invalid: number;
}

function decode(contents: Content[], k: number): Decoded {
  const rows: DRow[] = [];
  let invalid = 0;
  let row: DRow | null = null;
  let c = 0; // column of the last content in the current row
  let inHeader = true;
  const seq: SeqState = { lastInt: null, afterGroup: true, lastRoman: null };
  const newRow = (col: number, content: Content, short: boolean): void => {
    if (row) row.short = short;
    row = { cells: [{ col, content }], header: false, short: false };
    rows.push(row);
    c = col;
  };
  const wrap = (idx: number): { rows: number; col: number; ok: boolean } => {
    const m = idx % (k + 1);
    return { rows: Math.floor(idx / (k + 1)), col: m + 1, ok: m < k };
  };
  // How many cells follow from here on single `|` lines: a placement must leave room for them.
  const runAfter = new Array<number>(contents.length + 1).fill(0);
  for (let i = contents.length - 1; i >= 0; i--)
    runAfter[i] = 1 + (i + 1 < contents.length && contents[i + 1]!.pipes === 1 ? runAfter[i + 1]! : 0);
  for (let i = 0; i < contents.length; i++) {
    const x = contents[i]!;
    const key = plainKey(x);
    const expected = isExpectedStart(key, seq);
    const fits = (col: number): boolean => col + runAfter[i]! - 1 <= k;
    const p = x.pipes;
    let place: { newRow: boolean; col: number; short: boolean };
    if (!row) {
      const w = wrap(Math.max(0, p - 1));
      place = { newRow: true, col: w.ok ? w.col : 1, short: false };
    } else if (p === 0) {
      // Content split by a blank line only: the same cell.
      (row as DRow).cells[(row as DRow).cells.length - 1]!.content.raw.push(...x.raw);
      continue;
    } else if (p === 1) {
      if (c < k) place = { newRow: false, col: c + 1, short: false };
      else {
        invalid++;
        place = { newRow: true, col: 1, short: false };
      }
    } else if (inHeader && !expected) {
      const w = wrap(p - 2);
      place = { newRow: true, col: w.ok ? w.col : 1, short: c < k };
    } else {
      const strict = wrap(c + p - 1);
      const closeNow = wrap(p - 2);
      // An expected row start (the next TT, a group mark) that cannot go where the period puts it
      // opens a row at column 1: the other `|` lines close empty cells of the short row above
      // ("| III.1.2 | title | | |" then "| 5 | …"), they do not open empty cells of the new row.
      const atStart = expected && fits(1);
      if (strict.rows === 0 && strict.ok) {
        const startHere = expected && closeNow.rows === 0 && closeNow.col === 1;
        const noRoom = !fits(strict.col) && ((closeNow.ok && fits(closeNow.col)) || atStart);
        const col = atStart ? 1 : closeNow.col;
        place = startHere || noRoom ? { newRow: true, col, short: true } : { newRow: false, col: strict.col, short: false };
      } else if (!strict.ok) {
        if (!closeNow.ok && !atStart) invalid++;
        place = { newRow: true, col: atStart ? 1 : closeNow.ok ? closeNow.col : 1, short: c < k };
      } else if (strict.col !== 1 && expected && closeNow.ok && closeNow.col === 1) {
        place = { newRow: true, col: 1, short: c < k };
      } else {
        place = { newRow: true, col: strict.col, short: false };
      }
    }
    if (place.newRow) newRow(place.col, x, place.short);
    else {
      (row as unknown as DRow).cells.push({ col: place.col, content: x });
      c = place.col;
    }
    const r = row as unknown as DRow;
    if (place.newRow) {
      const first = r.cells[0]!;
      if (expected) inHeader = false;
      r.header = inHeader;
      if (first.col === 1 && isRowStartText(key)) noteStart(key, seq);
    }
  }
  return { rows, k, invalid };
}

function score(d: Decoded): number {
  let s = 0;
  const seq: SeqState = { lastInt: null, afterGroup: true, lastRoman: null };
  for (const r of d.rows) {
    if (r.header) continue;
    const first = r.cells[0]!;
    const key = plainKey(first.content);
    if (first.col === 1) {
      if (isExpectedStart(key, seq)) s += 3;
      else if (isRowStartText(key)) s += 1;
      else if (r.cells.length > 1) s -= 1;
      if (isRowStartText(key)) noteStart(key, seq);
    }
    if (r.cells.length > 1 && r.cells[r.cells.length - 1]!.col === d.k) s += 1;
  }
  return s - 3 * d.invalid;
}

/** Widths of the runs of cells separated by single `|` lines. */
function runLengths(contents: Content[]): number[] {
  const out: number[] = [];
  let n = 0;
  contents.forEach((x, i) => {
    if (i > 0 && x.pipes !== 1) {
      out.push(n);
      n = 0;
    }
    n++;
  });
  if (n) out.push(n);
  return out;
}

export function chooseK(contents: Content[]): Decoded {
  const runs = runLengths(contents);
  const k0 = Math.max(1, runs[0] ?? 1);
  const maxRun = Math.max(1, ...runs);
  const maxPipes = Math.max(1, ...contents.map((x) => x.pipes));
  const hi = Math.min(40, Math.max(maxRun, k0, maxPipes) + 1);
  let best = decode(contents, k0);
  let bestScore = score(best);
  for (let k = 1; k <= hi; k++) {
    if (k === k0) continue;
    const d = decode(contents, k);
    const s = score(d);
    if (s > bestScore) {
      best = d;
      bestScore = s;
    }
  }
  return best;
}
