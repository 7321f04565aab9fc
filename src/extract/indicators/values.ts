/**
 * Reading values in a target statement: the number (Vietnamese formats), its unit, its
 * comparator and the year it targets — with dates, cited documents, quotes and parentheses
 * masked so that their numbers are never taken for targets.
 */
import { COMPARATORS_AFTER, COMPARATORS_BEFORE, COMPARATOR_SYMBOLS, TARGET_YEAR_WORDS, UNITS, type Op } from '../../text/keywords/indicators.js';
import { parseViNumber } from '../../text/numbers.js';
import { escapeRegExp, fold } from '../../text/vietnamese.js';
import { findSymbols } from '../references.js';

// ---- years ----------------------------------------------------------------------------

const DATES = /\b(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b|\btháng\s+\d{1,2}\s*[/-]\s*\d{4}\b/giu;

/** Blanks dates and cited documents so their years are not taken for target years. */
export function maskCitations(s: string): string {
  let out = s.replace(DATES, (m) => ' '.repeat(m.length));
  // A baseline is not a target year: "giảm 10% so với năm 2025", "so với cùng kỳ năm 2024".
  out = out.replace(/so với\s+(?:cùng kỳ\s+|mức\s+|giai đoạn\s+)?(?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?/giu, (m) => ' '.repeat(m.length));
  for (const sym of findSymbols(out)) out = out.slice(0, sym.index) + ' '.repeat(sym.end - sym.index) + out.slice(sym.end);
  return out;
}

const YEAR_AFTER_WORD = new RegExp(`(?:${TARGET_YEAR_WORDS.join('|')})\\s+(?:năm\\s+)?((?:19|20)\\d{2})\\b`, 'giu');
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/gu;
const YEAR_WORD = /năm\s+((?:19|20)\d{2})\b/giu;

/** The target year a text names: "vào năm 2030", "đến 2045", the end of "2026 – 2030". */
export function targetYear(text: string): number | null {
  const s = maskCitations(text);
  let year: number | null = null;
  for (const m of s.matchAll(YEAR_AFTER_WORD)) year = +m[1]!;
  if (year) return year;
  for (const m of s.matchAll(YEAR_RANGE)) year = +m[2]!;
  if (year) return year;
  for (const m of s.matchAll(YEAR_WORD)) year = +m[1]!;
  return year;
}

// ---- values ---------------------------------------------------------------------------

export interface Mention {
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string | null;
}

export const UNIT_LIST = [...UNITS].sort((a, b) => b.length - a.length);
const UNIT_RE = new RegExp(`^\\s*(${UNIT_LIST.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'iu');
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const VALUE = new RegExp(
  String.raw`(?<![\p{L}\d.,/\-])(${NUM})\s*(%)?(?:\s*(?:-|–|—|đến|tới)\s*(${NUM}))?(?![\d])`,
  'gu',
);

/** Blanks what must not be read as values: quotes, parentheses, citations, years, "số 08". */
export function maskForValues(s: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  let out = maskCitations(s);
  out = out.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, blank);
  out = out.replace(/\([^)]*\)/g, blank);
  out = out.replace(/\b(?:số|khóa|khoá|lần thứ|thứ|kỳ|nhiệm kỳ)\s+\d+\b/giu, blank);
  out = out.replace(/\b(?:năm|giai đoạn)\s+(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?/giu, blank);
  out = out.replace(/(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/g, blank);
  return out;
}

function unitAfter(rest: string): { unit: string; length: number } | null {
  const m = UNIT_RE.exec(rest);
  if (!m) return null;
  const raw = m[1]!;
  // As written, in normal case: "Sản phẩm" → "sản phẩm"; "MW", "tỷ USD", "kWh" keep their capitals.
  const unit = /^\p{Lu}\p{Ll}/u.test(raw) ? raw.charAt(0).toLocaleLowerCase('vi') + raw.slice(1) : raw;
  return { unit: unit === 'phần trăm' ? '%' : unit, length: m[0].length };
}

export function mentions(clause: string): Mention[] {
  const masked = maskForValues(clause);
  const out: Mention[] = [];
  for (const m of masked.matchAll(VALUE)) {
    const start = m.index!;
    let end = start + m[0].length;
    const value = parseViNumber(m[1]!);
    if (value == null) continue;
    const after = masked.slice(end);
    // A number glued to letters is a name ("5G"), unless the letters are a unit ("20ha");
    // one followed by "/digits" is a ratio or a date ("4/100.000", "12/2026").
    if (/^[\p{L}]/u.test(after) && !unitAfter(after)) continue;
    if (/^\s*\/\s*\d/.test(after)) continue;
    let unit: string | null = m[2] ? '%' : null;
    let max = m[3] ? parseViNumber(m[3]) ?? undefined : undefined;
    if (!unit) {
      const u = unitAfter(after);
      if (u) {
        unit = u.unit;
        end += u.length;
      } else if (/^\s*%/.test(after)) {
        unit = '%';
        end += after.indexOf('%') + 1;
      }
    }
    if (m[3] && !unit) {
      const u = unitAfter(masked.slice(end));
      if (u) {
        unit = u.unit;
        end += u.length;
      }
    }
    // "85%-90%": the range's second percent.
    if (unit === '%' && !m[3]) {
      const r = /^\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*%/.exec(masked.slice(end));
      if (r) {
        max = parseViNumber(r[1]!) ?? undefined;
        end += r[0].length;
      }
    }
    if (!unit) {
      // "tỷ lệ … đạt 100": a rate without its sign.
      if (/tỷ lệ|tỉ lệ/i.test(masked.slice(Math.max(0, start - 60), start)) && value <= 100 && !/^\s*[\p{L}]/u.test(after)) unit = '%';
      else continue;
    }
    const mention: Mention = { start, end, value, unit };
    if (max !== undefined && max > value) mention.max = max;
    out.push(mention);
  }
  return out;
}

export function opFor(clause: string, m: Mention): Op {
  if (m.max !== undefined) return '>=';
  const before = fold(clause.slice(Math.max(0, m.start - 40), m.start));
  const rawBefore = clause.slice(Math.max(0, m.start - 4), m.start).trim();
  for (const [sym, op] of Object.entries(COMPARATOR_SYMBOLS)) if (rawBefore.endsWith(sym)) return op;
  let best: { at: number; op: Op } | null = null;
  for (const c of COMPARATORS_BEFORE) {
    const re = new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(c.phrase)}\\s*(?:muc\\s+|ty le\\s+|la\\s+|tu\\s+|dat\\s+)?$`);
    if (c.adjacent ? new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(c.phrase)}\\s*$`).test(before) : re.test(before)) {
      const at = before.lastIndexOf(c.phrase);
      if (!best || at > best.at) best = { at, op: c.op };
    }
    if (!c.adjacent && !best) {
      const i = before.lastIndexOf(c.phrase);
      if (i >= 0 && before.length - i - c.phrase.length < 20) best = { at: i, op: c.op };
    }
  }
  if (best) return best.op;
  const after = fold(clause.slice(m.end, m.end + 30));
  for (const c of COMPARATORS_AFTER) if (after.startsWith(c.phrase) || after.startsWith(' ' + c.phrase) || new RegExp(`^\\s*\\S+\\s+${c.phrase}`).test(after)) return c.op;
  return '=';
}
