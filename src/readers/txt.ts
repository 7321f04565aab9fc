/**
 * Text and markdown reader: unified + remark-parse (with GFM pipe tables) for the markdown
 * structure, and our own row splitter for the tab-separated tables (with `<b>` markup) that
 * Word and PDF text exports produce. Output: blocks with 1-based line numbers.
 */
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import type { Root, RootContent, PhrasingContent, Table as MdTable, ListItem } from 'mdast';
import type { Block, ParagraphBlock, ReadResult, TableBlock, TableCell, TableRow, TextLine } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { result, type Result } from '../model/result.js';
import { squash } from '../text/vietnamese.js';
import { blankBoilerplate, splitSegments, type Segment } from './segments.js';
import { rebuildPortalTable } from './portal.js';
import { cutAtNumberedLines } from './line-breaks.js';
import { isPageNumberLine } from '../text/page-number.js';
import { hasDelimiterLine, isDelimiterRow, isPageBreakRow, markPipeTableBreaks } from './pipe-breaks.js';

// GFM (pipe tables) only where the text has a table delimiter row: its extensions (autolinks
// above all) cost more than the whole rest of the markdown parse.
const commonmark = unified().use(remarkParse);
let withGfm: typeof commonmark | null = null;

/** Loads remark-gfm the first time a text has a pipe table. */
async function loadGfm(): Promise<void> {
  if (withGfm) return;
  const { default: remarkGfm } = await import('remark-gfm');
  withGfm = unified().use(remarkParse).use(remarkGfm) as unknown as typeof commonmark;
}

/** Reads already-decoded, normalised text (LF line ends) into blocks. */
export async function readText(text: string, format: 'txt' | 'md'): Promise<ReadResult> {
  const diagnostics: Diagnostic[] = [];
  if (text.includes('|') && hasDelimiterLine(text)) await loadGfm();
  // Portal chrome (copyright notices, info boxes) is blanked before segmentation; see keywords/boilerplate.ts.
  const { lines, blanked } = blankBoilerplate(text.split('\n'));
  if (blanked) diagnostics.push(diag('info', 'input.boilerplate', `${blanked} line(s) of web-page boilerplate ignored`));
  const blocks: Block[] = [];
  for (const seg of splitSegments(lines)) {
    if (seg.kind === 'tab') blocks.push(tabTable(lines, seg));
    else if (seg.kind === 'portal') blocks.push(...rebuildPortalTable(lines, seg));
    else
      for (const part of cutAtNumberedLines(lines, seg)) {
        const md = markdownBlocks(lines, part);
        blocks.push(...md.value);
        diagnostics.push(...md.diagnostics);
      }
  }
  return { format, blocks, diagnostics };
}

// ---- tab-separated tables ------------------------------------------------------------

const BOLD_TAG = /<\/?(b|strong)>/gi;
const ANY_TAG = /<\/?[a-z][^>]*>/gi;

function tabCell(raw: string): TableCell {
  const t = raw.trim();
  const bold = /^(<b>|<strong>|\*\*)/i.test(t) && /(<\/b>|<\/strong>|\*\*)$/i.test(t);
  // Lines first: <br> is a tag too, and stripping it first glued "Phòng A<br>Phòng B" into one word.
  const lines = t
    .split(/<br\s*\/?>|\\n/i)
    .map((l) => squash(l.replace(BOLD_TAG, '').replace(ANY_TAG, '').replace(/\*\*/g, '')))
    .filter(Boolean);
  return { text: lines.join(' '), lines, bold, colspan: 1, rowspan: 1 };
}

/** A tab table's rows; a page-number line between them is dropped and the row after it marked as following a page break. */
function tabTable(lines: string[], seg: Segment): TableBlock {
  const rows: TableRow[] = [];
  let pageBreak = false;
  for (let i = seg.start; i < seg.end; i++) {
    const line = lines[i]!;
    if (!line.trim()) continue;
    if (!line.includes('\t') && isPageNumberLine(line)) {
      pageBreak = true;
      continue;
    }
    rows.push({ cells: line.split('\t').map(tabCell), at: { line: i + 1 }, ...(pageBreak ? { pageBreakBefore: true } : {}) });
    pageBreak = false;
  }
  return { type: 'table', source: 'tab', rows, at: { line: seg.start + 1, endLine: seg.end } };
}

// ---- markdown ------------------------------------------------------------------------

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
  line: number;
}

/**
 * micromark pairs emphasis runs (`*`, `_`) in time quadratic in their number (`*a` × 50,000
 * takes half a minute). Plans hold a few; a part with more than this many is read with them
 * escaped, as plain text.
 */
const MAX_EMPHASIS_RUNS = 2000;
const EMPHASIS_RUN = /[*_]+/g;

function markdownBlocks(lines: string[], seg: Segment): Result<Block[]> {
  const diagnostics: Diagnostic[] = [];
  // Indentation carries no meaning in plan texts; dedenting keeps remark from reading
  // indented lines as code blocks.
  let chunk = markPipeTableBreaks(lines.slice(seg.start, seg.end).map((l) => l.replace(/^[ \t]+/, '')));
  let source = chunk.join('\n');
  if (!source.trim()) return result([]);
  let runs = 0;
  for (const _ of source.matchAll(EMPHASIS_RUN)) if (++runs > MAX_EMPHASIS_RUNS) break;
  const plain = runs > MAX_EMPHASIS_RUNS && !/[\uE000\uE001]/.test(source);
  if (plain) {
    // stand-ins micromark reads as plain letters (escapes would cost as much as the runs)
    chunk = chunk.map((l) => l.replace(/\*/g, '\uE000').replace(/_/g, '\uE001'));
    source = chunk.join('\n');
    diagnostics.push(
      diag(
        'warning',
        'input.markdown-emphasis',
        `more than ${MAX_EMPHASIS_RUNS} runs of * or _ in lines ${seg.start + 1}–${seg.end}: read as plain text, without bold or italics`,
        { line: seg.start + 1 },
      ),
    );
  }
  const tree = (withGfm && source.includes('|') && hasDelimiterLine(source) ? withGfm : commonmark).parse(source) as Root;
  const out: Block[] = [];
  const ctx: WalkContext = { chunk, offset: seg.start, out };
  for (const node of tree.children) walk(node, ctx);
  return result(plain ? out.map(restoreEmphasisChars) : out, diagnostics);
}

const unPlain = (t: string): string => t.replace(/\uE000/g, '*').replace(/\uE001/g, '_');

function restoreEmphasisChars(b: Block): Block {
  if (b.type === 'paragraph') return { ...b, text: unPlain(b.text), lines: b.lines.map((l) => ({ ...l, text: unPlain(l.text) })) };
  return {
    ...b,
    rows: b.rows.map((r) => ({ ...r, cells: r.cells.map((c) => ({ ...c, text: unPlain(c.text), lines: c.lines.map(unPlain) })) })),
  };
}

interface WalkContext {
  chunk: string[];
  offset: number;
  out: Block[];
}

function walk(node: RootContent, ctx: WalkContext, marker?: string): void {
  switch (node.type) {
    case 'heading': {
      const b = paragraphFrom(node.children, ctx, node.position?.start.line ?? 1);
      if (b) ctx.out.push({ ...b, heading: node.depth });
      return;
    }
    case 'paragraph': {
      const b = paragraphFrom(node.children, ctx, node.position?.start.line ?? 1);
      if (b) ctx.out.push(withMarker(b, marker));
      return;
    }
    case 'list': {
      for (const item of node.children) walkListItem(item, ctx);
      return;
    }
    case 'table':
      ctx.out.push(...markdownTables(node, ctx));
      return;
    case 'blockquote':
      for (const c of node.children) walk(c, ctx);
      return;
    case 'code':
    case 'html': {
      // Stray fences and raw HTML lines: keep their text as plain paragraphs.
      const start = node.position?.start.line ?? 1;
      node.value.split('\n').forEach((raw, i) => {
        const text = squash(raw.replace(ANY_TAG, ''));
        if (!text || /^`{3,}/.test(text)) return;
        ctx.out.push(plain(text, start + (node.type === 'code' && /^`{3}/.test(ctx.chunk[start - 1] ?? '') ? i + 1 : i) + ctx.offset));
      });
      return;
    }
    case 'thematicBreak':
    case 'definition':
    case 'footnoteDefinition':
      if (node.type === 'footnoteDefinition') for (const c of node.children) walk(c, ctx);
      return;
    default:
      return;
  }
}

function walkListItem(item: ListItem, ctx: WalkContext): void {
  let first = true;
  for (const child of item.children) {
    if (first && child.type === 'paragraph' && child.position) {
      // The list marker as written in the source: "1.", "a)", "-", "+".
      const line = ctx.chunk[child.position.start.line - 1] ?? '';
      const prefix = line.slice(0, child.position.start.column - 1).trim();
      walk(child, ctx, prefix);
    } else {
      walk(child, ctx);
    }
    first = false;
  }
}

function withMarker(b: ParagraphBlock, marker: string | undefined): ParagraphBlock {
  if (!marker) return b;
  if (/^[-+*•–]$/.test(marker)) return { ...b, bullet: marker };
  // Ordered markers are numbering: they stay in the text ("1. Mục đích").
  const lines = b.lines.length ? [{ ...b.lines[0]!, text: `${marker} ${b.lines[0]!.text}` }, ...b.lines.slice(1)] : b.lines;
  return { ...b, text: `${marker} ${b.text}`, lines };
}

/**
 * Emphasis markers markdown could not pair ("*(GRDP) *tăng": a space before the closing star)
 * stay in the text as literal stars; remove those that touch a space, keep "(*)" notes.
 */
function strayMarkup(s: string): string {
  if (!s.includes('*') && !s.includes('_')) return s;
  return squash(s.replace(/(^|\s)(\*{1,3}|_{2})(?=[^\s*)])/g, '$1').replace(/(?<=[^\s*(])(\*{1,3}|_{2})(?=\s|$|[.,;:])/g, ''));
}

function plain(text: string, line: number): ParagraphBlock {
  return { type: 'paragraph', text, lines: [{ text, bold: false, line }], bold: false, at: { line } };
}

function collect(
  nodes: PhrasingContent[],
  bold: boolean,
  italic: boolean,
  pieces: Piece[],
  state: { htmlBold: boolean },
  lineHint: number,
): void {
  for (const n of nodes) {
    const line = n.position?.start.line ?? lineHint;
    switch (n.type) {
      case 'text':
      case 'inlineCode':
        pieces.push({ text: n.value, bold: bold || state.htmlBold, italic, line });
        break;
      case 'strong':
        collect(n.children, true, italic, pieces, state, line);
        break;
      case 'emphasis':
        collect(n.children, bold, true, pieces, state, line);
        break;
      case 'delete':
      case 'link':
      case 'linkReference':
        collect(n.children, bold, italic, pieces, state, line);
        break;
      case 'break':
        pieces.push({ text: '\n', bold, italic, line });
        break;
      case 'html':
        if (/^<(b|strong)>$/i.test(n.value)) state.htmlBold = true;
        else if (/^<\/(b|strong)>$/i.test(n.value)) state.htmlBold = false;
        else if (/^<br\s*\/?>$/i.test(n.value)) pieces.push({ text: '\n', bold, italic, line });
        break;
      case 'image':
      case 'imageReference':
        if (n.alt) pieces.push({ text: n.alt, bold, italic, line });
        break;
      default:
        break;
    }
  }
}

/** Inline content to a paragraph block: lines split at soft and hard breaks, bold tracked. */
function paragraphFrom(children: PhrasingContent[], ctx: WalkContext, startLine: number): ParagraphBlock | null {
  const pieces: Piece[] = [];
  collect(children, false, false, pieces, { htmlBold: false }, startLine);
  const lines: TextLine[] = [];
  let cur: { text: string; boldChars: number; chars: number; line: number } | null = null;
  let line = startLine;
  const flush = (): void => {
    if (cur) {
      const text = squash(cur.text);
      if (text) lines.push({ text, bold: cur.chars > 0 && cur.boldChars === cur.chars, line: cur.line + ctx.offset });
    }
    cur = null;
  };
  let boldAll = 0;
  let all = 0;
  let italicAll = 0;
  for (const p of pieces) {
    if (p.line > line) line = p.line;
    const parts = p.text.split('\n');
    parts.forEach((part, i) => {
      if (i > 0) {
        flush();
        line++;
      }
      if (!cur) cur = { text: '', boldChars: 0, chars: 0, line };
      cur.text += part;
      const visible = part.replace(/\s/g, '').length;
      cur.chars += visible;
      all += visible;
      if (p.bold) {
        cur.boldChars += visible;
        boldAll += visible;
      }
      if (p.italic) italicAll += visible;
    });
  }
  flush();
  if (!lines.length) return null;
  const text = squash(lines.map((l) => l.text).join(' '));
  const first = lines[0]!.line;
  for (const l of lines) l.text = strayMarkup(l.text);
  const last = lines[lines.length - 1]!.line;
  const block: ParagraphBlock = {
    type: 'paragraph',
    text: strayMarkup(text),
    lines,
    bold: all > 0 && boldAll === all,
    at: last > first ? { line: first, endLine: last } : { line: first },
  };
  if (all > 0 && italicAll === all) block.italic = true;
  return block;
}

/**
 * A GFM table's rows as table blocks: a page-break marker row (see pipe-breaks.ts) is dropped
 * and the row after it marked; a delimiter row in the body starts a new table whose header is
 * the row above it.
 */
function markdownTables(node: MdTable, ctx: WalkContext): TableBlock[] {
  const parts: TableRow[][] = [[]];
  let pageBreak = false;
  for (const row of node.children) {
    const r = markdownRow(row, ctx);
    const part = parts[parts.length - 1]!;
    if (isPageBreakRow(r.cells)) pageBreak = true;
    else if (isDelimiterRow(r.cells)) parts.push(part.splice(-1, 1));
    else {
      part.push(pageBreak ? { ...r, pageBreakBefore: true } : r);
      pageBreak = false;
    }
  }
  const end = (node.position?.end.line ?? 1) + ctx.offset;
  return parts
    .filter((rows) => rows.length)
    .map((rows, i, all) => ({
      type: 'table',
      source: 'markdown',
      rows,
      at: {
        line: i ? rows[0]!.at.line : (node.position?.start.line ?? 1) + ctx.offset,
        endLine: i < all.length - 1 ? all[i + 1]![0]!.at.line - 1 : end,
      },
    }));
}

function markdownRow(row: MdTable['children'][number], ctx: WalkContext): TableRow {
  return {
    at: { line: (row.position?.start.line ?? 1) + ctx.offset },
    cells: row.children.map((c) => {
      const pieces: Piece[] = [];
      collect(c.children, false, false, pieces, { htmlBold: false }, row.position?.start.line ?? 1);
      const raw = pieces.map((p) => p.text).join('');
      const lines = raw.split('\n').map(squash).filter(Boolean);
      const vis = pieces.filter((p) => p.text.trim());
      return {
        text: squash(raw),
        lines,
        bold: vis.length > 0 && vis.every((p) => p.bold),
        colspan: 1,
        rowspan: 1,
      };
    }),
  };
}
