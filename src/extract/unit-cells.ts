/**
 * Splitting a lead/support cell or field into its units (EXTRACTION.md "Tasks from tables",
 * `lead` and `support`). Used by the table tasks and by the text tasks alike.
 *
 * Splits on ";" and list bullets, never on "," or a bare " - " (unit names hold both). A line
 * break splits only where the next line starts a new name — an organisation's head noun or
 * the next person of a list of persons — and the line before it is complete ("Lãnh đạo" /
 * "Sở Giáo dục và Đào tạo" is one entry). A comma splits only between two personal names.
 */
import { endsWithPositionTitle, isPersonName, startsWithOrganisation } from '../text/organisations.js';
import { squash } from '../text/vietnamese.js';
import { trimEndWhile } from '../text/trim.js';
import { memoBy } from '../text/memo.js';

/** A cell's text and, where the format keeps them, its lines. A plain string is one line per line break. */
export interface UnitCell {
  text: string;
  lines: readonly string[];
}

// A line that leaves its name open: "… và", "… của", "Phòng Tài chính, Kế hoạch và", "Lãnh đạo".
const OPEN_END = /(?:[,\-–&/(]|\s(?:và|của|với|thuộc|cấp|các|những|trực|tại))\s*$/u;

function opensBullet(line: string): boolean {
  return /^[-–+•]\s/u.test(line);
}

/** The lines of a cell that each begin an entry, the others joined to the line before. */
function logicalLines(lines: readonly string[], organisationBreaks: boolean): string[] {
  const out: string[] = [];
  for (const raw of lines) {
    const line = squash(raw);
    if (!line) continue;
    const prev = out[out.length - 1];
    if (prev === undefined) {
      out.push(line);
      continue;
    }
    const closed = /;\s*$/.test(prev);
    const person = isPersonName(line.replace(/[,;.]$/, '')) && isPersonName(prev.replace(/[,;.]$/, ''));
    // A lone lower-case word ends a wrapped name ("Chi cục Phát triển Nông" / "thôn").
    const lone = /^\p{Ll}+$/u.test(line);
    const organisation =
      organisationBreaks && !lone && startsWithOrganisation(line) && !OPEN_END.test(prev) && !endsWithPositionTitle(prev);
    if (closed || opensBullet(line) || person || organisation) out.push(line);
    else out[out.length - 1] = `${prev} ${line}`;
  }
  return out;
}

/**
 * Splits a lead/support cell into units. `useLines` is false where a format's lines are wraps
 * of a fixed width (PDF cells): there only a list of persons splits at line breaks.
 */
export function splitUnits(cell: UnitCell | string | undefined, useLines = true): string[] {
  if (cell === undefined) return [];
  const c: UnitCell = typeof cell === 'string' ? { text: cell, lines: cell.split(/\r?\n/) } : cell;
  // a lead or support column names the same few units on most of its rows: each cell split once
  return unitsOf(c, useLines).slice();
}

// only the lines count when there are several, only the text otherwise (see splitCell)
const unitsOf = memoBy(
  (c: UnitCell, useLines: boolean) => `${useLines ? 1 : 0}${c.lines.length > 1 ? JSON.stringify(c.lines) : 'T' + c.text}`,
  splitCell,
  1024,
);

function splitCell(c: UnitCell, useLines: boolean): string[] {
  const segments = c.lines.length > 1 ? logicalLines(c.lines, useLines) : [c.text];
  const out: string[] = [];
  for (const seg of segments) {
    for (const part of seg.split(/;/)) {
      // A "-" that opens the text or follows a full stop is a bullet.
      for (const piece of part.split(/(?:^|(?<=[.:]))\s*[-–+•]\s+/u)) {
        const t = trimEndWhile(squash(piece).replace(/^[-–+•]\s*/, ''), /[\s.,;:]/);
        if (t) out.push(...splitPersons(t));
      }
    }
  }
  return out;
}

/** "Nguyễn Văn An, Trần Thị Bình" → two entries; a comma between units never splits. */
function splitPersons(entry: string): string[] {
  const parts = entry.split(/ ?, ?/); // a squashed entry: single spaces
  return parts.length > 1 && parts.every((p) => isPersonName(p)) ? parts : [entry];
}
