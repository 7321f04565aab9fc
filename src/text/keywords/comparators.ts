/**
 * Comparator phrases of a target (EXTRACTION.md "Indicators", `op`), lower case with their
 * diacritics (folding would confuse "gần" with "gắn", "dưới" with "đuôi"). The LONGEST phrase standing before the number decides: "không dưới" (>=)
 * beats "dưới" (<=), "trên dưới" (~) beats "trên" (>=).
 */
import type { Op } from './indicators.js';

export const COMPARATORS_BEFORE: readonly { phrase: string; op: Op }[] = [
  { phrase: 'tối thiểu', op: '>=' },
  { phrase: 'ít nhất', op: '>=' },
  { phrase: 'không dưới', op: '>=' },
  { phrase: 'không thấp hơn', op: '>=' },
  { phrase: 'không ít hơn', op: '>=' },
  { phrase: 'trên', op: '>=' },
  { phrase: 'hơn', op: '>=' },
  { phrase: 'vượt', op: '>=' },
  { phrase: 'cao hơn', op: '>=' },
  { phrase: 'nhiều hơn', op: '>=' },
  { phrase: 'tối đa', op: '<=' },
  { phrase: 'không quá', op: '<=' },
  { phrase: 'không vượt', op: '<=' },
  { phrase: 'không vượt quá', op: '<=' },
  { phrase: 'không cao hơn', op: '<=' },
  { phrase: 'không nhiều hơn', op: '<=' },
  { phrase: 'dưới', op: '<=' },
  // "less than" reads as at most, although "hơn" alone is ">=".
  { phrase: 'thấp hơn', op: '<=' },
  { phrase: 'ít hơn', op: '<=' },
  { phrase: 'khoảng', op: '~' },
  { phrase: 'gần', op: '~' },
  { phrase: 'xấp xỉ', op: '~' },
  { phrase: 'trên dưới', op: '~' },
];

/** After the number and its unit: "từ 75% trở lên", "5 năm trở xuống". */
export const COMPARATORS_AFTER: readonly { phrase: string; op: Op }[] = [
  { phrase: 'trở lên', op: '>=' },
  { phrase: 'trở xuống', op: '<=' },
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
