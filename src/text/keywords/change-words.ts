/**
 * Words that make the value the size of a rise or cut (EXTRACTION.md `change`), folded.
 * A level word between the verb and the number ("giảm xuống 5%", "giảm còn 2%", "nâng lên
 * 35%") makes the value the level to reach instead: `change` null.
 */
export const CHANGE_WORDS: readonly { phrase: string; change: 'increase' | 'decrease' }[] = [
  { phrase: 'tang', change: 'increase' },
  { phrase: 'tang them', change: 'increase' },
  { phrase: 'gia tang', change: 'increase' },
  { phrase: 'giam', change: 'decrease' },
  { phrase: 'cat giam', change: 'decrease' },
  { phrase: 'giam thieu', change: 'decrease' },
  { phrase: 'rut ngan', change: 'decrease' },
];

/** Look like a change word but are not one: "tăng cường" (strengthen), "tăng trưởng" (a growth rate is a level). */
export const NOT_CHANGE_WORDS: readonly string[] = ['tang cuong', 'tang truong', 'giam ngheo'];

/** Level words: after a change verb they say the number is the level reached. */
export const LEVEL_WORDS: readonly string[] = ['xuong', 'con', 'len', 'dat', 'o muc', 'bang', 'bang muc', 'bang hoac'];
