/**
 * Page breaks inside markdown pipe tables of text exports: a page-number line ("12", "- 12 -",
 * "Trang 12", "12/30") between two rows, with the blank lines around it, would end the GFM
 * table. Those lines become a marker row, so the table goes on; the reader drops the marker row
 * and marks the row after it as following a page break. A delimiter row inside a table body
 * ("|---|---|" under a header repeated after the break) starts a new table at the row above it.
 */
import { isPageNumberLine } from '../text/page-number.js';

const MARK = '\uE002';
const MARKER_ROW = `| ${MARK} |`;

const isPipeRow = (l: string): boolean => l.length > 1 && l.startsWith('|') && l.endsWith('|');
const DELIMITER_CELL = /^:?-{3,}:?$/;

/** Cells of a pipe row without its outer pipes. */
const cellsOf = (l: string): string[] => l.slice(l.startsWith('|') ? 1 : 0, l.endsWith('|') ? -1 : undefined).split('|');

/** "|---|:--:|": a delimiter row (trimmed line). */
export const isDelimiterLine = (l: string): boolean => l.includes('-') && cellsOf(l).every((c) => DELIMITER_CELL.test(c.trim()));

/** Some line of `text` is a delimiter row: GFM tables are parsed only then (their extensions cost more than the rest). */
export const hasDelimiterLine = (text: string): boolean => text.split(/[\n\r\u2028\u2029]/).some((l) => isDelimiterLine(l.trim()));

/** A table row whose every cell is a delimiter ("---"), as GFM reads a delimiter row in a table body. */
export const isDelimiterRow = (cells: { text: string }[]): boolean => cells.length > 0 && cells.every((c) => DELIMITER_CELL.test(c.text));

/** The marker row that stands for a page break. */
export const isPageBreakRow = (cells: { text: string }[]): boolean =>
  cells.some((c) => c.text === MARK) && cells.every((c) => c.text === MARK || !c.text);

/** The lines with page-number lines between rows of a pipe table (and the blank lines around them) replaced by marker rows. */
export function markPipeTableBreaks(chunk: string[]): string[] {
  let out: string[] | null = null;
  let inTable = false;
  let lastRow = -1;
  let sawNumber = false;
  for (let i = 0; i < chunk.length; i++) {
    const l = chunk[i]!.trim();
    if (isPipeRow(l)) {
      if (inTable && sawNumber) {
        out ??= chunk.slice();
        for (let k = lastRow + 1; k < i; k++) out[k] = MARKER_ROW;
      } else if (lastRow < i - 1) inTable = false;
      if (!inTable && isDelimiterLine(l) && i > 0 && isPipeRow(chunk[i - 1]!.trim())) inTable = true;
      lastRow = i;
      sawNumber = false;
    } else if (inTable && isPageNumberLine(l)) sawNumber = true;
    else if (l) inTable = sawNumber = false;
  }
  return out ?? chunk;
}
