/**
 * Words right before a number that make it a rank, `op` "<=" (a rank of at most N), lower case:
 * "nằm trong nhóm 10 địa phương dẫn đầu", "thuộc top 5 tỉnh", "tốp 3".
 */
export const RANK_WORDS: readonly string[] = ['nhóm', 'top', 'tốp', 'nhóm đầu', 'top đầu', 'tốp đầu'];
