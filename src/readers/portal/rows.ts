/** Portal tables: cells that open a row, and whether they fit the numbering so far. */
import { squash } from '../../text/vietnamese.js';
import { romanValue } from '../../text/numbers.js';
import { unescape } from './cells.js';
import type { Content } from './tokens.js';
import { PART_WORDS } from '../../text/keywords/part-headings.js';
import { TOTAL_WORDS } from '../../text/keywords/total-words.js';

const PART_ROW = new RegExp(`^(${PART_WORDS.join('|')})\\s+[IVXLC\\d]+\\b`, 'u');
const TOTAL_ROW = new RegExp(`^(${TOTAL_WORDS.join('|')})\\b`, 'iu');

export function plainKey(c: Content): string {
  return squash(unescape(c.raw.join(' ')).replace(/\*+/g, ''))
    .replace(/\.$/, '')
    .trim();
}

/** A cell that can open a row: a TT number, a Roman numeral (with a title), a letter, a "-" item, a total. */
export function isRowStartText(t: string): boolean {
  if (/^\d{1,3}(\.\d{1,2}){0,3}$/.test(t)) return true;
  if (/^[IVXLC]{1,6}(\.\d{1,2}){0,3}$/.test(t)) return true;
  if (/^[IVXLC]{1,6}[.:)–-]\s*\S/u.test(t) && /^\S+\s+\p{Lu}/u.test(t)) return true;
  if (PART_ROW.test(t)) return true;
  if (/^[A-Z]$|^[a-hđ]\)?$/.test(t)) return true;
  if (/^[-+–•]$/.test(t)) return true;
  if (TOTAL_ROW.test(t)) return true;
  return false;
}

export interface SeqState {
  lastInt: number | null;
  /** The last row start was a group (Roman numeral, letter, title): numbering may restart at 1. */
  afterGroup: boolean;
  lastRoman: number | null;
}

/** A row start that fits the numbering so far (the next TT, a sub-number, a new group…). */
export function isExpectedStart(t: string, s: SeqState): boolean {
  if (!isRowStartText(t)) return false;
  const r = /^([IVXLC]{1,6})(?:[.:)–-]|\s|$)/u.exec(t);
  if (r) {
    const v = romanValue(r[1]!);
    // A lone C or L (100, 50) is a letter group, not a Roman numeral.
    if (v !== null && v <= 39)
      return s.lastRoman === null ? v === 1 : v === s.lastRoman + 1 || (v === s.lastRoman && /^[IVXLC]+\.\d/.test(t));
  }
  const m = /^(\d{1,3})(\.\d{1,2}){0,3}$/.exec(t);
  if (!m) return true;
  const n = parseInt(m[1]!, 10);
  if (s.lastInt === null || (n === 1 && s.afterGroup)) return true;
  if (m[2]) return n === s.lastInt || n === s.lastInt + 1;
  return n === s.lastInt + 1;
}

export function noteStart(t: string, s: SeqState): void {
  const m = /^(\d{1,3})(\.\d{1,2}){0,3}$/.exec(t);
  if (m) {
    s.lastInt = parseInt(m[1]!, 10);
    s.afterGroup = false;
  } else if (!/^[-+–•]$/.test(t)) s.afterGroup = true;
  const r = /^([IVXLC]{1,6})(?:[.:)–-]|\s|$)/u.exec(t);
  const v = r ? romanValue(r[1]!) : null;
  if (v !== null) s.lastRoman = v;
}
