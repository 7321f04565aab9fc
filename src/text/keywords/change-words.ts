/**
 * Words that make the value the size of a rise or cut (EXTRACTION.md `change`), lower case with
 * diacritics (folded, "giám sát" would read as "giảm" and "hạ tầng" as "tăng").
 * A level word between the verb and the number ("giảm xuống 5%", "giảm còn 2%", "nâng lên
 * 35%") makes the value the level to reach instead: `change` null.
 */
export const CHANGE_WORDS: readonly { phrase: string; change: 'increase' | 'decrease' }[] = [
  { phrase: 'tăng', change: 'increase' },
  { phrase: 'tăng thêm', change: 'increase' },
  { phrase: 'gia tăng', change: 'increase' },
  { phrase: 'giảm', change: 'decrease' },
  { phrase: 'cắt giảm', change: 'decrease' },
  { phrase: 'giảm thiểu', change: 'decrease' },
  { phrase: 'rút ngắn', change: 'decrease' },
];

/** Look like a change word but are not one: "tăng cường" (strengthen), "tăng trưởng" (a growth rate is a level). */
export const NOT_CHANGE_WORDS: readonly string[] = ['tăng cường', 'tăng trưởng', 'giảm nghèo'];

/** Level words: after a change verb they say the number is the level reached. */
export const LEVEL_WORDS: readonly string[] = ['xuống', 'còn', 'lên', 'đạt', 'ở mức', 'bằng'];
