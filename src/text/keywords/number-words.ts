/**
 * Number words, folded (diacritics removed): "chín" → chin. "tư" (four, as in "thứ tư") folds
 * to tu, like "từ" (from), so matchers that scan free text leave it out (`NUMBER_WORDS_IN_TEXT`).
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  mot: 1,
  hai: 2,
  ba: 3,
  bon: 4,
  tu: 4,
  nam: 5,
  sau: 6,
  bay: 7,
  tam: 8,
  chin: 9,
  muoi: 10,
};

/** The number words a sentence can use as a count: "09 nhiệm vụ" or "chín nhiệm vụ". */
export const NUMBER_WORDS_IN_TEXT: readonly string[] = Object.keys(NUMBER_WORDS).filter((w) => w !== 'tu');

/** Ordinals after "thứ": "thứ nhất" is the first, otherwise the number word ("thứ hai"). */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = { nhat: 1, ...NUMBER_WORDS };
