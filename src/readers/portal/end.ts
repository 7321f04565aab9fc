/** Portal tables: where a table ends when no blank line follows it (for segments). */
import { tokenize, type Content } from './tokens.js';
import { DOCUMENT_HEADINGS } from '../../text/keywords/part-headings.js';

/** A line that opens document text: a document or annex heading, a Roman-numbered part, a markdown heading. */
const PROSE_OPENER = new RegExp(`^\\s*(\\*\\*\\s*)?(${DOCUMENT_HEADINGS.join('|')}|[IVX]+\\.\\s|#)`, 'u');

/**
 * Where a portal table really ends, for files without blank lines around tables: the first run
 * of text that follows a complete row directly (no row-start `|`) and reads like document text
 * (several lines, or a heading). Returns the 0-based line index to end the table at (exclusive).
 */
export function portalTableEnd(lines: string[], start: number, end: number): number {
  const { contents } = tokenize(lines, start, end);
  if (!contents.length) return end;
  // The first row: its cells up to the first `||` (or prose that follows a one-row table).
  let k = 1;
  for (let i = 1; i < contents.length && contents[i]!.pipes === 1; i++) {
    if (i >= 2 && looksLikeProse(contents[i]!)) return contents[i]!.line;
    k++;
  }
  let c = 0;
  let started = false;
  for (let i = 0; i < contents.length; i++) {
    const x = contents[i]!;
    if (!started) {
      started = true;
      c = (Math.max(0, x.pipes - 1) % (k + 1)) + 1;
      continue;
    }
    if (x.pipes === 0) continue;
    if (x.pipes === 1) {
      if (c >= k && looksLikeProse(x)) return x.line;
      c = c >= k ? 1 : c + 1;
      continue;
    }
    const idx = c + x.pipes - 1;
    const m = idx % (k + 1);
    c = m < k ? m + 1 : Math.max(1, x.pipes - 1);
  }
  return end;
}

function looksLikeProse(x: Content): boolean {
  const lines = x.raw.filter((l) => l.trim());
  if (lines.length >= 12) return true;
  if (lines.length >= 3 && lines.some((l) => PROSE_OPENER.test(l))) return true;
  return false;
}
