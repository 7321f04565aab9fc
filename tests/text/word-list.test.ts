/**
 * `wordList` (src/text/word-list.ts) stands in for the regex `(w1|w2|…)(?![\p{L}\p{N}])`, the
 * words sorted longest first, flags `iu`: on the measure-word list it must find exactly what
 * that regex finds, at the same length, on phrasings of every kind and on random texts.
 */
import { describe, expect, it } from 'vitest';
import { MEASURE_WORDS, SCALE_WORDS } from '../../src/text/keywords/measure-words.js';
import { escapeRegExp } from '../../src/text/vietnamese.js';
import { caseKey, wordList } from '../../src/text/word-list.js';

const regexOf = (words: readonly string[]): RegExp =>
  new RegExp(
    `^(?:${[...words]
      .sort((a, b) => b.length - a.length)
      .map(escapeRegExp)
      .join('|')})(?![\\p{L}\\p{N}])`,
    'iu',
  );
const regexLength = (re: RegExp, s: string): number => re.exec(s)?.[0].length ?? 0;

describe('wordList: the longest listed word, whole, case-insensitive', () => {
  const list = wordList(MEASURE_WORDS);
  const re = regexOf(MEASURE_WORDS);
  it.each([
    ['tấn CO2 mỗi năm', 'tấn co2'],
    ['Tấn', 'tấn'],
    ['km² rừng', 'km²'],
    ['km2', 'km2'],
    ['khách sạn 4 sao', 'khách sạn'],
    ['HÉC-TA', 'héc-ta'],
    ['μg/m3 bụi', 'µg/m3'],
    ['hộ gia đình nghèo', 'hộ gia đình'],
    ['hội viên', 'hội viên'],
    ['thực hiện', null],
    ['đạt 90%', null],
    ['tấnx', null],
    ['tấn5', null],
    ['', null],
  ])('%j starts with %j', (s, word) => {
    const n = list.at(s, 0);
    expect(n ? caseKey(s.slice(0, n)) : null).toBe(word === null ? null : caseKey(word));
    expect(n).toBe(regexLength(re, s));
  });

  it('finds what the regex finds at every place of phrasings from plans', () => {
    const texts = [
      'đạt 100% hộ gia đình, 25 ha lúa VietGAP, 300 kWp điện mặt trời, 1.500 tấn CO2/năm',
      'Thu hút 2 triệu lượt khách/năm; 150 nghìn tỷ đồng; 12 km² rừng ngập mặn; 0,5 µg/m³',
      'TRỒNG MỚI 50 HA RỪNG, 20 Doanh nghiệp, 3 KHU CÔNG NGHIỆP, 4 khách sạn 5 sao',
    ];
    for (const t of texts) for (let i = 0; i <= t.length; i++) expect(list.at(t, i), `${t} @${i}`).toBe(regexLength(re, t.slice(i)));
  });

  it('finds what the regex finds on 30,000 random texts built from the listed words', () => {
    const letters = [...new Set(MEASURE_WORDS.join('') + 'AĐẤ  x1/µμKſ')];
    let seed = 11;
    const rnd = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (const words of [MEASURE_WORDS, SCALE_WORDS]) {
      const l = wordList(words);
      const r = regexOf(words);
      for (let k = 0; k < 30_000; k++) {
        let s = rnd(3) ? words[rnd(words.length)]! : '';
        if (rnd(2)) s = s.toUpperCase();
        for (let j = rnd(4); j > 0; j--) s += letters[rnd(letters.length)];
        expect(l.at(s, 0), JSON.stringify(s)).toBe(regexLength(r, s));
      }
    }
  });
});
