/** Positions inside a paragraph: the line and column of a piece of its text, where the reader gave columns. */
import type { ParagraphBlock, SourcePos, TextLine } from '../model/blocks.js';
import { columnIn } from '../text/columns.js';
import { lastAtOrBelow } from '../text/sorted.js';

/** Where the text at an offset of `p.text` stands. */
export type PositionOf = (offset: number) => SourcePos;

/**
 * Positions in `p.text` (text input, whose lines carry their columns): the line an offset falls
 * on and its column there. Where the paragraph's text is not its lines joined by one space (or
 * has no columns), every offset is where the paragraph starts.
 */
export function positionsIn(p: ParagraphBlock): PositionOf {
  const starts: number[] = [];
  let start = 0;
  for (const l of p.lines) {
    if (l.column === undefined || p.text.slice(start, start + l.text.length) !== l.text) return () => p.at;
    starts.push(start);
    start += l.text.length + 1;
  }
  if (!starts.length || p.at.column === undefined) return () => p.at;
  return (offset) => {
    if (offset < 0 || offset >= p.text.length) return p.at;
    // the last line that starts at or before the offset (a paragraph may have many lines)
    const k = lastAtOrBelow(starts, offset);
    const l = p.lines[k]!;
    const column = columnOf(l, offset - starts[k]!);
    if (l.line === p.at.line) return { ...p.at, column };
    const { line: _line, column: _column, endLine, ...rest } = p.at;
    return { line: l.line, column, ...(endLine !== undefined && endLine > l.line ? { endLine } : {}), ...rest };
  };
}

/** The column of the text at `offset` of a line's text: found in the line as written, at or after where it would be without markup. */
function columnOf(l: TextLine, offset: number): number {
  const naive = l.column! - 1 + offset;
  return (l.source === undefined ? undefined : columnIn(l.source, l.text, offset, naive)) ?? naive + 1;
}
