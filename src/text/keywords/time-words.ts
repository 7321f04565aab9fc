/**
 * Words of a time or deadline cell ("Năm 2026", "Quý II", "Thường xuyên", "Hằng năm"), lower
 * case: a portal reader tells the deadline column by them (a year 20xx counts too).
 */
export const TIME_WORDS: readonly string[] = ['năm', 'quý', 'quí', 'tháng', 'thường xuyên', 'hằng năm', 'hàng năm'];
