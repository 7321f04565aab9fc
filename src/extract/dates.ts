/**
 * Dates and deadlines as written in plans, to ISO-like strings:
 * "18/5/2026" → 2026-05-18, "Tháng 12/2026" → 2026-12, "Quý III/2027" → 2027-Q3,
 * "2026 – 2030" → 2026/2030, "Quý IV/2025 - Quý II/2026" → 2025-Q4/2026-Q2.
 */
import { romanValue } from '../text/numbers.js';
import { fold } from '../text/vietnamese.js';
import { memoBy } from '../text/memo.js';

const pad = (n: number): string => String(n).padStart(2, '0');

function ymd(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1 || d > 31 || y < 1900 || y > 2200) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** A full date: "18/5/2026", "18-05-2026", "ngày 18 tháng 5 năm 2026". */
export function parseDateText(s: string): string | null {
  let m = /(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})/.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  m = /(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/i.exec(s);
  if (m) return ymd(+m[3]!, +m[2]!, +m[1]!);
  return null;
}

interface Point {
  /** "2027-03", "2027-Q2", "2027-03-15", "2027"; the year part left out ("-03") when the text omits it. */
  date: string;
  hasYear: boolean;
  index: number;
  end: number;
}

const QUARTER = /qu[ýyí]\s*([IV]+|[1-4])(?:\s*(?:(?:\/|-|–|năm)\s*)?(\d{4}))?(?![\dIV])/giu;
const FULL = /(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const MONTH = /(?:tháng\s*)?(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})/giu;
const YEAR = /(?<![\d/.])((?:19|20)\d{2})(?![\d/])/gu;
/** Points without a year: "tháng 3", "15/3" (the year comes from a later point or the header). */
const MONTH_ALONE = /tháng\s*(\d{1,2})(?!\s*(?:[/-]\s*\d|năm\s*\d|\d))/giu;
const DAY_MONTH = /(?<![\d/.])(\d{1,2})\s*\/\s*(\d{1,2})(?!\s*[/\d])/gu;

function points(text: string): Point[] {
  // One flag per character: a span is free when none of its characters is taken. Checking a
  // span costs its length, so a cell of thousands of dates stays linear (a list of the spans
  // taken, searched for each new one, was quadratic).
  const taken = new Uint8Array(text.length);
  const free = (i: number, e: number): boolean => taken.subarray(i, e).indexOf(1) < 0;
  const out: Point[] = [];
  const add = (date: string | null, i: number, e: number, hasYear = true): void => {
    if (date && free(i, e)) {
      out.push({ date, hasYear, index: i, end: e });
      taken.fill(1, i, e);
    }
  };
  for (const m of text.matchAll(FULL)) {
    const d = m[1] ? ymd(+m[3]!, +m[2]!, +m[1]!) : ymd(+m[6]!, +m[5]!, +m[4]!);
    add(d, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = /^\d$/.test(m[1]!) ? +m[1]! : romanValue(m[1]!);
    if (q && q >= 1 && q <= 4) add(m[2] ? `${m[2]}-Q${q}` : `-Q${q}`, m.index!, m.index! + m[0].length, !!m[2]);
  }
  for (const m of text.matchAll(MONTH)) {
    const mo = +m[1]!;
    if (mo >= 1 && mo <= 12 && (/tháng/i.test(m[0]) || /\//.test(m[0]))) add(`${m[2]}-${pad(mo)}`, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(YEAR)) add(m[1]!, m.index!, m.index! + m[0].length);
  for (const m of text.matchAll(MONTH_ALONE)) {
    const mo = +m[1]!;
    if (mo >= 1 && mo <= 12) add(`-${pad(mo)}`, m.index!, m.index! + m[0].length, false);
  }
  for (const m of text.matchAll(DAY_MONTH)) {
    const d = +m[1]!;
    const mo = +m[2]!;
    if (d >= 1 && d <= 31 && mo >= 1 && mo <= 12) add(`-${pad(mo)}-${pad(d)}`, m.index!, m.index! + m[0].length, false);
  }
  return out.sort((a, b) => a.index - b.index);
}

/** Points without a year take the year of the next point that has one, else the given year; else they are dropped. */
function completeYears(ps: Point[], year: number | null): Point[] {
  const out: Point[] = [];
  // walked from the end, so the year of the next point with one is at hand (no search per point)
  let next = year !== null ? String(year) : null;
  for (let i = ps.length - 1; i >= 0; i--) {
    const p = ps[i]!;
    if (p.hasYear) {
      out.push(p);
      next = p.date.slice(0, 4);
    } else if (next) out.push({ ...p, date: next + p.date, hasYear: true });
  }
  return out.reverse();
}

// Document citations: a số ký hiệu ("12/2019/TT-BNV", "08-NQ/TU") with the date that follows it,
// or a document kind followed directly by its date ("Thông tư ngày 10/3/2019").
const DATE_TEXT = String.raw`(?:ngày\s+)?(?:\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})`;
const SYMBOL = String.raw`(?:số\s*)?\d{1,5}(?:\/\d{4})?[/-][A-ZĐ][A-ZĐa-zđ0-9/\-]*`;
const CITED = new RegExp(String.raw`${SYMBOL}(?:[\s,]*(?:của\s+[^,;]{0,60}?\s)?${DATE_TEXT})?`, 'gu');
const KIND_DATE = new RegExp(
  String.raw`(?:luật|nghị định|thông tư|quyết định|nghị quyết|chỉ thị|kế hoạch|công văn|văn bản|thông báo|chương trình)\s+(?:số\s+)?${DATE_TEXT}`,
  'giu',
);

/** The text with cited documents' numbers and dates blanked out (positions kept). */
function maskCitations(text: string): string {
  const blank = (s: string): string => ' '.repeat(s.length);
  return text.replace(KIND_DATE, blank).replace(CITED, blank);
}

const RELATIVE =
  /\b(ke tu|trong vong|trong thoi han|hang thang|hang quy|hang tuan|hang nam|thuong xuyen|lien tuc|dinh ky)\b|\bsau\s+\d+\s+(ngay|thang|nam)\b/;
const OPEN_ENDED = /\b(cac nam tiep theo|nhung nam tiep theo|tro di|cac nam sau)\b/;

export interface DeadlineOptions {
  /** The year a deadline header names ("Thời gian (năm 2027)"), for dates written without one. */
  year?: number | null;
}

/**
 * The date a deadline cell names, or null for text without one ("Hằng năm", "Thường xuyên",
 * "Tháng 12 hằng năm", "Theo lộ trình…"), a relative deadline ("Sau 06 tháng kể từ…"), a start
 * date ("Từ 01/01/2027", "Năm 2027 và các năm tiếp theo") or a cited document's date. A range
 * of two points gives "A/B" ("Từ tháng 3 đến tháng 9/2027" → 2027-03/2027-09); a text that
 * names several deadlines gives the last.
 */
export function parseDeadline(text: string, options: DeadlineOptions = {}): string | null {
  return deadlineOf(text, options.year ?? null);
}

// a deadline column repeats a few texts ("Quý IV/2027", "Hằng năm") over all its rows
const deadlineOf = memoBy((text: string, year: number | null) => `${year ?? ''} ${text}`, deadlineIn, 1024);

function deadlineIn(text: string, year: number | null): string | null {
  const t = maskCitations(text.trim());
  if (!t.trim()) return null;
  const f = fold(t);
  if (RELATIVE.test(f) && !/\d{4}/.test(t.replace(/hằng năm|hàng năm|hằng tháng|hàng tháng/gi, ''))) return null;
  if (/\bke tu\b|\bsau\s+\d+\s+(ngay|thang|nam)\b/.test(f) || OPEN_ENDED.test(f)) return null;
  const ps = completeYears(points(t), year);
  if (!ps.length) return null;
  if (ps.length >= 2) {
    const between = t.slice(ps[0]!.end, ps[1]!.index);
    if (/^\s*(-|–|—|đến|tới|~)\s*(hết\s+)?(năm\s*)?$/i.test(between)) return `${ps[0]!.date}/${ps[1]!.date}`;
  }
  // A start date: "Từ 01/01/2027" with no end.
  if (ps.length === 1 && /^\s*(bat dau\s+)?tu\b/.test(f)) return null;
  return ps[ps.length - 1]!.date;
}
