/**
 * Is a text layer real Vietnamese or the garbage that fonts without a Unicode map give
 * ("6Ӣ CÔNG 7+ѬѪ1*" for "SỞ CÔNG THƯƠNG")? Counts the share of words that are valid
 * Vietnamese syllables, numbers or document codes.
 */
import { trimEndWhile, trimStartWhile } from '../../text/trim.js';

const TONES = /[\u0300\u0301\u0303\u0309\u0323]/g;
const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|b|c|d|đ|g|h|k|l|m|n|p|q|r|s|t|v|x)?';
const NUCLEUS = '[aăâeêioôơuưy]{1,3}';
const CODA = '(?:ch|ng|nh|c|m|n|p|t)?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
/** Codes, numbers, acronyms and foreign words written in plain Latin: "08-NQ/TU", "UBND", "2026", "VietGAP". */
const CODE = /^[0-9A-ZĐa-z]+(?:[-/.,:&][0-9A-ZĐa-z]+)*$/;
const LEAD_PUNCT = /[\s"'“”‘’(\[{«…,.;:!?*–—-]/;
const TRAIL_PUNCT = /[\s"'“”‘’)\]}»…,.;:!?*–—-]/;

function syllableOk(word: string): boolean {
  const base = word.toLowerCase().normalize('NFD').replace(TONES, '').normalize('NFC');
  return SYLLABLE.test(base);
}

export interface TextQuality {
  words: number;
  valid: number;
  /** Characters outside Latin/Vietnamese letters, digits, common punctuation. */
  strange: number;
  chars: number;
}

export function measure(text: string, into: TextQuality = { words: 0, valid: 0, strange: 0, chars: 0 }): TextQuality {
  for (const ch of text) {
    if (/\s/.test(ch)) continue;
    into.chars++;
    if (!/[\p{Script=Latin}\p{N}\p{P}\p{S}\u0300-\u036f]/u.test(ch) || /[\u0000-\u001f\ufffd]/.test(ch)) into.strange++;
  }
  for (const raw of text.split(/\s+/)) {
    const w = trimEndWhile(trimStartWhile(raw, LEAD_PUNCT), TRAIL_PUNCT);
    if (!w || (!/\p{L}/u.test(w) && !/[^\p{N}\p{P}\p{S}]/u.test(w))) continue;
    into.words++;
    if (syllableOk(w) || CODE.test(w) || w.split(/[-/]/).every((p) => p && (syllableOk(p) || CODE.test(p)))) into.valid++;
  }
  return into;
}

/** True when the text is not readable Vietnamese (or Latin) text. */
export function isGarbled(q: TextQuality): boolean {
  if (q.words < 20) return q.chars > 40 && q.strange / q.chars > 0.2;
  return q.valid / q.words < 0.6 || q.strange / q.chars > 0.1;
}
