/**
 * Line starts of a document's frame as a legal portal flattens it into table cells (header
 * block, motto, signature, recipients), matched on the raw cell line. The frame words of the
 * other readers are in document.ts; these keep the portal's own spacing and wraps
 * ("CỘNG HÒA" alone on a line, "TM." with a space after it).
 */

/** Lines that make a small all-header portal table the layout of the frame. */
export const LAYOUT_TABLE_CUE = /^(Số\s*:|CỘNG HÒA|CỘNG HOÀ|Độc lập\s*-|Nơi nhận|(TM|KT|TL|TUQ)\.\s|ĐẢNG CỘNG SẢN)/u;

/** The place-and-date line ("Hà Nội, ngày 05 tháng 3 năm 2026"). */
export const DATE_LINE_CUE = /,\s*ngày\s.{0,12}tháng\s.{0,6}năm\s+\d{4}/u;

/** Lines that open a line of their own inside a cell (not a wrap of the line above). */
export const CELL_LINE_OPENER = /^(TM|KT|TL|TUQ|Q)\.\s|^Số\s*:|^Nơi nhận|^Độc lập/u;
