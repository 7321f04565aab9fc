/**
 * Words right before a number that make it a rank, `op` "<=" (a rank of at most N), folded:
 * "nằm trong nhóm 10 địa phương dẫn đầu", "thuộc top 5 tỉnh", "tốp 3".
 */
export const RANK_WORDS: readonly string[] = ['nhom', 'top', 'nhom dau', 'top dau'];
