/** PDF layout: the lines and reading-order pieces passed between the layout steps. */
import type { TableRow } from '../../../model/blocks.js';
import { normalizeText, squash } from '../../../text/vietnamese.js';
import type { Grid } from '../grid.js';

/** A line of running text, ready for paragraph building. */
export interface PLine {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  bold: boolean;
  page: number;
  /** Text column bounds the line belongs to. */
  left: number;
  right: number;
}

/** One element of a page's reading order. */
export type Flow =
  { kind: 'lines'; lines: PLine[]; column: boolean; key?: number } | { kind: 'table'; grid: Grid; rows: TableRow[]; page: number };

export function norm(s: string): string {
  return squash(normalizeText(s));
}
