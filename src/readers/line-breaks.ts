/**
 * Markdown joins a line to the list item or paragraph above it when no blank line separates
 * them ("lazy continuation"). In plan texts a line that opens with a heading number
 * ("**e) Tổ đảng…", "2. Yêu cầu") after a finished statement starts a new block: we cut the
 * markdown region there, so that the two parts are parsed apart and line numbers stay those
 * of the file.
 */
import type { Segment } from './segments.js';

const OPENS_NUMBERED = /^(?:\*\*|__|#{1,6}(?=\s))?\s*(?:[IVXLC]{1,6}|\d{1,2}(?:\.\d{1,2}){0,3}|[a-zđ])\s*[.)]\s+\S/u;
const ENDS_STATEMENT = /(?:[.;:!?…]|\*\*|__)\s*$/u;

export function cutAtNumberedLines(lines: string[], seg: Segment): Segment[] {
  if (seg.kind !== 'markdown') return [seg];
  const out: Segment[] = [];
  let start = seg.start;
  for (let i = seg.start + 1; i < seg.end; i++) {
    const prev = lines[i - 1]!;
    if (prev.trim() !== '' && ENDS_STATEMENT.test(prev) && OPENS_NUMBERED.test(lines[i]!.trimStart())) {
      out.push({ kind: 'markdown', start, end: i });
      start = i;
    }
  }
  out.push({ kind: 'markdown', start, end: seg.end });
  return out;
}
