/** Cited documents (src/extract/references.ts). */
import { describe, expect, it } from 'vitest';
import { referencesIn } from '../../src/extract/references.js';

describe('references', () => {
  it('references: all cited symbols, first mention order, no duplicates, spaces removed', () => {
    const refs = referencesIn(['theo Nghị quyết số 71/NQ -CP ngày 01/4/2025 và Nghị định 106/2024/NĐ-CP; Nghị quyết số 71/NQ-CP'], null);
    expect(refs.map((r) => [r.type, r.symbol, r.date])).toEqual([
      ['NQ', '71/NQ-CP', '2025-04-01'],
      ['NĐ', '106/2024/NĐ-CP', null],
    ]);
  });
});
