/**
 * Heading numbers ("I.", "PHẦN II", "1.", "1.1.", "a)") and the rule that tells a heading
 * (a short title) from a numbered sentence (a list item inside a section).
 */
import type { ParagraphBlock } from '../model/blocks.js';
import { ORDINAL_WORDS } from '../text/keywords/number-words.js';
import { isRoman } from '../text/numbers.js';
import { fold, upperRatio, words } from '../text/vietnamese.js';
import { trimEndWhile } from '../text/trim.js';

export type NumStyle = 'part' | 'roman' | 'decimal' | 'decimal2' | 'decimal3' | 'letter';

export interface Numbering {
  style: NumStyle;
  /** The number as written, without punctuation: "II", "1", "4.1", "a". */
  number: string;
  /** The heading text after the number. */
  rest: string;
}

/** Nesting rank of each style: a heading closes every open heading of equal or higher rank. */
export const STYLE_RANK: Record<NumStyle, number> = { part: 0, roman: 1, decimal: 2, decimal2: 3, letter: 4, decimal3: 5 };

// The patterns below run on trimmed text, so a rest that starts with a non-space ends with one:
// `\s*(\S.*)$` is the linear form of `\s*(.*\S)\s*$`. PART's rest is the text after the match.
const PART = /^phần\s+(thứ\s+\p{L}+|[IVXLC]+|\d+)(?:\s*[.:\-–])?/iu;
const ROMAN = /^([IVXLC]{1,6})\s*[.):\-–]\s*(\S.*)$/u;
const ROMAN_BARE = /^([IVXLC]{1,6})\s+(\p{Lu}.*)$/u;
const MULTI = /^(\d{1,2}(?:\.\d{1,2}){1,3})\s*(?:\.\s*)?(?:\)\s*)?(\S.*)$/u;
const DECIMAL = /^(\d{1,2})\s*[.)]\s*(\S.*)$/u;
const LETTER = /^([a-zđ])\s*\)\s*(\S.*)$|^([a-zđ])\.\s+(\S.*)$/u;

const ROMAN_DIGITS = ['', 'I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

// "PHẦN THỨ HAI" is part II.
function partNumber(raw: string): string {
  const m = /^thứ\s+(\S+)$/iu.exec(raw.trim());
  const n = m ? ORDINAL_WORDS[fold(m[1]!)] : undefined;
  return typeof n === 'number' ? ROMAN_DIGITS[n]! : raw.toUpperCase();
}

export function parseNumbering(text: string): Numbering | null {
  const t = text.trim();
  let m = PART.exec(t);
  if (m) return { style: 'part', number: partNumber(m[1]!), rest: t.slice(m[0].length).trim() };
  m = ROMAN.exec(t);
  if (m && isRoman(m[1]!)) return { style: 'roman', number: m[1]!, rest: m[2]! };
  m = ROMAN_BARE.exec(t);
  if (m && isRoman(m[1]!) && upperRatio(m[2]!) > 0.8 && words(m[2]!).length <= 20) return { style: 'roman', number: m[1]!, rest: m[2]! };
  m = MULTI.exec(t);
  if (m && /^\D/u.test(m[2]!)) {
    const depth = m[1]!.split('.').length;
    return { style: depth === 2 ? 'decimal2' : 'decimal3', number: m[1]!, rest: m[2]! };
  }
  m = DECIMAL.exec(t);
  if (m && /^[^\d%]/u.test(m[2]!)) return { style: 'decimal', number: String(m[1]!), rest: m[2]! };
  m = LETTER.exec(t);
  if (m) return { style: 'letter', number: (m[1] ?? m[3])!, rest: (m[2] ?? m[4])! };
  return null;
}

/**
 * A numbered paragraph is a heading when it is a title: short, not a finished sentence, or
 * marked as a heading by the source (markdown #, Word heading style, bold).
 */
export function isHeading(p: ParagraphBlock, n: Numbering): boolean {
  if (p.bullet) return false;
  const rest = n.rest.replace(/[*_]+/g, '').trim();
  const w = words(rest).length;
  if (w === 0) return false;
  if (n.style === 'part') return w <= 40;
  if (n.style === 'roman') return w <= 30 || ((p.bold || !!p.heading || upperRatio(rest) > 0.8) && w <= 80);
  if (p.heading) return w <= 80;
  if (p.bold) return w <= 60;
  if (w <= 6) return true;
  if (/[.;]$/.test(rest)) return false;
  return w <= 20;
}

/** The heading text without its number and trailing punctuation. */
export function headingText(n: Numbering): string {
  return trimEndWhile(n.rest, /[\s.:;]/).trim();
}
