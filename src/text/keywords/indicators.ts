/**
 * Words about indicators that are not comparators, measure words or change words (those
 * have their own files: comparators.ts, measure-words.ts, change-words.ts, rank-words.ts).
 */

export type Op = '=' | '>=' | '<=' | '~';

/** Phrases that mean net zero: value 0, unit null, op "=". */
export const NET_ZERO = /ph[áa]t th[ảa]i r[òo]ng\s+(?:bằng|về|=)\s*(?:[“”"'‘’(]+\s*)?0\s*[“”"'‘’)]*|net[\s-]?zero/i;

/** Sentences that state the present, not a target ("Hiện nay, … khoảng 180 trạm"), folded. */
export const STATUS_OPENERS = ['hien nay', 'hien tai', 'hien co', 'tinh den nay', 'nam 2024', 'nam 2025', 'giai doan 2021'];

/** Words that introduce the target year ("vào năm 2030", "đến 2045"). */
export const TARGET_YEAR_WORDS = ['vào', 'đến', 'tới', 'trước', 'hết', 'cuối', 'trong', 'đạt', 'sau'];

/** Words right before a value that make it the one the statement targets ("… tốc độ 1 Gb/s đạt 100%"), lower case. */
export const TARGET_VERBS = ['đạt', 'chiếm', 'là', 'bằng', 'còn', 'xuống', 'lên', 'ở mức', 'mức', 'trên', 'dưới', 'phấn đấu'];
