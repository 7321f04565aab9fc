/**
 * Labels of a totals row ("Tổng cộng", "Tổng số", "Cộng"), lower case: the row is a sum, never a
 * task, and its label cell can open a row of a flattened table.
 */
export const TOTAL_WORDS: readonly string[] = ['tổng cộng', 'tổng số', 'tổng', 'cộng'];
