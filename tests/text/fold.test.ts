/**
 * `fold` (src/text/vietnamese.ts) folds letter by letter from a table where a letter's fold
 * never depends on its neighbours, and the whole string at once elsewhere: both ways must give
 * exactly the definition — NFD, marks removed, đ → d, lower case, white space folded.
 */
import { describe, expect, it } from 'vitest';
import { fold } from '../../src/text/vietnamese.js';

const definition = (s: string): string =>
  s.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').toLowerCase().replace(/\s+/g, ' ').trim();

describe('fold', () => {
  it.each([
    ['Ủy ban nhân dân', 'uy ban nhan dan'],
    ['ĐỒNG THÁP', 'dong thap'],
    ['  Phòng\tKinh\u00a0tế \n', 'phong kinh te'],
    ['Tỷ lệ 8,5%', 'ty le 8,5%'],
    // already decomposed input (marks as separate characters)
    ['Hòa Bình'.normalize('NFD'), 'hoa binh'],
    // outside the letter table: Greek final sigma, Hangul, an emoji
    ['ΟΔΟΣ', 'οδος'],
    ['한국', definition('한국')],
    ['Kế hoạch 😀 số 5', 'ke hoach 😀 so 5'],
    ['', ''],
  ])('%j → %j', (s, want) => expect(fold(s)).toBe(want));

  it('gives the definition on 20,000 random strings of Vietnamese, Latin, marks, spaces and other scripts', () => {
    const pool = [
      ...'  \t\n\u00a0aAzZđĐİıſß\u0301\u0300\u0323\u0309ÀÁẢÃẠàáảãạăằắẳẵặâầấẩẫậÊêếềểễệôốồổỗộơớờởỡợưứừửữựỳýỷỹỵ.,;:-_()%/0123456789',
      ...'ΣσςΟΔ가\u2028\ufeff\u3000ǅǈ',
      '😀',
      '𐐀',
    ];
    let seed = 7;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let k = 0; k < 20_000; k++) {
      let s = '';
      for (let j = rnd(14); j > 0; j--) s += pool[rnd(pool.length)];
      expect(fold(s), JSON.stringify(s)).toBe(definition(s));
    }
  });
});
