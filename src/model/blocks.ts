/**
 * The one document model every reader produces and every extractor consumes.
 * Readers know formats, never plans; extractors know plans, never formats.
 */
import type { Diagnostic } from './diagnostics.js';
import type { SourcePos } from './position.js';

export type { SourcePos } from './position.js';

/** One physical line of a paragraph as the source had it (before lines were joined). */
export interface TextLine {
  text: string;
  bold: boolean;
  line: number;
  page?: number;
}

export interface ParagraphBlock {
  type: 'paragraph';
  /** Plain text: markup removed, white space folded, source lines joined with one space. */
  text: string;
  /** The source lines, for stages that care where a line broke (signature, header). */
  lines: TextLine[];
  /** The whole paragraph is bold (strong markup, <b>, a bold run, a bold PDF font). */
  bold: boolean;
  italic?: boolean;
  /** List bullet removed from `text` ('-', '+', '*', '•', '–'); ordered numbers stay in `text`. */
  bullet?: string;
  /** Markdown `#` depth or Word heading style level, when the source marked a heading. */
  heading?: number;
  align?: 'left' | 'center' | 'right' | 'justify';
  at: SourcePos;
}

export interface TableCell {
  /** Plain text of the cell, its lines joined with one space. */
  text: string;
  /** The cell's lines (paragraphs or line breaks), markup removed. */
  lines: string[];
  bold: boolean;
  colspan: number;
  rowspan: number;
}

export interface TableRow {
  cells: TableCell[];
  at: SourcePos;
}

export interface TableBlock {
  type: 'table';
  rows: TableRow[];
  /** True when the reader knows the table is page layout (no borders), not data. */
  layout?: boolean;
  source: 'tab' | 'markdown' | 'portal' | 'docx' | 'pdf';
  at: SourcePos;
}

export type Block = ParagraphBlock | TableBlock;

export type SourceFormat = 'txt' | 'md' | 'docx' | 'pdf';

export interface ReadResult {
  format: SourceFormat;
  blocks: Block[];
  diagnostics: Diagnostic[];
  pages?: number;
}
