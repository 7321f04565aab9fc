import { describe, expect, it } from 'vitest';
import { parseViNumber, romanValue } from '../../src/text/numbers.js';
import { canonicalTone, fold, sameKey } from '../../src/text/vietnamese.js';

describe('Vietnamese numbers', () => {
  it.each([
    ['8,5', 8.5],
    ['5.000', 5000],
    ['1.234,5', 1234.5],
    ['04', 4],
    ['2.989,5', 2989.5],
    ['99,86', 99.86],
    ['100', 100],
    ['1.000.000', 1000000],
    ['10.5', 10.5],
  ])('%s → %d', (raw, n) => expect(parseViNumber(raw)).toBe(n));
  it('refuses what is not a number', () => {
    expect(parseViNumber('5G')).toBeNull();
    expect(parseViNumber('1.2.3')).toBeNull();
  });
  it('reads Roman numerals', () => {
    expect(romanValue('IV')).toBe(4);
    expect(romanValue('XII')).toBe(12);
  });
});

describe('Vietnamese text', () => {
  it('places tone marks one way for comparing', () => {
    expect(canonicalTone('hoà')).toBe('hòa');
    expect(canonicalTone('thuỷ sản')).toBe('thủy sản');
    expect(canonicalTone('Uỷ ban')).toBe('Ủy ban');
    expect(canonicalTone('quý')).toBe('quý');
    expect(canonicalTone('hoàng')).toBe('hoàng');
    expect(sameKey('Phòng Văn hoá - Xã hội')).toBe(sameKey('phòng văn hóa - xã hội'));
  });
  it('folds diacritics, case and NFD', () => {
    expect(fold('MỤC ĐÍCH')).toBe('muc dich');
    expect(fold('Mục tiêu'.normalize('NFD'))).toBe('muc tieu');
  });
});
