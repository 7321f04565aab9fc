/**
 * text/trim.ts replaces super-linear regexes (issue 15): it gives what the regex it replaces gave, on
 * ordinary and edge-case strings, and stays fast on the runs that made the regex quadratic.
 */
import { describe, expect, it } from 'vitest';
import { trimEndWhile, trimStartWhile } from '../../src/text/trim.js';

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

describe('trimEndWhile / trimStartWhile give what /[…]+$/ and /^[…]+/ gave', () => {
  it.each(SAMPLES)('%j', (s) => {
    expect(trimEndWhile(s, /[\s.:;,]/)).toBe(s.replace(/[\s.:;,]+$/, ''));
    expect(trimStartWhile(s, /[\s.:;,]/)).toBe(s.replace(/^[\s.:;,]+/, ''));
  });
  it('are linear on a run that does not reach the end', () => {
    const s = `${' .'.repeat(200_000)}x`;
    const t = performance.now();
    expect(trimEndWhile(s, /[\s.]/)).toBe(s);
    expect(performance.now() - t).toBeLessThan(2000);
  });
});
