/**
 * The unit after a number (EXTRACTION.md `unit`): "%", or the longest listed measure word,
 * with a scale word kept in front ("nghìn lượt") and per-units as written ("lượt/ngày");
 * a rate "12%/năm" is "%". A word that is not listed is still taken, flagged as unknown.
 */
import { FUNCTION_WORDS } from '../../text/keywords/function-words.js';
import { MEASURE_WORDS, SCALE_WORDS } from '../../text/keywords/measure-words.js';
import { escapeRegExp } from '../../text/vietnamese.js';

export interface UnitMatch {
  unit: string | null;
  /** Characters of the text the unit takes, spaces before it included. */
  length: number;
  /** False when the word after the number is not in the measure-word list. */
  known: boolean;
}

const byLength = (xs: readonly string[]): string[] => [...xs].sort((a, b) => b.length - a.length);
const END = String.raw`(?![\p{L}\p{N}])`;
const alt = (xs: readonly string[]): string => byLength(xs).map(escapeRegExp).join('|');

const PERCENT = /^\s{0,2}(?:%|phần trăm(?![\p{L}\p{N}]))(?:\s*\/\s*(?:năm|tháng|quý|ngày)(?![\p{L}\p{N}]))?/iu;
const SCALE = new RegExp(String.raw`^\s{0,2}(${alt(SCALE_WORDS)})${END}`, 'iu');
const WORD = new RegExp(String.raw`^\s{0,2}(${alt(MEASURE_WORDS.filter((w) => w !== '%'))})${END}`, 'iu');
const PER = new RegExp(String.raw`^\s*/\s*(${alt(MEASURE_WORDS)})${END}`, 'iu');
const ANY_WORD = /^\s{0,2}(\p{L}[\p{L}\p{N}]*)/u;
const FUNCTION = new Set(FUNCTION_WORDS);

/** As written, in normal case: "Sản phẩm" → "sản phẩm"; "MW", "kWh", "USD" keep their capitals. */
function normalCase(raw: string): string {
  return /^\p{Lu}\p{Ll}/u.test(raw) ? raw.charAt(0).toLocaleLowerCase('vi') + raw.slice(1) : raw;
}

/** Per-units after a unit: "/ngày", "/người/năm". */
function perUnits(rest: string): { text: string; length: number } {
  let text = '';
  let length = 0;
  for (let m = PER.exec(rest); m; m = PER.exec(rest.slice(length))) {
    text += '/' + m[1]!;
    length += m[0].length;
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
  const word = WORD.exec(rest.slice(length));
  if (word) {
    unit = unit ? `${unit} ${word[1]!}` : word[1]!;
    length += word[0].length;
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
