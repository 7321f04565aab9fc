/**
 * Dates and deadlines as written in plans, to ISO-like strings:
 * "18/5/2026" → 2026-05-18, "Tháng 12/2026" → 2026-12, "Quý III/2027" → 2027-Q3,
 * "2026 – 2030" → 2026/2030, "Quý IV/2025 - Quý II/2026" → 2025-Q4/2026-Q2.
 */
import { romanValue } from '../text/numbers.js';
import { fold } from '../text/vietnamese.js';

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
  date: string;
  index: number;
  end: number;
}

const QUARTER = /qu[ýyí]\s*([IV]+|[1-4])\s*(?:\/|-|–|năm)?\s*(\d{4})/giu;
const FULL = /(\d{1,2})\s*[/.]\s*(\d{1,2})\s*[/.]\s*(\d{4})|(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/giu;
const MONTH = /(?:tháng\s*)?(\d{1,2})\s*(?:\/|-|năm)\s*(\d{4})/giu;
const YEAR = /(?<![\d/.])((?:19|20)\d{2})(?![\d/])/gu;

function points(text: string): Point[] {
  const taken: [number, number][] = [];
  const free = (i: number, e: number): boolean => taken.every(([a, b]) => e <= a || i >= b);
  const out: Point[] = [];
  const add = (date: string | null, i: number, e: number): void => {
    if (date && free(i, e)) {
      out.push({ date, index: i, end: e });
      taken.push([i, e]);
    }
  };
  for (const m of text.matchAll(FULL)) {
    const d = m[1] ? ymd(+m[3]!, +m[2]!, +m[1]!) : ymd(+m[6]!, +m[5]!, +m[4]!);
    add(d, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(QUARTER)) {
    const q = /^\d$/.test(m[1]!) ? +m[1]! : romanValue(m[1]!);
    if (q && q >= 1 && q <= 4) add(`${m[2]}-Q${q}`, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(MONTH)) {
    const mo = +m[1]!;
    if (mo >= 1 && mo <= 12 && (/tháng/i.test(m[0]) || /\//.test(m[0]))) add(`${m[2]}-${pad(mo)}`, m.index!, m.index! + m[0].length);
  }
  for (const m of text.matchAll(YEAR)) add(m[1]!, m.index!, m.index! + m[0].length);
  return out.sort((a, b) => a.index - b.index);
}

/**
 * The date a deadline cell names, or null for text without one ("Hằng năm", "Thường xuyên",
 * "Tháng 12 hằng năm", "Theo lộ trình…"). A range of two points gives "A/B".
 */
export function parseDeadline(text: string): string | null {
  const t = text.trim();
  if (!t) return null;
  const f = fold(t);
  if (/\b(hang nam|hang thang|hang quy|thuong xuyen|lien tuc|dinh ky)\b/.test(f) && !/\d{4}/.test(t.replace(/hằng năm|hàng năm/gi, ''))) return null;
  const ps = points(t);
  if (!ps.length) return null;
  if (ps.length >= 2) {
    const between = t.slice(ps[0]!.end, ps[1]!.index);
    if (/^\s*(-|–|—|đến|tới|~)\s*$/i.test(between) || /^\s*(-|–|—)\s*(năm\s*)?$/i.test(between)) return `${ps[0]!.date}/${ps[1]!.date}`;
  }
  return ps[0]!.date;
}
