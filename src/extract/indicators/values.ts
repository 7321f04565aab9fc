/**
 * The numbers of a target statement that are values: Vietnamese formats ("8,5", "5.000",
 * "04"), each with its unit and, for a range of two numbers of the same kind, its maximum
 * ("60-70%", "từ 60 đến 70%"; "95% đến 2030" is no range: 2030 is the year).
 */
import { parseViNumber } from '../../text/numbers.js';
import { fold } from '../../text/vietnamese.js';
import { maskForValues } from './mask.js';
import { unitAt } from './measure-units.js';
import { trimEndWhile } from '../../text/trim.js';

export interface Mention {
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string | null;
  /** False when the unit is the first word after the number, not a listed measure word. */
  known: boolean;
  /** End of the number itself (before its unit). */
  numberEnd: number;
}

const NUMBER = /(?<![\p{L}\p{N}.,/\-–—_])\d+(?:[.,]\d+)*/gu;
const RANGE_SEP = /^\s*(?:-|–|—|đến|tới)\s*(\d+(?:[.,]\d+)*)(?![\p{N}])/iu;
const YEAR_LIKE = /^(?:19|20)\d{2}$/;

/** A range is two numbers of the same kind: units alike, or the first without one; never a bare year. */
function sameKind(first: string | null, second: string | null, secondRaw: string): boolean {
  if (second === null) return first === null && !YEAR_LIKE.test(secondRaw);
  return first === null || first === second;
}

/** A number that is a name, not a value: glued to letters ("5G"), a ratio or date ("4/100.000"), a list number ("1)"). */
const isSpace = (c: string | undefined): boolean => c !== undefined && /\s/.test(c);

/** The last two words of `s` (white space after them allowed), as /(\S+)\s+(\S+)\s*$/ read them, by a scan from the end. */
function lastTwoWords(s: string): [string, string] | null {
  const t = trimEndWhile(s, /\s/);
  let i = t.length;
  while (i > 0 && !isSpace(t[i - 1])) i--;
  let j = i;
  while (j > 0 && isSpace(t[j - 1])) j--;
  if (i === t.length || j === i || j === 0) return null;
  let k = j;
  while (k > 0 && !isSpace(t[k - 1])) k--;
  return [t.slice(k, j), t.slice(i)];
}

function isName(masked: string, start: number, end: number, known: boolean, unit: string | null): boolean {
  const after = masked.slice(end);
  if (/^\p{L}/u.test(after) && !(known && unit)) return true;
  if (/^\s*\/\s*\d/.test(after) || /^\s*[):]/.test(after)) return true;
  if (/^\.(?:\s|$)/.test(after) && !masked.slice(0, start).trim()) return true;
  // "Đề án 06", "Chương trình 135": a bare number right after a capitalised word (not the first) is a name.
  if (!unit) {
    const before = lastTwoWords(masked.slice(0, start));
    if (before && /^\p{Lu}/u.test(before[1]) && !/[.:;]$/.test(before[0])) return true;
  }
  return false;
}

export function mentions(clause: string): Mention[] {
  const masked = maskForValues(clause);
  const out: Mention[] = [];
  NUMBER.lastIndex = 0;
  for (let m = NUMBER.exec(masked); m; m = NUMBER.exec(masked)) {
    const start = m.index;
    const numberEnd = start + m[0].length;
    const value = parseViNumber(m[0]);
    if (value == null) continue;
    const u = unitAt(masked.slice(numberEnd));
    if (isName(masked, start, numberEnd, u.known, u.unit)) continue;
    let unit = u.unit;
    let known = u.known;
    let end = numberEnd + u.length;
    let max: number | undefined;
    const r = RANGE_SEP.exec(masked.slice(end));
    if (r) {
      const secondEnd = end + r[0].length;
      const u2 = unitAt(masked.slice(secondEnd));
      const second = parseViNumber(r[1]!);
      if (second !== null && second > value && sameKind(unit, u2.unit, r[1]!)) {
        max = second;
        if (!unit) {
          unit = u2.unit;
          known = u2.known;
        }
        end = secondEnd + u2.length;
      }
    }
    // A four-digit year without a listed unit after it is a year, not a value ("95% đến 2030").
    if (max === undefined && YEAR_LIKE.test(m[0]) && !(unit && known)) continue;
    // "tỷ lệ … đạt 100": a rate without its sign.
    if (!unit && value <= 100 && /(?:^|\s)t[yi] le(?:\s|$)/.test(fold(masked.slice(Math.max(0, start - 80), start)))) unit = '%';
    const mention: Mention = { start, end, value, unit, known, numberEnd };
    if (max !== undefined) mention.max = max;
    out.push(mention);
    NUMBER.lastIndex = end;
  }
  return out;
}
