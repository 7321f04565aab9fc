/**
 * The longest listed word at a place in a text, case-insensitively and whole (no letter or
 * digit right after it): what the regex `(w1|w2|…)(?![\p{L}\p{N}])` with the words sorted
 * longest first and the flags `iu` finds there, without that regex. V8 compiles an
 * alternation of a few hundred words in about 20 ms at its first use and again when it tiers
 * up, which every run of the CLI paid; a lookup by length costs nothing to set up.
 */

// The `iu` comparison is Unicode simple case folding ("µ" and "μ", "K" and "k" are one letter
// to it). Upper- then lower-casing one letter gives the same key for every letter that stays
// one letter; the few that do not (ß, İ) keep their own.
function letterKey(ch: string): string {
  const k = ch.toUpperCase().toLowerCase();
  return k.length === ch.length && [...k].length === 1 ? k : ch;
}

const KEYS = new Map<string, string>();
/** `s` compared as the `iu` regex compares it; every letter keeps its length. */
export function caseKey(s: string): string {
  let out = '';
  for (const ch of s) {
    let k = KEYS.get(ch);
    if (k === undefined) KEYS.set(ch, (k = letterKey(ch)));
    out += k;
  }
  return out;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

export interface WordList {
  /** Length of the longest listed word at `from` in `s` that no letter or digit follows, or 0. */
  at(s: string, from: number): number;
}

export function wordList(words: readonly string[]): WordList {
  const byLength = new Map<number, Set<string>>();
  for (const w of words) {
    if (!w) throw new Error('wordList: an empty word would match everywhere');
    let set = byLength.get(w.length);
    if (!set) byLength.set(w.length, (set = new Set()));
    set.add(caseKey(w));
  }
  const lengths = [...byLength.keys()].sort((a, b) => b - a);
  const longest = lengths[0] ?? 0;
  return {
    at(s, from) {
      const key = caseKey(s.slice(from, from + longest));
      for (const n of lengths) {
        if (n > key.length || !byLength.get(n)!.has(key.slice(0, n))) continue;
        const next = s.codePointAt(from + n);
        if (next === undefined || !LETTER_OR_DIGIT.test(String.fromCodePoint(next))) return n;
      }
      return 0;
    },
  };
}
