/**
 * Format-independent clean-up of the block list before extraction: layout tables (header and
 * signature blocks laid out as borderless tables) become paragraphs in reading order, and list
 * bullets typed as text ("- ", "+ ") move to `bullet`, as the markdown reader already does.
 */
import type { Block, ParagraphBlock, TableBlock, TextLine } from '../model/blocks.js';
import { result, type Result } from '../model/result.js';
import { upperRatio } from '../text/vietnamese.js';
import { isLayoutTable, toGrid } from './tables.js';

export { isLayoutTable };

const BULLET = /^([-+•–*∙◦▪])\s+(?=\S)/u;

/** The stage: the blocks every extractor reads. */
export function prepareBlocks(blocks: Block[]): Result<Block[]> {
  return result(preparedBlocks(blocks));
}

function preparedBlocks(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const b of blocks) {
    if (b.type === 'table' && isLayoutTable(b)) out.push(...flattenTable(b));
    else out.push(b);
  }
  return out
    .flatMap((b): Block[] => (b.type === 'paragraph' ? splitAtCaseChange(b) : [b]))
    .map((b): Block => (b.type === 'paragraph' ? splitBullet(b) : b));
}

/**
 * Lines in capitals followed by lines in normal case, with no blank line between them, are two
 * paragraphs: a kind line and its title ("CHƯƠNG TRÌNH HÀNH ĐỘNG" / "Thực hiện Nghị quyết…"),
 * or a heading and its first paragraph.
 */
function splitAtCaseChange(b: ParagraphBlock): ParagraphBlock[] {
  if (b.lines.length < 2 || upperRatio(b.lines[0]!.text) < 0.9) return [b];
  const k = b.lines.findIndex((l) => upperRatio(l.text) < 0.5);
  if (k <= 0) return [b];
  const make = (lines: TextLine[]): ParagraphBlock => {
    const first = lines[0]!.line;
    const last = lines[lines.length - 1]!.line;
    const p: ParagraphBlock = {
      ...b,
      text: lines.map((l) => l.text).join(' '),
      lines,
      bold: lines.every((l) => l.bold),
      at: { ...b.at, line: first, ...(last > first ? { endLine: last } : {}) },
    };
    if (!(last > first)) delete p.at.endLine;
    // the second part starts where its own first line does
    if (lines[0]!.column === undefined) delete p.at.column;
    else p.at.column = lines[0]!.column;
    return p;
  };
  return [make(b.lines.slice(0, k)), make(b.lines.slice(k))];
}

function splitBullet(b: ParagraphBlock): ParagraphBlock {
  if (b.bullet) return b;
  const m = BULLET.exec(b.text);
  if (!m) return b;
  const text = b.text.slice(m[0].length);
  const lines = b.lines.length ? [bulletless(b.lines[0]!), ...b.lines.slice(1)] : b.lines;
  const at = b.at.column === undefined ? b.at : { ...b.at, column: b.at.column + m[0].length };
  return { ...b, text, lines, bullet: m[1], at };
}

/** A line without its bullet: its text starts after it. */
function bulletless(l: TextLine): TextLine {
  const text = l.text.replace(BULLET, '');
  return l.column === undefined ? { ...l, text } : { ...l, text, column: l.column + l.text.length - text.length };
}

/**
 * Cells in reading order, each cell line one paragraph: column by column, top to bottom — a
 * layout table's columns are independent blocks (recipients | signature), however Word split
 * them into rows.
 */
function flattenTable(t: TableBlock): ParagraphBlock[] {
  const grid = toGrid(t);
  const width = Math.max(0, ...grid.map((r) => r.cells.length));
  const out: ParagraphBlock[] = [];
  for (let col = 0; col < width; col++) {
    for (const row of grid) {
      const c = row.cells[col];
      if (!c || c.fromRowSpan) continue;
      for (const text of c.lines.length ? c.lines : c.text ? [c.text] : []) {
        const line: TextLine = { text, bold: c.bold, line: row.at.line, ...(row.at.page ? { page: row.at.page } : {}) };
        out.push({ type: 'paragraph', text, lines: [line], bold: c.bold, at: { ...row.at } });
      }
    }
  }
  return out;
}
