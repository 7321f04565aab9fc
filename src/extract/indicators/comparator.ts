/**
 * The comparator of a value (EXTRACTION.md `op`): a symbol right before the number, else the
 * LONGEST comparator phrase ending the text before it (filler words such as "đạt", "mức",
 * "tỷ lệ" may stand between), else "trở lên" / "trở xuống" after the number and its unit;
 * a range is ">=", a rank "<=", anything else "=".
 */
import { COMPARATOR_FILLERS } from '../../text/keywords/comparator-fillers.js';
import { COMPARATORS_AFTER, COMPARATORS_BEFORE, COMPARATOR_SYMBOLS } from '../../text/keywords/comparators.js';
import type { Op } from '../../text/keywords/indicators.js';
import { RANK_WORDS } from '../../text/keywords/rank-words.js';
import { sameKey } from '../../text/vietnamese.js';
import type { Mention } from './values.js';

const byLength = <T extends { phrase: string }>(xs: readonly T[]): T[] => [...xs].sort((a, b) => b.phrase.length - a.phrase.length);
const BEFORE = byLength(COMPARATORS_BEFORE);
const FILLERS = [...COMPARATOR_FILLERS].sort((a, b) => b.length - a.length);
const SYMBOLS = Object.entries(COMPARATOR_SYMBOLS).sort((a, b) => b[0].length - a[0].length);
const AFTER = new RegExp(`^\\s*(?:[^\\s\\d]+\\s+){0,2}?(${COMPARATORS_AFTER.map((c) => c.phrase).join('|')})(?!\\p{L})`, 'u');
const MAX_FILLERS = 4;

/** `w` (a sameKey: lower case, trimmed) ends with `phrase` at a word boundary. */
export function endsWithWord(w: string, phrase: string): boolean {
  return w === phrase || w.endsWith(' ' + phrase);
}

/** The first of `phrases` (longest first) ending `key` (a sameKey) once trailing filler words are skipped. */
export function phraseBefore<T extends string>(key: string, phrases: readonly T[]): T | null {
  let w = key.trim();
  for (let i = 0; i <= MAX_FILLERS && w; i++) {
    const c = phrases.find((x) => endsWithWord(w, x));
    if (c) return c;
    const f = FILLERS.find((x) => endsWithWord(w, x));
    if (!f) return null;
    w = w.slice(0, w.length - f.length).trim();
  }
  return null;
}

const BEFORE_PHRASES = BEFORE.map((c) => c.phrase);

/** The longest comparator phrase ending `key` (a sameKey), skipping filler words; null when none. */
export function comparatorBefore(key: string): Op | null {
  const p = phraseBefore(key, BEFORE_PHRASES);
  return p ? BEFORE.find((c) => c.phrase === p)!.op : null;
}

/** The value is a rank: "nhóm 10", "top 5". */
export function isRank(before: string): boolean {
  const w = sameKey(before);
  return RANK_WORDS.some((r) => endsWithWord(w, r));
}

/** `before`: the statement's text between the previous value and this one. */
export function opFor(clause: string, m: Mention, before: string): Op {
  const raw = before.trimEnd();
  for (const [sym, op] of SYMBOLS) if (raw.endsWith(sym)) return op;
  if (m.max !== undefined) return '>=';
  if (isRank(before)) return '<=';
  const phrase = comparatorBefore(sameKey(before));
  if (phrase) return phrase;
  const after = AFTER.exec(sameKey(clause.slice(m.end, m.end + 40)));
  if (after) return COMPARATORS_AFTER.find((c) => c.phrase === after[1])!.op;
  return '=';
}
