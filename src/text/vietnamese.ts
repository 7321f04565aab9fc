/**
 * Vietnamese text handling, in one place: Unicode normalisation, tone-mark placement,
 * diacritic-insensitive folding and white space. Every stage uses these helpers.
 */

/** NFC, NBSP and other spaces to plain spaces, zero-width characters dropped. */
export function normalizeText(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff\u00ad]/g, '');
}

/** Runs of white space folded to one space, trimmed. */
export function squash(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Lower-case, diacritics removed, đ → d, white space folded: for matching, never for output. */
export function fold(s: string): string {
  let out = '';
  let space = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!foldsAlone(c)) return foldWhole(s);
    let f = FOLDED_CHAR[c];
    if (f === undefined) f = FOLDED_CHAR[c] = /\s/.test(s[i]!) ? null : foldWhole(s[i]!);
    if (f === null) space = out !== '';
    else if (f) {
      if (space) out += ' ';
      out += f;
      space = false;
    }
  }
  return out;
}

function foldWhole(s: string): string {
  return squash(s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase());
}

// `fold` letter by letter, each letter's fold looked up once (null: white space): folding the
// cells of large tables was most of their time, and the whole-string NFD and regexes cost five
// times the lookups. Only where a letter's fold never depends on its neighbours — Latin, its
// extensions, combining marks and the Vietnamese letters; Greek (final sigma), Hangul and the
// rest take the whole-string way.
const FOLDED_CHAR: (string | null | undefined)[] = [];
const foldsAlone = (c: number): boolean => c < 0x250 || (c >= 0x300 && c < 0x370) || (c >= 0x1e00 && c < 0x1f00);

/**
 * `fold` letter by letter, each letter keeping its length: an index in the result is the same
 * index in `s`, so a match on the folded text cuts the original text at the right place.
 */
export function foldAligned(s: string): string {
  let out = '';
  for (const ch of s) {
    let f = ALIGNED.get(ch);
    if (f === undefined) {
      const folded = fold(ch);
      f = folded.length === ch.length ? folded : ch.toLowerCase().padEnd(ch.length, ' ').slice(0, ch.length);
      ALIGNED.set(ch, f);
    }
    out += f;
  }
  return out;
}

// Each letter folded once: texts use a few hundred distinct letters, and `fold` of one letter
// (NFD, a Unicode-property regex) is what made `foldAligned` slow on long sections.
const ALIGNED = new Map<string, string>();

// Tone marks on a vowel, as [plain vowel, tone index]; tone index 0..4 = grave, acute, hook, tilde, dot.
const TONED: Record<string, string[]> = {
  a: ['à', 'á', 'ả', 'ã', 'ạ'],
  e: ['è', 'é', 'ẻ', 'ẽ', 'ẹ'],
  o: ['ò', 'ó', 'ỏ', 'õ', 'ọ'],
  u: ['ù', 'ú', 'ủ', 'ũ', 'ụ'],
  y: ['ỳ', 'ý', 'ỷ', 'ỹ', 'ỵ'],
  A: ['À', 'Á', 'Ả', 'Ã', 'Ạ'],
  E: ['È', 'É', 'Ẻ', 'Ẽ', 'Ẹ'],
  O: ['Ò', 'Ó', 'Ỏ', 'Õ', 'Ọ'],
  U: ['Ù', 'Ú', 'Ủ', 'Ũ', 'Ụ'],
  Y: ['Ỳ', 'Ý', 'Ỷ', 'Ỹ', 'Ỵ'],
};
const TONE_OF = new Map<string, [string, number]>();
for (const [base, forms] of Object.entries(TONED)) forms.forEach((f, i) => TONE_OF.set(f, [base, i]));

// Syllable-final "oa", "oe", "uy" with the tone on the second vowel ("hoà", "thuỷ"), not after q.
const SECOND_TONED = /(?<![qQ])([oOuU])([àáảãạÀÁẢÃẠèéẻẽẹÈÉẺẼẸỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu;

/**
 * Tone marks placed one way: "hoà" → "hòa", "thuỷ" → "thủy", "uỷ" → "ủy" (the form most
 * agency documents use). For comparing and de-duplicating; output keeps the document's spelling.
 */
export function canonicalTone(s: string): string {
  return s.normalize('NFC').replace(SECOND_TONED, (m, first: string, second: string) => {
    const t = TONE_OF.get(second);
    if (!t) return m;
    const pair = (first.toLowerCase() === 'o' && 'aAeE'.includes(t[0])) || (first.toLowerCase() === 'u' && 'yY'.includes(t[0]));
    if (!pair) return m;
    return TONED[first]![t[1]]! + t[0];
  });
}

/** Key for "the same text": canonical tone, NFC, case and white space folded. */
export function sameKey(s: string): string {
  return squash(canonicalTone(s)).toLowerCase();
}

/** Upper-case letters share (0..1) among the letters of `s`. */
export function upperRatio(s: string): number {
  let up = 0;
  let all = 0;
  for (const ch of s) {
    if (/\p{L}/u.test(ch)) {
      all++;
      if (ch !== ch.toLowerCase() && ch === ch.toUpperCase()) up++;
    }
  }
  return all ? up / all : 0;
}

/** Words of a text (split on white space), punctuation kept. */
/**
 * Whether `s.slice(from, to)` holds more than `n` words (runs of characters that are not
 * `separator`). It stops at word n + 1: asked once per value of a long statement, it costs
 * linear time where counting `words()` of each prefix is quadratic.
 */
export function hasMoreWords(s: string, from: number, to: number, n: number, separator: RegExp = /\s/): boolean {
  let count = 0;
  let inWord = false;
  for (let i = from; i < to; i++) {
    const sep = separator.test(s[i]!);
    if (!sep && !inWord && ++count > n) return true;
    inWord = !sep;
  }
  return false;
}

export function words(s: string): string[] {
  const t = s.trim();
  return t ? t.split(/\s+/) : [];
}

/** Escape a string for use in a RegExp. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Finds `phrase` (already folded) in folded `hay` at word boundaries; returns the index or -1.
 */
export function findFolded(hay: string, phrase: string): number {
  let from = 0;
  for (;;) {
    const i = hay.indexOf(phrase, from);
    if (i < 0) return -1;
    const before = i === 0 ? ' ' : hay[i - 1]!;
    const after = i + phrase.length >= hay.length ? ' ' : hay[i + phrase.length]!;
    if (!/[a-z0-9]/.test(before) && !/[a-z0-9]/.test(after)) return i;
    from = i + 1;
  }
}

/** True when folded `hay` contains any of the folded phrases at word boundaries. */
export function containsAny(hay: string, phrases: readonly string[]): boolean {
  const f = fold(hay);
  return phrases.some((p) => findFolded(f, p) >= 0);
}
