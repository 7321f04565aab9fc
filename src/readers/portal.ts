/**
 * Tables flattened by legal portals (thuvienphapluat-style text). Every cell is a run of lines
 * and lines holding only `|` separate cells; a row is written `|`, then each cell followed by
 * `|`, so two `|` lines in a row mean "row ends, next row starts" or "an empty cell". The row
 * structure is rebuilt here:
 *
 * - With k columns the `|` lines are periodic: k+1 per row. The content that follows `|` number
 *   g (counted from the table's first `|`) is in column (g mod (k+1)) + 1. So a table whose rows
 *   all have k cells is decoded exactly, empty cells included.
 * - Rows with fewer cells (a merged group row "| I. TITLE |", a row under vertically merged cells)
 *   break the period; at every run of two or more `|` the decoder chooses between "empty cells in
 *   this row" and "a new row starts", guided by row-start cells (the next TT number, a Roman
 *   numeral, a "-" item, "Tổng cộng").
 * - k is chosen by decoding with every plausible k and keeping the one whose rows start with
 *   row-start cells most often (ties: the width of the first row).
 * - Header rows (before the first data row) end at every `||`; a second header row under a
 *   spanned header cell gets the spans ("GIAI ĐOẠN" over "Năm 2026 … Năm 2030").
 * - Short data rows whose first cell is no row start (the rest of a row under merged cells) are
 *   moved to the columns whose content they resemble.
 *
 * Cells: markdown markup stripped, hard-wrapped lines joined with a space; `lines` split where a
 * real line starts (a bullet, a bold/italic run, a line after ";" or ":", "TM."/"KT." …).
 */
import type { Block, TableBlock, TableCell, TableRow } from '../model/blocks.js';
import type { Segment } from './segments.js';
import { squash } from '../text/vietnamese.js';
import { romanValue } from '../text/numbers.js';

// ---- tokens ----------------------------------------------------------------------------

interface Content {
  /** 0-based index of the first line. */
  line: number;
  raw: string[];
  /** `|` lines between the previous content (or the table start) and this one. */
  pipes: number;
}

const isPipe = (l: string): boolean => l.trim() === '|';
const isBlank = (l: string): boolean => l.trim() === '';
/** A run of dots or an ellipsis alone: the portal's mark for cut content, not a cell. */
const isCutMark = (raw: string[]): boolean => raw.every((l) => /^[\s.…_]*$/.test(l)) && raw.some((l) => /[.…]{3,}/.test(l));

function tokenize(lines: string[], start: number, end: number): { contents: Content[]; trailing: number } {
  const contents: Content[] = [];
  let pipes = 0;
  let cur: Content | null = null;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (isPipe(l)) {
      if (cur) {
        contents.push(cur);
        cur = null;
      }
      pipes++;
      continue;
    }
    if (isBlank(l)) continue;
    if (!cur) {
      cur = { line: i, raw: [], pipes };
      pipes = 0;
    }
    cur.raw.push(l);
  }
  if (cur) contents.push(cur);
  // Cut marks ("……") stand where the portal dropped rows: drop them with one of their pipes.
  const out: Content[] = [];
  for (let i = 0; i < contents.length; i++) {
    const c = contents[i]!;
    if (isCutMark(c.raw) && i + 1 < contents.length) {
      contents[i + 1]!.pipes += c.pipes - 1 + 0;
      continue;
    }
    out.push(c);
  }
  return { contents: out, trailing: pipes };
}

// ---- cell text ---------------------------------------------------------------------------

interface CellText {
  text: string;
  lines: string[];
  bold: boolean;
}

const BULLET_START = /^([-+•–∙]\s+\S|[a-zđ]\)\s|\d{1,2}[.)]\s)/u;
const FRAME_START = /^(TM|KT|TL|TUQ|Q)\.\s|^(PHÓ )?(CHỦ TỊCH|GIÁM ĐỐC|THỦ TƯỚNG|BỘ TRƯỞNG|TRƯỞNG BAN|BÍ THƯ)\b|^Số\s*:|^Nơi nhận|^Độc lập/u;

function unescape(s: string): string {
  return s.replace(/\\([\\`*_{}[\]()#+\-.!|<>~])/g, '$1');
}

/** Splits a line into (text, bold, italic) pieces by `**` and `*` markers. */
interface MarkedLine {
  text: string;
  opensSpan: boolean;
  closesSpan: boolean;
  boldChars: number;
  chars: number;
}

function markup(raw: string[]): { lines: MarkedLine[] } {
  let bold = false;
  let italic = false;
  const out: MarkedLine[] = [];
  for (const rawLine of raw) {
    const line = rawLine.trim();
    let text = '';
    let boldChars = 0;
    let chars = 0;
    const spanAtStart = bold || italic;
    let opensSpan = false;
    let closesSpan = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (ch === '\\' && i + 1 < line.length && /[\\`*_{}[\]()#+\-.!|<>~]/.test(line[i + 1]!)) {
        text += line[i + 1]!;
        if (line[i + 1]!.trim()) {
          chars++;
          if (bold) boldChars++;
        }
        i++;
        continue;
      }
      if (ch === '*' && line[i + 1] === '*') {
        bold = !bold;
        if (!text.trim() && bold) opensSpan = true;
        i++;
        if (!bold && !line.slice(i + 1).replace(/\*/g, '').trim()) closesSpan = true;
        continue;
      }
      if (ch === '*') {
        const prev = line[i - 1] ?? ' ';
        const next = line[i + 1] ?? ' ';
        if (!italic && /\s/.test(prev) === false && i > 0 && /\S/.test(next) && /\w/u.test(prev)) {
          text += ch; // a literal star inside a word
          continue;
        }
        italic = !italic;
        if (!text.trim() && italic) opensSpan = true;
        if (!italic && !line.slice(i + 1).replace(/\*/g, '').trim()) closesSpan = true;
        continue;
      }
      text += ch;
      if (ch.trim()) {
        chars++;
        if (bold) boldChars++;
      }
    }
    if (spanAtStart) opensSpan = false;
    out.push({ text: squash(text), opensSpan, closesSpan, boldChars, chars });
  }
  return { lines: out };
}

const UNIT_START = /^(Sở|Ban|UBND|Ủy ban|Uỷ ban|Công an|Trung tâm|Phòng|Bộ|Viện|Văn phòng|Chi cục|Cục|Đài|Báo|Thanh tra|Kho bạc|Hội|Các sở|Các cơ quan|Các đơn vị|Các doanh nghiệp)\s/u;
const upperOnly = (s: string): boolean => /\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

export function cellText(raw: string[]): CellText {
  const { lines } = markup(raw.filter((l) => !/^\s*[-_=*.…]{3,}\s*$/.test(l)));
  const logical: string[] = [];
  let boldChars = 0;
  let chars = 0;
  let prev = null as MarkedLine | null;
  for (const l of lines) {
    boldChars += l.boldChars;
    chars += l.chars;
    if (!l.text) {
      if (l.closesSpan && prev) prev = { ...prev, closesSpan: true };
      continue;
    }
    const last = logical[logical.length - 1];
    const starts =
      last === undefined ||
      l.opensSpan ||
      (prev?.closesSpan ?? false) ||
      BULLET_START.test(l.text) ||
      FRAME_START.test(l.text) ||
      (/[;:]$/.test(last) && !/^Số\s*:$/u.test(last)) ||
      (upperOnly(last) && /\p{Ll}/u.test(l.text) && !/^\p{Ll}/u.test(l.text)) ||
      // A short line and then a unit's name: one unit per line ("Sở Tài chính" / "Sở Nội vụ"),
      // not a wrap (the portal wraps near 80 characters).
      (prev !== null && prev.text.length < 45 && !/[,\-–]$/.test(prev.text) && UNIT_START.test(l.text));
    if (starts) logical.push(l.text);
    else logical[logical.length - 1] = `${last} ${l.text}`;
    prev = l;
  }
  const text = squash(logical.join(' '));
  return { text, lines: logical, bold: chars > 0 && boldChars === chars };
}

// ---- row starts ----------------------------------------------------------------------------

const ROMAN = /^[IVXLC]{1,6}$/;

function plainKey(c: Content): string {
  return squash(unescape(c.raw.join(' ')).replace(/\*+/g, '')).replace(/\.$/, '').trim();
}

/** A cell that can open a row: a TT number, a Roman numeral (with a title), a letter, a "-" item, a total. */
export function isRowStartText(t: string): boolean {
  if (/^\d{1,3}(\.\d{1,2}){0,3}$/.test(t)) return true;
  if (/^[IVXLC]{1,6}(\.\d{1,2}){0,3}$/.test(t)) return true;
  if (/^[IVXLC]{1,6}[.:)–-]\s*\S/u.test(t) && /^\S+\s+\p{Lu}/u.test(t)) return true;
  if (/^(PHẦN|Phần|MỤC|Mục)\s+[IVXLC\d]+\b/u.test(t)) return true;
  if (/^[A-H]$|^[a-hđ]\)?$/.test(t)) return true;
  if (/^[-+–•]$/.test(t)) return true;
  if (/^(tổng( số| cộng)?|cộng)\b/iu.test(t)) return true;
  return false;
}

interface SeqState {
  lastInt: number | null;
  /** The last row start was a group (Roman numeral, letter, title): numbering may restart at 1. */
  afterGroup: boolean;
  lastRoman: number | null;
}

/** A row start that fits the numbering so far (the next TT, a sub-number, a new group…). */
function isExpectedStart(t: string, s: SeqState): boolean {
  if (!isRowStartText(t)) return false;
  const r = /^([IVXLC]{1,6})(?:[.:)–-]|\s|$)/u.exec(t);
  if (r) {
    const v = romanValue(r[1]!);
    if (v !== null) return s.lastRoman === null ? v === 1 : v === s.lastRoman + 1 || (v === s.lastRoman && /^[IVXLC]+\.\d/.test(t));
  }
  const m = /^(\d{1,3})(\.\d{1,2}){0,3}$/.exec(t);
  if (!m) return true;
  const n = parseInt(m[1]!, 10);
  if (s.lastInt === null || (n === 1 && s.afterGroup)) return true;
  if (m[2]) return n === s.lastInt || n === s.lastInt + 1;
  return n === s.lastInt + 1;
}

function noteStart(t: string, s: SeqState): void {
  const m = /^(\d{1,3})(\.\d{1,2}){0,3}$/.exec(t);
  if (m) {
    s.lastInt = parseInt(m[1]!, 10);
    s.afterGroup = false;
  } else if (!/^[-+–•]$/.test(t)) s.afterGroup = true;
  const r = /^([IVXLC]{1,6})(?:[.:)–-]|\s|$)/u.exec(t);
  const v = r ? romanValue(r[1]!) : null;
  if (v !== null) s.lastRoman = v;
}

// ---- decoding ----------------------------------------------------------------------------

interface Placed {
  col: number; // 1-based
  content: Content;
}

interface DRow {
  cells: Placed[];
  header: boolean;
  /** The decoder closed this row before its last column (merged or vertically merged cells). */
  short: boolean;
}

interface Decoded {
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
  for (let i = contents.length - 1; i >= 0; i--) runAfter[i] = 1 + (i + 1 < contents.length && contents[i + 1]!.pipes === 1 ? runAfter[i + 1]! : 0);
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
      if (strict.rows === 0 && strict.ok) {
        const startHere = expected && closeNow.rows === 0 && closeNow.col === 1;
        const noRoom = !fits(strict.col) && closeNow.ok && fits(closeNow.col);
        place = startHere || noRoom ? { newRow: true, col: closeNow.col, short: true } : { newRow: false, col: strict.col, short: false };
      } else if (!strict.ok) {
        if (!closeNow.ok) invalid++;
        place = { newRow: true, col: closeNow.ok ? closeNow.col : 1, short: c < k };
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

function chooseK(contents: Content[]): Decoded {
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

// ---- table end (for segments) -------------------------------------------------------------------

/**
 * Where a portal table really ends, for files without blank lines around tables: the first run
 * of text that follows a complete row directly (no row-start `|`) and reads like document text
 * (several lines, or a heading). Returns the 0-based line index to end the table at (exclusive).
 */
export function portalTableEnd(lines: string[], start: number, end: number): number {
  const { contents } = tokenize(lines, start, end);
  if (!contents.length) return end;
  // The first row: its cells up to the first `||` (or prose that follows a one-row table).
  let k = 1;
  for (let i = 1; i < contents.length && contents[i]!.pipes === 1; i++) {
    if (i >= 2 && looksLikeProse(contents[i]!)) return contents[i]!.line;
    k++;
  }
  let c = 0;
  let started = false;
  for (let i = 0; i < contents.length; i++) {
    const x = contents[i]!;
    if (!started) {
      started = true;
      c = ((Math.max(0, x.pipes - 1)) % (k + 1)) + 1;
      continue;
    }
    if (x.pipes === 0) continue;
    if (x.pipes === 1) {
      if (c >= k && looksLikeProse(x)) return x.line;
      c = c >= k ? 1 : c + 1;
      continue;
    }
    const idx = c + x.pipes - 1;
    const m = idx % (k + 1);
    c = m < k ? m + 1 : Math.max(1, x.pipes - 1);
  }
  return end;
}

function looksLikeProse(x: Content): boolean {
  const lines = x.raw.filter((l) => l.trim());
  if (lines.length >= 12) return true;
  if (lines.length >= 3 && lines.some((l) => /^\s*(\*\*\s*)?(PHỤ LỤC|KẾ HOẠCH|QUYẾT ĐỊNH|CHƯƠNG TRÌNH|[IVX]+\.\s|#)/u.test(l))) return true;
  return false;
}

// ---- building the table ----------------------------------------------------------------------

const LAYOUT_CUE = /^(Số\s*:|CỘNG HÒA|CỘNG HOÀ|Độc lập\s*-|Nơi nhận|(TM|KT|TL|TUQ)\.\s|ĐẢNG CỘNG SẢN)/u;
const DATE_CUE = /,\s*ngày\s.{0,12}tháng\s.{0,6}năm\s+\d{4}/u;

interface Features {
  num: number;
  len: number;
  dash: number;
  org: number;
  time: number;
}

const ORG = /^(Sở|Bộ|UBND|Ủy ban|Uỷ ban|Các|Ban|Công an|Văn phòng|Trung tâm|Thanh tra|Ngân hàng|Tỉnh|Thành|Liên|Hội|Đài|Báo|Viện|Trường)\b/u;
const TIME = /(năm|quý|quí|tháng|thường xuyên|hằng năm|hàng năm|\b20\d\d\b)/iu;

function features(t: string): Features {
  return {
    num: /^[\d.,%\s\-–]+$/.test(t) ? 1 : 0,
    len: Math.log(1 + t.length),
    dash: /^[-+•–]\s/.test(t) ? 1 : 0,
    org: ORG.test(t) ? 1 : 0,
    time: TIME.test(t) && t.length < 60 ? 1 : 0,
  };
}

function distance(a: Features, b: Features): number {
  return Math.abs(a.num - b.num) * 2 + Math.abs(a.len - b.len) * 0.6 + Math.abs(a.dash - b.dash) + Math.abs(a.org - b.org) * 1.5 + Math.abs(a.time - b.time) * 1.5;
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
    if (!r.header && hasNumberColumn && first.col === 1 && !isRowStartText(firstKey) && placed.length >= 2 && placed[placed.length - 1]!.col < k) {
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
  if (k <= 3 && headerRows.length === d.rows.length && all.some((l) => LAYOUT_CUE.test(l) || DATE_CUE.test(l))) table.layout = true;
  return [table];
}

function emptyCell(): TableCell {
  return { text: '', lines: [], bold: false, colspan: 1, rowspan: 1 };
}

/**
 * Two header rows where the first has fewer cells: its leading cells span both rows and its
 * trailing cells span the columns of the second row ("Đối tượng quan trắc" over four columns).
 */
function applyHeaderSpans(rows: TableRow[], drows: DRow[], k: number): void {
  if (drows.length < 2 || !drows[0]!.header || !drows[1]!.header) return;
  const top = drows[0]!.cells;
  const h = top.length;
  const sub = rows[1]!.cells.filter((c) => c.text).length;
  if (h >= k || top[h - 1]!.col !== h) return;
  const lead = k - sub;
  const trailing = h - lead;
  if (lead < 0 || trailing < 1 || sub % trailing !== 0) return;
  const span = sub / trailing;
  const cells = rows[0]!.cells.slice(0, h).map((c, i) => (i < lead ? { ...c, rowspan: 2 } : { ...c, colspan: span }));
  rows[0] = { ...rows[0]!, cells };
  rows[1] = { ...rows[1]!, cells: rows[1]!.cells.slice(lead) };
}
