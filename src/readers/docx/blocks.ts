/**
 * mammoth's document tree → the block model: one paragraph block per Word paragraph
 * (lines split at line breaks), one table block per top-level table, footnotes after the
 * block that cites them. Line numbers run over the produced text: one per paragraph, one
 * per table row.
 */
import type { Block, ParagraphBlock, TableBlock, TableCell, TableRow, TextLine } from '../../model/blocks.js';
import { normalizeText, squash } from '../../text/vietnamese.js';
import type { MDocument, MNode } from './mammoth.js';
import { TABLE_TAG, type TableInfo } from './prepare-xml.js';
import { convertLegacy, legacyEncodingOfFont } from '../../text/legacy-fonts.js';

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
}

type LegacyFont = NonNullable<ReturnType<typeof legacyEncodingOfFont>>;

interface Gathered {
  /** Set when a run in a legacy font was converted (reported once per document). */
  onLegacy?: (encoding: string) => void;
  pieces: Piece[];
  notes: { noteType: string; noteId: string }[];
}

/** Text of a paragraph's inline content; "\n" marks a line break. */
function gather(nodes: MNode[] | undefined, bold: boolean, italic: boolean, caps: boolean, out: Gathered, font?: LegacyFont | null): void {
  if (!nodes) return;
  for (const n of nodes) {
    switch (n.type) {
      case 'run':
        // Runs in old Vietnamese fonts (.VnTime = TCVN3, VNI-Times = VNI) hold 8-bit text: convert per run.
        gather(n.children, !!n.isBold, !!n.isItalic, !!n.isAllCaps, out, legacyEncodingOfFont((n as { font?: string }).font ?? ''));
        break;
      case 'text': {
        const raw = n.value ?? '';
        const v = font ? convertLegacy(raw, font.encoding, { upper: font.upper }) : raw;
        if (font) out.onLegacy?.(font.encoding);
        out.pieces.push({ text: caps ? v.toUpperCase() : v, bold, italic });
        break;
      }
      case 'tab':
        out.pieces.push({ text: '\t', bold, italic });
        break;
      case 'break':
        out.pieces.push({ text: n.breakType === 'line' ? '\n' : ' ', bold, italic });
        break;
      case 'checkbox':
        out.pieces.push({ text: n.checked ? '☒' : '☐', bold, italic });
        break;
      case 'noteReference':
        if (n.noteType && n.noteId) out.notes.push({ noteType: n.noteType, noteId: n.noteId });
        break;
      case 'paragraph':
        // Text-box paragraphs inside a run: keep them as lines of their own.
        out.pieces.push({ text: '\n', bold, italic });
        gather(n.children, bold, italic, caps, out);
        out.pieces.push({ text: '\n', bold, italic });
        break;
      default:
        gather(n.children, bold, italic, caps, out);
    }
  }
}

interface LineAcc {
  text: string;
  chars: number;
  boldChars: number;
  italicChars: number;
}

/** Pieces → lines (split at "\n"), each with its share of bold characters. */
function toLines(pieces: Piece[]): LineAcc[] {
  const lines: LineAcc[] = [];
  let cur: LineAcc = { text: '', chars: 0, boldChars: 0, italicChars: 0 };
  const flush = (): void => {
    cur.text = squash(normalizeText(cur.text));
    if (cur.text) lines.push(cur);
    cur = { text: '', chars: 0, boldChars: 0, italicChars: 0 };
  };
  for (const p of pieces) {
    const parts = p.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) flush();
      cur.text += part;
      const visible = part.replace(/\s/g, '').length;
      cur.chars += visible;
      if (p.bold) cur.boldChars += visible;
      if (p.italic) cur.italicChars += visible;
    });
  }
  flush();
  return lines;
}

const BULLET = /^([-+•–*●▪])\s+(?=\S)/;

function alignOf(a: string | undefined): ParagraphBlock['align'] | undefined {
  switch (a) {
    case 'center':
      return 'center';
    case 'right':
    case 'end':
      return 'right';
    case 'both':
    case 'distribute':
      return 'justify';
    case 'left':
    case 'start':
      return 'left';
    default:
      return undefined;
  }
}

function headingOf(p: MNode): number | undefined {
  const m = /^heading\s*([1-9])$/i.exec(p.styleName ?? '') ?? /^heading([1-9])$/i.exec(p.styleId ?? '');
  return m ? Number(m[1]) : undefined;
}

export class BlockBuilder {
  readonly blocks: Block[] = [];
  /** Legacy font encodings converted while building (TCVN3, VNI), for an info diagnostic. */
  readonly legacyFonts = new Set<string>();
  private line = 0;
  private tableCount = 0;

  constructor(
    private readonly doc: MDocument,
    private readonly tables: TableInfo[],
  ) {}

  build(): Block[] {
    for (const node of this.doc.children) this.visit(node);
    return this.blocks;
  }

  private visit(node: MNode): void {
    if (node.type === 'paragraph') this.paragraph(node);
    else if (node.type === 'table') this.table(node);
    else for (const c of node.children ?? []) this.visit(c);
  }

  private paragraph(p: MNode): void {
    const g: Gathered = { pieces: [], notes: [], onLegacy: (e) => this.legacyFonts.add(e) };
    gather(p.children, false, false, false, g);
    const accs = toLines(g.pieces);
    if (accs.length) {
      const line = ++this.line;
      const lines: TextLine[] = accs.map((a) => ({ text: a.text, bold: a.chars > 0 && a.boldChars === a.chars, line }));
      const chars = accs.reduce((s, a) => s + a.chars, 0);
      const bold = chars > 0 && accs.every((a) => a.boldChars === a.chars);
      const block: ParagraphBlock = { type: 'paragraph', text: '', lines, bold, at: { line } };
      const m = BULLET.exec(lines[0]!.text);
      if (m) {
        const marker = m[1]!;
        block.bullet = marker === '●' || marker === '▪' ? '•' : marker;
        lines[0] = { ...lines[0]!, text: lines[0]!.text.slice(m[0].length) };
      }
      block.text = squash(lines.map((l) => l.text).join(' '));
      if (chars > 0 && accs.every((a) => a.italicChars === a.chars)) block.italic = true;
      const heading = headingOf(p);
      if (heading) block.heading = heading;
      const align = alignOf(p.alignment);
      if (align) block.align = align;
      this.blocks.push(block);
    }
    this.notes(g.notes);
  }

  private notes(refs: { noteType: string; noteId: string }[]): void {
    for (const ref of refs) {
      const note = this.doc.notes?.resolve(ref);
      if (note) for (const n of note.body) this.visit(n);
    }
  }

  private table(t: MNode): void {
    const tag = t.styleId?.startsWith(TABLE_TAG) ? Number(t.styleId.slice(TABLE_TAG.length)) : -1;
    const info = this.tables[tag];
    const index = ++this.tableCount;
    const rows: TableRow[] = [];
    const notes: { noteType: string; noteId: string }[] = [];
    let headerRows = 0;
    for (const r of t.children ?? []) {
      if (r.type !== 'tableRow') continue;
      const cells = (r.children ?? []).filter((c) => c.type === 'tableCell').map((c) => this.cell(c, notes));
      if (!cells.length) continue;
      // Word's repeat-header rows (w:tblHeader) lead the table.
      if (r.isHeader && headerRows === rows.length) headerRows++;
      rows.push({ cells, at: { line: ++this.line, table: index, row: rows.length + 1 } });
    }
    if (!rows.length) {
      this.tableCount--;
      return;
    }
    const block: TableBlock = { type: 'table', source: 'docx', rows, at: { line: rows[0]!.at.line, table: index } };
    if (rows.length > 1) block.at.endLine = rows[rows.length - 1]!.at.line;
    if (info?.layout) block.layout = true;
    if (headerRows) block.headerRows = headerRows;
    this.blocks.push(block);
    this.notes(notes);
  }

  private cell(c: MNode, notes: { noteType: string; noteId: string }[]): TableCell {
    const lines: string[] = [];
    let chars = 0;
    let boldChars = 0;
    const addParagraph = (p: MNode): void => {
      const g: Gathered = { pieces: [], notes: [], onLegacy: (e) => this.legacyFonts.add(e) };
      gather(p.children, false, false, false, g);
      notes.push(...g.notes);
      for (const a of toLines(g.pieces)) {
        lines.push(a.text);
        chars += a.chars;
        boldChars += a.boldChars;
      }
    };
    const visit = (n: MNode): void => {
      if (n.type === 'paragraph') addParagraph(n);
      else for (const k of n.children ?? []) visit(k); // nested tables: their cells' lines, in order
    };
    for (const k of c.children ?? []) visit(k);
    return {
      text: squash(lines.join(' ')),
      lines,
      bold: chars > 0 && boldChars === chars,
      colspan: Math.max(1, c.colSpan ?? 1),
      rowspan: Math.max(1, c.rowSpan ?? 1),
    };
  }
}
