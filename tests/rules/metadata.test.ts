import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/metadata.js';
import { lines, plan, run } from './helpers.js';

const issued = { stage: 'issued' as const };
const DRAFT = { number: '/KH-UBND', date: '2026-06' };

describe('GP006 metadata', () => {
  it('has an id, a slug and an error default', () => {
    expect([rule.id, rule.slug, rule.defaultSeverity]).toEqual(['GP006', 'metadata', 'error']);
  });

  describe('valid', () => {
    it('a draft: blank number, blank day', () => {
      expect(run(rule, plan({ document: DRAFT }))).toEqual([]);
    });
    it('a draft without a "Số:" line and a signer without a name', () => {
      expect(
        run(rule, plan({ document: { number: null, symbol: null, signer: { name: null, position: 'CHỦ TỊCH', authority: [] } } })),
      ).toEqual([]);
    });
    it('an issued plan with number, full date and signer', () => {
      expect(run(rule, plan(), {}, issued)).toEqual([]);
    });
  });

  describe('invalid', () => {
    it('no issuer, no date, no signer (any stage)', () => {
      expect(lines(run(rule, plan({ document: { issuer: null, date: null, signer: null } })))).toEqual([
        '1: no issuer (cơ quan ban hành) in the header or the text',
        '1: no date line ("…, ngày … tháng … năm …")',
        '1: no signature block (người ký)',
      ]);
    });
    it('issued: a blank number and a date without its day', () => {
      expect(lines(run(rule, plan({ document: DRAFT }), {}, issued))).toEqual([
        '1: the number is blank ("Số: /KH-UBND"); an issued plan has a số ký hiệu',
        '1: the date has no day (2026-06); an issued plan is dated to the day',
      ]);
    });
    it('issued: "Số: -CTr/ĐU", no number line, no signer name', () => {
      expect(lines(run(rule, plan({ document: { number: '-CTr/ĐU' } }), {}, issued))).toEqual([
        '1: the number is blank ("Số: -CTr/ĐU"); an issued plan has a số ký hiệu',
      ]);
      expect(
        lines(run(rule, plan({ document: { number: null, signer: { name: null, position: null, authority: [] } } }), {}, issued)),
      ).toEqual([
        '1: no number line ("Số: …"); an issued plan has a số ký hiệu',
        '1: the signature block has no name; an issued plan is signed',
      ]);
    });
  });
});
