/**
 * Replacing bracketed and quoted spans in linear time. `s.replace(/\([^)]*\)/g, …)` scans from
 * every "(" to the end of the text when no ")" follows: quadratic on a run of "(".
 */

export type Pair = readonly [open: string, close: string];

export const PARENS: readonly Pair[] = [['(', ')']];
/** Curly double, straight double and curly single quotes. */
export const QUOTES: readonly Pair[] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
];

/**
 * Each span from an opener to the nearest closer of its pair, left to right, replaced by
 * `by(span)`: as `s.replace(/“[^”]*”|"[^"]*"/g, by)` for the pairs [“, ”] and [", "]. Openers and
 * closers are single UTF-16 code units.
 */
export function replaceDelimited(s: string, pairs: readonly Pair[], by: (span: string) => string): string {
  const dead = new Set<string>(); // openers with no closer left after them
  let out = '';
  let kept = 0;
  let from = 0;
  for (;;) {
    let at = -1;
    let pair: Pair | undefined;
    for (let k = from; k < s.length && at < 0; k++) {
      pair = pairs.find(([o]) => o === s[k] && !dead.has(o));
      if (pair) at = k;
    }
    if (at < 0 || !pair) break;
    const close = s.indexOf(pair[1], at + 1);
    if (close < 0) {
      dead.add(pair[0]);
      from = at + 1;
      continue;
    }
    out += s.slice(kept, at) + by(s.slice(at, close + 1));
    kept = from = close + 1;
  }
  return kept ? out + s.slice(kept) : s;
}

/** As `replaceDelimited`, a span never crossing a line break: `s.replace(/\(.*?\)/g, by)` for the pair ["(", ")"]. */
export function replaceDelimitedInLines(s: string, pairs: readonly Pair[], by: (span: string) => string): string {
  if (!/[\n\r\u2028\u2029]/.test(s)) return replaceDelimited(s, pairs, by);
  return s
    .split(/([\n\r\u2028\u2029])/)
    .map((part, i) => (i % 2 ? part : replaceDelimited(part, pairs, by)))
    .join('');
}
