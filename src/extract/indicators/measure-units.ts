/**
 * The unit after a number (EXTRACTION.md `unit`): "%", or the longest listed measure word,
 * with a scale word kept in front ("nghìn lượt") and per-units as written ("lượt/ngày");
 * a rate "12%/năm" is "%". A word that is not listed is still taken, flagged as unknown.
 */
import { FUNCTION_WORDS } from '../../text/keywords/function-words.js';
import { MEASURE_WORDS, SCALE_WORDS } from '../../text/keywords/measure-words.js';
import { escapeRegExp } from '../../text/vietnamese.js';
import { wordList } from '../../text/word-list.js';

export interface UnitMatch {
  unit: string | null;
  /** Characters of the text the unit takes, spaces before it included. */
  length: number;
  /** False when the word after the number is not in the measure-word list. */
  known: boolean;
}

const alt = (xs: readonly string[]): string =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');

const PERCENT = /^\s{0,2}(?:%|phần trăm(?![\p{L}\p{N}]))(?:\s*\/\s*(?:năm|tháng|quý|ngày)(?![\p{L}\p{N}]))?/iu;
const SCALE = new RegExp(String.raw`^\s{0,2}(${alt(SCALE_WORDS)})(?![\p{L}\p{N}])`, 'iu');
// the measure words are a few hundred: looked up, not an alternation regex (text/word-list.ts)
const WORDS = wordList(MEASURE_WORDS.filter((w) => w !== '%'));
const PER_WORDS = wordList(MEASURE_WORDS);
const ANY_WORD = /^\s{0,2}(\p{L}[\p{L}\p{N}]*)/u;
const FUNCTION = new Set(FUNCTION_WORDS);

/** As written, in normal case: "Sản phẩm" → "sản phẩm"; "MW", "kWh", "USD" keep their capitals. */
function normalCase(raw: string): string {
  return /^\p{Lu}\p{Ll}/u.test(raw) ? raw.charAt(0).toLocaleLowerCase('vi') + raw.slice(1) : raw;
}

/** How many white-space characters stand at `from` (at most `most`), as `\s*` or `\s{0,2}` takes them. */
function spaces(s: string, from: number, most = Infinity): number {
  let i = from;
  while (i < s.length && i - from < most && /\s/.test(s[i]!)) i++;
  return i - from;
}

/** A listed measure word after up to two spaces: `^\s{0,2}(word)` with the word whole. */
function measureWord(rest: string): { word: string; length: number } | null {
  const lead = spaces(rest, 0, 2);
  const n = WORDS.at(rest, lead);
  return n ? { word: rest.slice(lead, lead + n), length: lead + n } : null;
}

/** Per-units after a unit: "/ngày", "/người/năm" (each a slash and a listed word, spaces around the slash allowed). */
function perUnits(rest: string): { text: string; length: number } {
  let text = '';
  let length = 0;
  for (;;) {
    let i = length + spaces(rest, length);
    if (rest[i] !== '/') break;
    i += 1 + spaces(rest, i + 1);
    const n = PER_WORDS.at(rest, i);
    if (!n) break;
    text += '/' + rest.slice(i, i + n);
    length = i + n;
  }
  return { text, length };
}

/** The unit at the start of `rest` (the text right after a number), or null unit when none. */
export function unitAt(rest: string): UnitMatch {
  const pct = PERCENT.exec(rest);
  if (pct) return { unit: '%', length: pct[0].length, known: true };
  let length = 0;
  let unit = '';
  const scale = SCALE.exec(rest);
  if (scale) {
    unit = scale[1]!;
    length = scale[0].length;
  }
  const word = measureWord(rest.slice(length));
  if (word) {
    unit = unit ? `${unit} ${word.word}` : word.word;
    length += word.length;
  }
  if (unit) {
    const per = perUnits(rest.slice(length));
    return { unit: normalCase(unit + per.text), length: length + per.length, known: true };
  }
  const any = ANY_WORD.exec(rest);
  if (!any || FUNCTION.has(any[1]!.toLocaleLowerCase('vi'))) return { unit: null, length: 0, known: true };
  return { unit: normalCase(any[1]!), length: any[0].length, known: false };
}

/** True when `s` is a listed measure word (or %), for table unit cells. */
export function isMeasureWord(s: string): boolean {
  const t = s.trim();
  const m = unitAt(t);
  return m.known && m.unit !== null && m.length === t.length;
}
