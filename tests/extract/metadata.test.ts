/** Document number, place and date, issuer (src/extract/metadata.ts). */
import { describe, expect, it } from 'vitest';
import { normalCase, parseDocumentNumber, parsePlaceDate } from '../../src/extract/metadata.js';

describe('metadata', () => {
  it('number and symbol', () => {
    expect(parseDocumentNumber('Số: 310/KH-UBND')).toEqual({ number: '310/KH-UBND', symbol: 'KH-UBND' });
    expect(parseDocumentNumber('Số:       /KH-UBND')).toEqual({ number: '/KH-UBND', symbol: 'KH-UBND' });
    expect(parseDocumentNumber('Số: -CTr/ĐU')).toEqual({ number: '-CTr/ĐU', symbol: 'CTr/ĐU' });
  });
  it('place and date with blanks', () => {
    expect(parsePlaceDate('Vĩnh Am, ngày      tháng 6 năm 2026')).toEqual({ place: 'Vĩnh Am', date: '2026-06' });
    expect(parsePlaceDate('Hà Nội, ngày 24 tháng 11 năm 2025')).toEqual({ place: 'Hà Nội', date: '2025-11-24' });
    expect(parsePlaceDate('Hải Phòng, ngày ..... tháng ..... năm 2026')).toEqual({ place: 'Hải Phòng', date: '2026' });
    expect(parsePlaceDate('An Phú, ngày …… tháng 4 năm 2026')).toEqual({ place: 'An Phú', date: '2026-04' });
    expect(parseDocumentNumber('Số: ......./KH-UBND')).toEqual({ number: '/KH-UBND', symbol: 'KH-UBND' });
  });
  it('issuer in normal case', () => {
    expect(normalCase('ỦY BAN NHÂN DÂN XÃ VĨNH AM')).toBe('Ủy ban nhân dân xã Vĩnh Am');
    expect(normalCase('UBND xã An Phú')).toBe('Ủy ban nhân dân xã An Phú');
  });
});
