/**
 * Target paragraphs into statements, one measured thing each (EXTRACTION.md "Indicators"):
 * sentences (a new sentence may open with a number: "… đúng hạn. 100% …"), then ";" outside
 * parentheses, then the "," or "và" before a new value: "A% X và B% Y" gives two, a new
 * subject after a comma ("…đạt 20%, diện tích … đạt 75%") gives two, and a boundary never
 * falls inside a list of names ("100% cán bộ, công chức và …, 80% hộ …").
 */
import { COMPARATOR_FILLERS } from '../../text/keywords/comparator-fillers.js';
import { CHANGE_WORDS } from '../../text/keywords/change-words.js';
import { COMPARATORS_BEFORE } from '../../text/keywords/comparators.js';
import { STATUS_OPENERS, TARGET_VERBS } from '../../text/keywords/indicators.js';
import { fold, hasMoreWords, sameKey, words } from '../../text/vietnamese.js';
import { endsWithWord, phraseBefore } from './comparator.js';
import { maskForValues } from './mask.js';
import { mentions, type Mention } from './values.js';

const LEADS = [...COMPARATOR_FILLERS, ...COMPARATORS_BEFORE.map((c) => c.phrase), ...CHANGE_WORDS.map((c) => c.phrase)].sort(
  (a, b) => b.length - a.length,
);

/** Only comparator, change and filler words ("và tối thiểu", "đạt trên", "và tăng thêm"): what may lead a value. */
export function isLeadOnly(text: string): boolean {
  let w = sameKey(text)
    .replace(/^(?:và|,)\s*/u, '')
    .trim();
  for (let i = 0; i < 6 && w; i++) {
    const l = LEADS.find((x) => endsWithWord(w, x));
    if (!l) return false;
    w = w.slice(0, w.length - l.length).trim();
  }
  return !w;
}

/** Boundaries (",", " và ") inside [from, to) of the masked clause, as [start, end) pairs. */
function boundaries(masked: string, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  const re = /,|\svà\s/gu;
  re.lastIndex = from;
  for (let m = re.exec(masked); m && m.index < to; m = re.exec(masked)) out.push([m.index, m.index + m[0].length]);
  return out;
}

const wordCount = (s: string): number => words(s.replace(/[,;:]/g, ' ')).length;

const CLOSERS = [...TARGET_VERBS, ...CHANGE_WORDS.map((c) => c.phrase), ...COMPARATORS_BEFORE.map((c) => c.phrase)].sort(
  (a, b) => b.length - a.length,
);

/** A value that closes its clause: led by a target verb, comparator or change word ("… đạt 20%", "tăng trên 3%"). */
export function isLed(before: string): boolean {
  return phraseBefore(sameKey(before), CLOSERS) !== null;
}

/** Where to cut between value `a` and the next value `b`, or null to keep them together. */
function cutBetween(masked: string, a: Mention, b: Mention, closes: boolean): [number, number] | null {
  const bs = boundaries(masked, a.end, b.start);
  if (!bs.length) return null;
  // "đạt 20% và 30%": two values of one thing; "20 khách sạn và 5 điểm đến" are two things.
  if (a.unit === b.unit && !wordCount(masked.slice(a.end, b.start).replace(/,|\svà\s/g, ' '))) return null;
  const last = bs[bs.length - 1]!;
  // The next value opens its own phrase: "100% chợ … và 80% cửa hàng", "…, tối thiểu 80% …".
  if (isLeadOnly(masked.slice(last[1], b.start))) return last;
  // A value that does not close its clause quantifies the subject ("100% các khu, cụm công
  // nghiệp có tối thiểu 1 trạm", "100% xã, phường, thị trấn có ít nhất 04 tin"): later
  // numbers qualify it, and the commas after it separate names, not statements.
  if (!closes) return null;
  // A new subject after a comma: the first boundary followed by more than a short list item.
  for (let i = 0; i < bs.length; i++) {
    const next = i + 1 < bs.length ? bs[i + 1]![0] : b.start;
    if (masked[bs[i]![0]] === ',' && wordCount(masked.slice(bs[i]![1], next)) >= 2) return bs[i]!;
  }
  return null;
}

/** Splits a clause holding several values before each value that starts a new statement. */
export function splitByMentions(clause: string): string[] {
  const ms = mentions(clause);
  if (ms.length < 2) return [clause];
  const masked = maskForValues(clause);
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i + 1 < ms.length; i++) {
    const before = masked.slice(i > 0 ? Math.max(from, ms[i - 1]!.end) : from, ms[i]!.start);
    // A count after a verb phrase is its object ("Hình thành mới 05 Khu công nghiệp, nâng …"); a
    // percent closes its clause only after a verb or comparator ("… đạt 20%, diện tích …").
    const closes = hasMoreWords(masked, from, ms[i]!.start, 2, /[\s,;:]/) && (ms[i]!.unit !== '%' || isLed(before));
    const cut = cutBetween(masked, ms[i]!, ms[i + 1]!, closes);
    if (!cut) continue;
    pieces.push(clause.slice(from, cut[0]));
    from = cut[1];
  }
  pieces.push(clause.slice(from));
  return pieces.map((p) => p.replace(/^\s*(và\s+)?/u, '').trim()).filter(Boolean);
}

/** Splits at `sep`, but not inside parentheses ("(gồm 166 dự án thủy điện; 02 dự án …)"). */
function splitOutsideParens(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out.map((x) => x.trim()).filter(Boolean);
}

/** Sentences: after ".", "!" or "?" when the next one opens with a capital, a quote, a parenthesis or a number. */
const SENTENCE = /(?<=[.!?])\s+(?=[\p{Lu}\p{N}“"(])/u;

/** A list marker left alone by the sentence split ("1.", "a)"): it belongs to the next sentence. */
const MARKER = /^\(?(?:\d{1,2}|[a-zđ]|[IVX]{1,4})[.)]$/u;

function sentences(text: string): string[] {
  const out: string[] = [];
  for (const s of text.split(SENTENCE)) {
    if (out.length && MARKER.test(out[out.length - 1]!)) out[out.length - 1] += ' ' + s;
    else out.push(s);
  }
  return out;
}

export function statements(text: string): string[] {
  const out: string[] = [];
  for (const s of sentences(text)) {
    const f = fold(s.slice(0, 40));
    if (STATUS_OPENERS.some((o) => f.startsWith(o))) continue;
    for (const c of splitOutsideParens(s, ';')) out.push(...splitByMentions(c));
  }
  return out;
}
