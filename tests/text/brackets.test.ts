/**
 * text/brackets.ts replaces super-linear regexes (issue 15): it gives what the regex it replaces gave, on
 * ordinary and edge-case strings, and stays fast on the runs that made the regex quadratic.
 */
import { describe, expect, it } from 'vitest';
import { PARENS, QUOTES, replaceDelimited, replaceDelimitedInLines } from '../../src/text/brackets.js';

const SAMPLES = [
  '',
  'Kế hoạch',
  'Kế hoạch số 12.;:',
  '  ., ;',
  ';;x;;',
  'Mục tiêu (năm 2026) và (giai đoạn 2026-2030)',
  'mở (không đóng',
  '(a)(b)(c',
  'x (a\nb) y (c)',
  '“trích” và "dẫn" và ‘đơn’ “không đóng',
  '"a" "b',
  ')(',
  '((()))',
];

describe('replaceDelimited gives what the bracket and quote regexes gave', () => {
  const mark = (m: string): string => `[${m.length}]`;
  it.each(SAMPLES)('%j', (s) => {
    expect(replaceDelimited(s, PARENS, mark)).toBe(s.replace(/\([^)]*\)/g, mark));
    expect(replaceDelimited(s, QUOTES, mark)).toBe(s.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, mark));
    expect(replaceDelimitedInLines(s, PARENS, mark)).toBe(s.replace(/\(.*?\)/g, mark));
  });
  it('is linear on a run of openers without a closer', () => {
    const s = '('.repeat(200_000) + '“'.repeat(200_000);
    const t = performance.now();
    expect(replaceDelimited(s, [...PARENS, ...QUOTES], mark)).toBe(s);
    expect(replaceDelimitedInLines(`${s}\n${s}`, PARENS, mark)).toBe(`${s}\n${s}`);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
