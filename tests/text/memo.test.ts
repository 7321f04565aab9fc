/** The bounded memo (src/text/memo.ts): the same answers as the function, and bounded memory. */
import { describe, expect, it } from 'vitest';
import { memo } from '../../src/text/memo.js';

describe('memo', () => {
  it('answers as the function does, calling it once per string it keeps', () => {
    let calls = 0;
    const f = memo((s: string) => (calls++, s.length ? null : 'empty'));
    expect([f('a'), f('a'), f(''), f('')]).toEqual([null, null, 'empty', 'empty']);
    expect(calls).toBe(2);
  });
  it('keeps at most `size` strings and never one longer than `longest`', () => {
    let calls = 0;
    const f = memo((s: string) => (calls++, s.toUpperCase()), 2, 5);
    f('a');
    f('b');
    f('c'); // full: emptied, then 'c' kept
    f('a');
    expect(calls).toBe(4);
    const long = 'x'.repeat(6);
    f(long);
    f(long);
    expect(calls).toBe(6);
    expect(f(long)).toBe('XXXXXX');
  });
});
