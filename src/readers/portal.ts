/**
 * Tables flattened by legal portals (thuvienphapluat-style text). Every cell is a run of lines
 * and lines holding only `|` separate cells; a row is written `|`, then each cell followed by
 * `|`, so two `|` lines in a row mean "row ends, next row starts" or "an empty cell". The row
 * structure is rebuilt here:
 *
 * - With k columns the `|` lines are periodic: k+1 per row. The content that follows `|` number
 *   g (counted from the table's first `|`) is in column (g mod (k+1)) + 1. So a table whose rows
 *   all have k cells is decoded exactly, empty cells included.
 * - Rows with fewer cells (a merged group row "| I. TITLE |", a row under vertically merged cells)
 *   break the period; at every run of two or more `|` the decoder chooses between "empty cells in
 *   this row" and "a new row starts", guided by row-start cells (the next TT number, a Roman
 *   numeral, a "-" item, "Tổng cộng").
 * - k is chosen by decoding with every plausible k and keeping the one whose rows start with
 *   row-start cells most often (ties: the width of the first row).
 * - Header rows (before the first data row) end at every `||`; a second header row under a
 *   spanned header cell gets the spans ("GIAI ĐOẠN" over "Năm 2026 … Năm 2030").
 * - Short data rows whose first cell is no row start (the rest of a row under merged cells) are
 *   moved to the columns whose content they resemble.
 *
 * Cells: markdown markup stripped, hard-wrapped lines joined with a space; `lines` split where a
 * real line starts (a bullet, a bold/italic run, a line after ";" or ":", "TM."/"KT." …).
 *
 * The steps live in ./portal/: tokens (the `|` runs), cells (cell text and markup), rows (row-start
 * cells and numbering), decode (rows for a column count, choosing the count), spans (header spans),
 * table (the table block) and end (where a table ends, for segments).
 */
export { cellText } from './portal/cells.js';
export { portalTableEnd } from './portal/end.js';
export { isRowStartText } from './portal/rows.js';
export { rebuildPortalTable } from './portal/table.js';
