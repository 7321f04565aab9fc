/**
 * Matching the organisation lexicon (keywords/organisations.ts) against text: words are
 * compared in lower case with canonical tone marks but WITH diacritics, so "Số liệu" is not
 * "Sở" and "Báo cáo" is not "Báo".
 */
import {
  DECIDING_ORGANS,
  HEAD_CONTINUATIONS,
  HONORIFICS,
  NAMED_HEADS,
  NOT_ORGANISATIONS,
  NOUN_FOLLOWERS,
  NOUN_PREDICATES,
  ORGANISATION_ABBREVIATIONS,
  ORGANISATION_HEADS,
  POSITION_TITLES,
  QUANTIFIERS,
} from './keywords/organisations.js';
import { canonicalTone, escapeRegExp } from './vietnamese.js';

/** A word or a punctuation mark of a text, with where it stands. */
export interface Token {
  text: string;
  /** Lower case, canonical tone marks, diacritics kept. */
  key: string;
  start: number;
  end: number;
  word: boolean;
}

// Words keep inner joiners without spaces: "KH,CN&MT", "TP.HCM", "2026-2030".
const TOKEN = /[\p{L}\p{M}\p{N}]+(?:[&/.,'’_-][\p{L}\p{M}\p{N}]+)*|[^\s\p{L}\p{M}\p{N}]/gu;

export function wordKey(s: string): string {
  return canonicalTone(s).toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.normalize('NFC').matchAll(TOKEN)) {
    const t = m[0];
    out.push({ text: t, key: wordKey(t), start: m.index!, end: m.index! + t.length, word: /[\p{L}\p{N}]/u.test(t) });
  }
  return out;
}

/** A list of phrases, each as its token keys, longest first. */
export type PhraseTable = readonly (readonly string[])[];

export function phraseTable(phrases: readonly string[]): PhraseTable {
  return phrases.map((p) => tokenize(p).map((t) => t.key)).sort((a, b) => b.length - a.length);
}

/** Number of tokens of the longest phrase of `table` that starts at token `i`, else 0. */
export function matchAt(toks: readonly Token[], i: number, table: PhraseTable): number {
  for (const p of table) {
    if (i + p.length > toks.length) continue;
    let ok = true;
    for (let k = 0; k < p.length && ok; k++) ok = toks[i + k]!.key === p[k];
    if (ok) return p.length;
  }
  return 0;
}

export const HEADS = phraseTable(ORGANISATION_HEADS);
export const TITLES = phraseTable(POSITION_TITLES);
export const NOT_ORGS = phraseTable(NOT_ORGANISATIONS);
export const QUANTIFIER_TABLE = phraseTable(QUANTIFIERS);
const VERB_HEADS = phraseTable(NOUN_PREDICATES);
export const FOLLOWERS = phraseTable(NOUN_FOLLOWERS);

/**
 * Where a unit's name starts at token `i`: an optional quantifier, then a head noun or a
 * position title. Returns the token index after the head, or -1. Openers that are no
 * organisation ("Hội nghị", "Số liệu", "Các nội dung") give -1.
 */
export function organisationHeadAt(toks: readonly Token[], i: number): { headStart: number; end: number; title: boolean } | -1 {
  if (matchAt(toks, i, NOT_ORGS)) return -1;
  const q = matchAt(toks, i, QUANTIFIER_TABLE);
  const at = i + q;
  if (q && matchAt(toks, at, NOT_ORGS)) return -1;
  const h = matchAt(toks, at, HEADS);
  const t = matchAt(toks, at, TITLES);
  if (!h && !t) return -1;
  if (t > h) {
    // A title heads a unit only when a name or another title follows ("Lãnh đạo Ban Dân
    // nguyện", "Bộ trưởng, Thủ trưởng …"), not as a verb ("Lãnh đạo, chỉ đạo các cấp").
    const next = toks[at + t];
    if (next && next.text === ',') {
      const after = toks[at + t + 1];
      if (!after || !(matchAt(toks, at + t + 1, TITLES) || matchAt(toks, at + t + 1, HEADS))) return -1;
    } else if (
      next &&
      next.word &&
      !/^\p{Lu}/u.test(next.text) &&
      !matchAt(toks, at + t, QUANTIFIER_TABLE) &&
      !matchAt(toks, at + t, HEADS)
    )
      return -1;
    return { headStart: at, end: at + t, title: true };
  }
  // "Tổ chức, doanh nghiệp …" is a unit, "Tổ chức tuyên truyền …" a verb: a head that is also a
  // verb is a noun only after a quantifier or before a list word.
  if (!q && matchAt(toks, at, VERB_HEADS) === h && !matchAt(toks, at + h, FOLLOWERS)) return -1;
  return { headStart: at, end: at + h, title: false };
}

/** True when the text starts with an organisation's name: "Sở Tài chính", "các sở, ban, ngành". */
export function startsWithOrganisation(text: string): boolean {
  return organisationHeadAt(tokenize(text), 0) !== -1;
}

const DECIDING = phraseTable(DECIDING_ORGANS);

/** True when the text starts with an organ that decides: "ỦY BAN NHÂN DÂN TỈNH …", "THỦ TƯỚNG CHÍNH PHỦ". */
export function startsWithDecidingOrgan(text: string): boolean {
  return matchAt(tokenize(text), 0, DECIDING) > 0;
}

const NAMED_KEYS = new Set(NAMED_HEADS.map(wordKey));
const CONTINUATIONS = phraseTable(HEAD_CONTINUATIONS);

/** The words so far end with a head that a proper name follows: "Sở", "Trung tâm". */
export function endsWithNamedHead(before: readonly string[]): boolean {
  return [1, 2].some((n) => before.length >= n && NAMED_KEYS.has(before.slice(-n).map(wordKey).join(' ')));
}

/** The word goes on with the head in lower case ("Ủy ban | nhân dân", "Ban | chấp hành"), not a proper name. */
export function continuesHead(word: string): boolean {
  return matchAt(tokenize(word), 0, CONTINUATIONS) > 0;
}

/** True when the text ends with a position title that waits for its unit: "Lãnh đạo", "Sở Nội vụ; Giám đốc". */
export function endsWithPositionTitle(text: string): boolean {
  const toks = tokenize(text);
  for (let k = 1; k <= 4 && k <= toks.length; k++) if (matchAt(toks, toks.length - k, TITLES) === k) return true;
  return false;
}

const HONORIFIC_TABLE = phraseTable(HONORIFICS);
const NAME_WORD = /^\p{Lu}\p{Ll}*$/u;

/**
 * A person's name as a lead cell lists officials: two to five capitalised words, after an
 * optional honorific, and before an optional role ("Nguyễn Văn An - Phó Chủ tịch", "Đ/c Trần
 * Thị Bình (Chủ tịch Hội)"); never an organisation's name or a title.
 */
export function isPersonName(text: string): boolean {
  // the text before the first ' - ' or '(' (white space around the cut is trimmed)
  const cut = /\s[-–]\s|\(/u.exec(text);
  const name = (cut ? text.slice(0, cut.index) : text).trim();
  const toks = tokenize(name);
  const h = matchAt(toks, 0, HONORIFIC_TABLE);
  const words = toks.slice(h);
  if (words.length < 2 || words.length > 5 || !words.every((t) => t.word && NAME_WORD.test(t.text))) return false;
  const rest = name.slice(words[0]!.start);
  return !startsWithOrganisation(rest) && !startsWithPositionTitle(rest);
}

/** True when the text starts with a position title: "PHÓ CHỦ TỊCH", "Giám đốc". */
export function startsWithPositionTitle(text: string): boolean {
  return matchAt(tokenize(text), 0, TITLES) > 0;
}

const ABBREVIATION_RES = ORGANISATION_ABBREVIATIONS.map(
  ([abbr, full]) => [new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(abbr)}(?![\\p{L}\\p{N}])`, 'gu'), full] as const,
);

/** "UBND xã An Phú" → "Ủy ban nhân dân xã An Phú". */
export function expandOrganisationAbbreviations(s: string): string {
  let out = s;
  for (const [re, full] of ABBREVIATION_RES) out = out.replace(re, full);
  return out;
}
