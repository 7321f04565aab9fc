/**
 * Blanks (same length, so positions hold) what must never be read as a target value: dates,
 * cited documents, baselines, quotes, parentheses, years and labels ("số 08", "cấp độ 4").
 */
import { LABEL_WORDS } from '../../text/keywords/label-words.js';
import { escapeRegExp } from '../../text/vietnamese.js';
import { maskCitations } from './years.js';
import { memo } from '../../text/memo.js';
import { PARENS, QUOTES, replaceDelimited } from '../../text/brackets.js';

const blank = (m: string): string => ' '.repeat(m.length);
const LABELS = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:${[...LABEL_WORDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})\s+\d+(?:[.,]\d+)*(?:\s*(?:,|và|-)\s*\d+(?:[.,]\d+)*)*(?![\p{N}]|\s*%)`,
  'giu',
);
const YEARS = /(?<![\p{L}\p{N}])(?:năm|giai đoạn)\s+(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?/giu;
const YEAR_SPANS = /(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/g;

export const maskForValues = memo((s: string): string =>
  // quotes, then brackets, each span blanked to its length (linear: text/brackets.ts)
  replaceDelimited(replaceDelimited(maskCitations(s), QUOTES, blank), PARENS, blank)
    .replace(LABELS, blank)
    .replace(YEARS, blank)
    .replace(YEAR_SPANS, blank),
);
