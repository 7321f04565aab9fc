/**
 * Splitting a lead/support cell or field into its units (EXTRACTION.md "Tasks from tables",
 * `lead` and `support`). Used by the table tasks and by the text tasks alike.
 */
import { squash } from '../text/vietnamese.js';

/** A cell's text and, where the format keeps them, its lines. A plain string is one line. */
export interface UnitCell {
  text: string;
  lines: readonly string[];
}

/** Splits a lead/support cell into units: on ";", line breaks and bullets, never on "," or a bare " - ". */
export function splitUnits(cell: UnitCell | string | undefined, useLines = true): string[] {
  if (cell === undefined) return [];
  const c: UnitCell = typeof cell === 'string' ? { text: cell, lines: cell.split(/\r?\n/) } : cell;
  const segments = useLines && c.lines.length > 1 ? c.lines : [c.text];
  const out: string[] = [];
  for (const seg of segments) {
    for (const part of seg.split(/;/)) {
      // A "-" that opens the text or follows a full stop is a bullet.
      for (const piece of part.split(/(?:^|(?<=[.:]))\s*[-–+•]\s+/u)) {
        const t = squash(piece).replace(/^[-–+•]\s*/, '').replace(/[\s.,;:]+$/, '');
        if (t) out.push(t);
      }
    }
  }
  return out;
}
