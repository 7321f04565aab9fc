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
  /** Text input: the 1-based column where `text` starts in the line as written (after indentation, list marker, markup). */
  column?: number;
  /** Text input: the line as written, to find the column of a piece of `text` (markup removed from it moves the rest). */
  source?: string;
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
  /** Columns the cell covers (Word w:gridSpan, a missing PDF border): it belongs to the first. */
  colspan: number;
  /** Rows the cell covers (Word w:vMerge, a missing PDF border): the rows below it show it too. */
  rowspan: number;
}

export interface TableRow {
  cells: TableCell[];
  at: SourcePos;
  /** The row is the first after a page break (a new PDF page, a page-number line of a text export). */
  pageBreakBefore?: boolean;
}

export interface TableBlock {
  type: 'table';
  rows: TableRow[];
  /** True when the reader knows the table is page layout (header block, signature), not data. */
  layout?: boolean;
  /** Leading rows the reader knows are header rows (Word's repeat-header rows); else the header is found by its text. */
  headerRows?: number;
  /** Cell lines are the visual wraps of a cell's text (PDF), not line breaks the author typed. */
  wrapped?: boolean;
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
