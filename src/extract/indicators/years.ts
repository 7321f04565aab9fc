/**
 * The year a target statement names (EXTRACTION.md `year`), with dates, cited documents and
 * baselines ("so với năm 2025") masked so that their years are never taken for targets.
 */
import { memo } from '../../text/memo.js';
import { TARGET_YEAR_WORDS } from '../../text/keywords/indicators.js';
import { findSymbols } from '../references.js';

const DATES =
  /\b(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b|\btháng\s+\d{1,2}\s*[/-]\s*\d{4}\b/giu;
const BASELINE = /so với\s+(?:cùng kỳ\s+|mức\s+|giai đoạn\s+)?(?:năm\s+)?(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?/giu;
// The year of a starting level: "từ 40% năm 2025 lên 60%".
const FROM_YEAR = /(từ\s+\d[\d.,]*\s*(?:(?:%|\p{L}+)\s*)?)((?:vào\s+|trong\s+)?năm\s+(?:19|20)\d{2})/giu;

const blank = (m: string): string => ' '.repeat(m.length);

function mask(s: string): string {
  if (!/\d/.test(s)) return s;
  let out = s
    .replace(DATES, blank)
    .replace(BASELINE, blank)
    .replace(FROM_YEAR, (_m, from: string, year: string) => from + blank(year));
  for (const sym of findSymbols(out)) out = out.slice(0, sym.index) + ' '.repeat(sym.end - sym.index) + out.slice(sym.end);
  return out;
}

/** Blanks dates, baselines and cited documents so their years are not taken for target years. */
export const maskCitations = memo(mask);

const YEAR_AFTER_WORD = new RegExp(`(?:${TARGET_YEAR_WORDS.join('|')})\\s+(?:năm\\s+)?((?:19|20)\\d{2})\\b`, 'giu');
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/gu;
const YEAR_WORD = /năm\s+((?:19|20)\d{2})\b/giu;

function lastOf(re: RegExp, s: string, group: number): number | null {
  let year: number | null = null;
  for (const m of s.matchAll(re)) year = +m[group]!;
  return year;
}

/** The target year a text names: "vào năm 2030", "đến 2045", the end of "2026 – 2030". */
export function targetYear(text: string): number | null {
  const s = maskCitations(text);
  return lastOf(YEAR_AFTER_WORD, s, 1) ?? lastOf(YEAR_RANGE, s, 2) ?? lastOf(YEAR_WORD, s, 1);
}

/**
 * The end year of the plan's own period in its title: "… giai đoạn 2026 – 2030" → 2030,
 * "… năm 2026" → 2026 (a vision year "tầm nhìn đến năm 2045" is not the plan's period).
 */
export function titleYear(title: string | null | undefined): number | null {
  if (!title) return null;
  const s = maskCitations(title);
  return lastOf(YEAR_RANGE, s, 2) ?? lastOf(YEAR_WORD, s, 1) ?? targetYear(title);
}
