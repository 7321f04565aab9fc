/**
 * Comparator phrases of a target (EXTRACTION.md "Indicators", `op`), folded (no diacritics,
 * lower case). The LONGEST phrase standing before the number decides: "không dưới" (>=)
 * beats "dưới" (<=), "trên dưới" (~) beats "trên" (>=).
 */
import type { Op } from './indicators.js';

export const COMPARATORS_BEFORE: readonly { phrase: string; op: Op }[] = [
  { phrase: 'toi thieu', op: '>=' },
  { phrase: 'it nhat', op: '>=' },
  { phrase: 'khong duoi', op: '>=' },
  { phrase: 'khong thap hon', op: '>=' },
  { phrase: 'khong it hon', op: '>=' },
  { phrase: 'tren', op: '>=' },
  { phrase: 'hon', op: '>=' },
  { phrase: 'vuot', op: '>=' },
  { phrase: 'cao hon', op: '>=' },
  { phrase: 'nhieu hon', op: '>=' },
  { phrase: 'toi da', op: '<=' },
  { phrase: 'khong qua', op: '<=' },
  { phrase: 'khong vuot', op: '<=' },
  { phrase: 'khong vuot qua', op: '<=' },
  { phrase: 'khong cao hon', op: '<=' },
  { phrase: 'khong nhieu hon', op: '<=' },
  { phrase: 'duoi', op: '<=' },
  // "less than" reads as at most, although "hơn" alone is ">=".
  { phrase: 'thap hon', op: '<=' },
  { phrase: 'it hon', op: '<=' },
  { phrase: 'khoang', op: '~' },
  { phrase: 'gan', op: '~' },
  { phrase: 'xap xi', op: '~' },
  { phrase: 'tren duoi', op: '~' },
];

/** After the number and its unit: "từ 75% trở lên", "5 năm trở xuống". */
export const COMPARATORS_AFTER: readonly { phrase: string; op: Op }[] = [
  { phrase: 'tro len', op: '>=' },
  { phrase: 'tro xuong', op: '<=' },
];

/** Symbols right before the number. */
export const COMPARATOR_SYMBOLS: Readonly<Record<string, Op>> = {
  '≥': '>=',
  '>=': '>=',
  '>': '>=',
  '≤': '<=',
  '<=': '<=',
  '<': '<=',
  '~': '~',
  '≈': '~',
};
