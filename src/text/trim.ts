/**
 * Trimming by character class in linear time: `s.replace(/[…]+$/, '')` scans from every start
 * position and is quadratic on a long run of those characters that does not reach the end.
 */

/** `s` without its trailing characters that `oneChar` (a one-character pattern) matches. */
export function trimEndWhile(s: string, oneChar: RegExp): string {
  let e = s.length;
  while (e > 0 && oneChar.test(s[e - 1]!)) e--;
  return e === s.length ? s : s.slice(0, e);
}

/** `s` without its leading characters that `oneChar` matches. */
export function trimStartWhile(s: string, oneChar: RegExp): string {
  let b = 0;
  while (b < s.length && oneChar.test(s[b]!)) b++;
  return b === 0 ? s : s.slice(b);
}
