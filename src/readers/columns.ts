/**
 * Columns for text input: where each line of a paragraph starts in the line as written (after
 * indentation, a list marker, `#`, `**`), so that positions are line:column in the user's file.
 * Word and PDF have no columns a user can go to: their blocks get none.
 */
import type { Block, ParagraphBlock, ReadResult } from '../model/blocks.js';
import { columnIn } from '../text/columns.js';

function withColumns(p: ParagraphBlock, source: readonly string[]): ParagraphBlock {
  const lines = p.lines.map((l) => {
    const written = source[l.line - 1] ?? '';
    const column = columnIn(written, l.text);
    return column === undefined ? l : { ...l, column, source: written };
  });
  const column = lines[0]?.column;
  if (column === undefined) return { ...p, lines };
  const { line, ...rest } = p.at;
  return { ...p, lines, at: { line, column, ...rest } };
}

/** The read result with the columns of its paragraphs in `text`, the decoded text it was read from. */
export function addColumns(read: ReadResult, text: string): ReadResult {
  const source = text.split('\n');
  const blocks = read.blocks.map((b): Block => (b.type === 'paragraph' ? withColumns(b, source) : b));
  return { ...read, blocks };
}
