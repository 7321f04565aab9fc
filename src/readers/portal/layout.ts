/**
 * Portal tables that lay out the frame (header block, signature and recipients): any table with
 * a frame line is layout, whatever its size, and its cells' hard wraps are rejoined here so that
 * the extractors read each cell's lines as the document's lines.
 */
import type { TableBlock } from '../../model/blocks.js';
import { AUTHORITY_MARKER, RECIPIENTS_OPENER } from '../../text/keywords/document.js';
import { isFrameLine } from '../../text/frame-lines.js';
import { startsWithPositionTitle } from '../../text/organisations.js';
import { upperRatio } from '../../text/vietnamese.js';

const BULLET = /^([-+•–*∙◦▪])\s+(?=\S)/u;

/** Marks a portal table of frame lines as layout and regroups its cells' lines. */
export function markLayout(t: TableBlock): void {
  const all = t.rows.flatMap((r) => r.cells.flatMap((c) => (c.lines.length ? c.lines : [c.text])));
  if (!t.layout && !all.some((l) => isFrameLine(l))) return;
  t.layout = true;
  for (const r of t.rows) for (const c of r.cells) c.lines = regroupWrapped(c.lines.length ? c.lines : c.text ? [c.text] : []);
}

/**
 * Portal cells keep the portal's hard wraps ("TM. ỦY BAN" / "NHÂN DÂN"): rejoin a line to the
 * one before unless it opens something (a bullet, a marker, "Số:", a date line) or the line
 * before closed a statement.
 */
function regroupWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (/^[-_=*.…\s]+$/.test(l)) continue;
    const prev = out[out.length - 1];
    const caseChange = prev !== undefined && upperRatio(prev) > 0.9 && upperRatio(l) < 0.6;
    const opens =
      caseChange ||
      BULLET.test(l) ||
      AUTHORITY_MARKER.test(l) ||
      RECIPIENTS_OPENER.test(l) ||
      /^số\s*:/i.test(l) ||
      isFrameLine(l) ||
      startsWithPositionTitle(l);
    const closed = prev === undefined || /[;:.]$/.test(prev) || RECIPIENTS_OPENER.test(prev);
    if (prev !== undefined && !opens && !closed) out[out.length - 1] = `${prev} ${l}`;
    else out.push(l);
  }
  return out;
}
