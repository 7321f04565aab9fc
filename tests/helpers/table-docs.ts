/**
 * One table, written three ways: a .docx (w:vMerge / w:gridSpan, repeat-header rows), its PDF
 * export (drawn borders, merged cells as missing borders, a row cut by a page break with the
 * header repeated on the next page) and a tab-separated text export. The PDF's Vietnamese text
 * uses a Type0 font (Identity-H, character codes = Unicode code points) with a ToUnicode map,
 * the way PDF writers embed fonts, so that text extraction gives the text back.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { makeDocx } from './docx.js';
import { pdfFromObjects } from './pdf.js';

export interface SpecCell {
  text: string;
  bold?: boolean;
  rowspan?: number;
  colspan?: number;
}

export interface SpecRow {
  /** Cells that start in this row, left to right (cells covered by a span from above are left out). */
  cells: SpecCell[];
  header?: boolean;
  /** The PDF cuts this row at a page break after this many lines of each cell (the rest goes on on the next page). */
  cutAfterLines?: number;
}

export interface SpecTable {
  widths: number[];
  rows: SpecRow[];
}

export const cell = (text: string, o: Omit<SpecCell, 'text'> = {}): SpecCell => ({ text, ...o });

/** Grid positions: for each row, the cells with their column, and the columns covered from above. */
function layout(t: SpecTable): { row: number; col: number; cell: SpecCell }[][] {
  const covered = new Map<string, true>();
  return t.rows.map((r, ri) => {
    const out: { row: number; col: number; cell: SpecCell }[] = [];
    let col = 0;
    for (const c of r.cells) {
      while (covered.has(`${ri}:${col}`)) col++;
      out.push({ row: ri, col, cell: c });
      for (let dr = 0; dr < (c.rowspan ?? 1); dr++)
        for (let dc = 0; dc < (c.colspan ?? 1); dc++) covered.set(`${ri + dr}:${col + dc}`, true);
      col += c.colspan ?? 1;
    }
    return out;
  });
}

const esc = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

// ------------------------------------------------------------------ .docx

const BORDERS = `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="single" w:sz="4"/>`).join('')}</w:tblBorders>`;

function docxPara(text: string, bold = false): string {
  const rpr = bold ? '<w:rPr><w:b/></w:rPr>' : '';
  return `<w:p>${text
    .split('\n')
    .map((l, i) => `<w:r>${rpr}${i ? '<w:br/>' : ''}<w:t xml:space="preserve">${esc(l)}</w:t></w:r>`)
    .join('')}</w:p>`;
}

export function docxTable(t: SpecTable): string {
  const grid = layout(t);
  const width = t.widths.length;
  const vmerge = new Map<string, number>(); // "row:col" → colspan of the merged cell above
  grid.forEach((cells) =>
    cells.forEach(({ row, col, cell: c }) => {
      for (let dr = 1; dr < (c.rowspan ?? 1); dr++) vmerge.set(`${row + dr}:${col}`, c.colspan ?? 1);
    }),
  );
  const rows = grid.map((cells, ri) => {
    let xml = '';
    let col = 0;
    const byCol = new Map(cells.map((x) => [x.col, x.cell]));
    while (col < width) {
      const merged = vmerge.get(`${ri}:${col}`);
      if (merged !== undefined) {
        xml += `<w:tc><w:tcPr>${merged > 1 ? `<w:gridSpan w:val="${merged}"/>` : ''}<w:vMerge/></w:tcPr><w:p/></w:tc>`;
        col += merged;
        continue;
      }
      const c = byCol.get(col);
      if (!c) {
        col++;
        continue;
      }
      const pr = `${(c.colspan ?? 1) > 1 ? `<w:gridSpan w:val="${c.colspan}"/>` : ''}${(c.rowspan ?? 1) > 1 ? '<w:vMerge w:val="restart"/>' : ''}`;
      xml += `<w:tc>${pr ? `<w:tcPr>${pr}</w:tcPr>` : ''}${
        c.text
          ? c.text
              .split('\n\n')
              .map((p) => docxPara(p, c.bold))
              .join('')
          : '<w:p/>'
      }</w:tc>`;
      col += c.colspan ?? 1;
    }
    const trPr = t.rows[ri]!.header ? '<w:trPr><w:tblHeader/></w:trPr>' : '';
    return `<w:tr>${trPr}${xml}</w:tr>`;
  });
  return `<w:tbl><w:tblPr>${BORDERS}</w:tblPr><w:tblGrid>${t.widths.map((w) => `<w:gridCol w:w="${w * 20}"/>`).join('')}</w:tblGrid>${rows.join('')}</w:tbl>`;
}

/** A .docx of paragraphs (strings; "**…**" bold) and tables. */
export function docxOf(parts: (string | SpecTable)[]): Uint8Array {
  return makeDocx(parts.map((p) => (typeof p === 'string' ? docxPara(p.replace(/\*\*/g, ''), p.startsWith('**')) : docxTable(p))).join(''));
}

// ------------------------------------------------------------------ text export

/** Tab-separated rows as Word's text export writes them: merged cells empty below their first row, bold as <b>. */
export function textTable(t: SpecTable, options: { cut?: 'page-number' | 'none' } = {}): string[] {
  const grid = layout(t);
  const out: string[] = [];
  grid.forEach((cells, ri) => {
    const row = new Array<string>(t.widths.length).fill('');
    const rest = new Array<string>(t.widths.length).fill('');
    const cut = t.rows[ri]!.cutAfterLines;
    for (const { col, cell: c } of cells) {
      const lines = c.text.split('\n').filter(Boolean);
      const mark = (s: string): string => (s && c.bold ? `<b>${s}</b>` : s);
      if (cut !== undefined && options.cut) {
        row[col] = mark(lines.slice(0, cut).join(' '));
        rest[col] = mark(lines.slice(cut).join(' '));
      } else row[col] = mark(lines.join(' '));
    }
    out.push(row.join('\t'));
    if (cut !== undefined && options.cut) {
      if (options.cut === 'page-number') out.push('', '2', '');
      out.push(rest.join('\t'));
    }
  });
  return out;
}

// ------------------------------------------------------------------ PDF export

const PAGE_W = 842;
const PAGE_H = 595;
const SIZE = 9;
const LEAD = 11;
const PAD = 3;

const hex = (s: string): string => [...s.normalize('NFC')].map((ch) => ch.codePointAt(0)!.toString(16).padStart(4, '0')).join('');

/** Lines of a cell as the PDF wraps them (each font unit is half an em wide). */
function wrapLines(text: string, width: number): string[] {
  const per = Math.max(4, Math.floor((width - 2 * PAD) / (SIZE * 0.5)));
  const out: string[] = [];
  for (const para of text.split('\n')) {
    let cur = '';
    for (const w of para.split(/\s+/).filter(Boolean)) {
      if (cur && cur.length + 1 + w.length > per) {
        out.push(cur);
        cur = w;
      } else cur = cur ? `${cur} ${w}` : w;
    }
    if (cur) out.push(cur);
  }
  return out;
}

interface Placed {
  col: number;
  span: number;
  rows: number;
  lines: string[];
  bold: boolean;
}

/**
 * The PDF export: paragraphs before the table on page 1, the table from there on; a row with
 * `cutAfterLines` is split at a page break, the header rows repeated at the top of the next page.
 */
export function pdfOf(before: string[], t: SpecTable, after: string[] = []): Uint8Array {
  const x0 = 40;
  const xs = [x0];
  for (const w of t.widths) xs.push(xs[xs.length - 1]! + w);
  const grid = layout(t);
  // Physical rows: header rows, data rows, a cut row as two pieces.
  type PRow = { cells: Placed[]; header: boolean; newPageBefore?: boolean };
  const prows: PRow[] = [];
  const headerRows: PRow[] = [];
  grid.forEach((cells, ri) => {
    const spec = t.rows[ri]!;
    const placed = cells.map(({ col, cell: c }): Placed => {
      const span = c.colspan ?? 1;
      return { col, span, rows: c.rowspan ?? 1, lines: wrapLines(c.text, xs[col + span]! - xs[col]!), bold: !!c.bold };
    });
    if (spec.cutAfterLines !== undefined) {
      const k = spec.cutAfterLines;
      prows.push({ cells: placed.map((p) => ({ ...p, lines: p.lines.slice(0, k) })), header: false });
      prows.push({ cells: placed.map((p) => ({ ...p, lines: p.lines.slice(k) })), header: false, newPageBefore: true });
    } else {
      const r = { cells: placed, header: !!spec.header };
      prows.push(r);
      if (spec.header) headerRows.push(r);
    }
  });
  const heights = prows.map((r) => Math.max(1, ...r.cells.filter((c) => c.rows === 1).map((c) => c.lines.length)) * LEAD + 2 * PAD);
  const pages: string[] = [];
  let ops = '';
  let y = PAGE_H - 50;
  const text = (s: string, x: number, yy: number, bold: boolean): void => {
    ops += `BT /${bold ? 'F2' : 'F1'} ${SIZE} Tf ${x.toFixed(1)} ${yy.toFixed(1)} Td <${hex(s)}> Tj ET\n`;
  };
  for (const p of before) {
    text(p.replace(/\*\*/g, ''), x0, y, p.startsWith('**'));
    y -= LEAD * 1.6;
  }
  const drawRow = (r: PRow, h: number, spanHeights: (c: Placed) => number): void => {
    for (const c of r.cells) {
      const left = xs[c.col]!;
      const right = xs[c.col + c.span]!;
      const bottom = y - spanHeights(c);
      ops += `0 0 0 RG 0.5 w ${left} ${y} m ${right} ${y} l S ${left} ${bottom} m ${right} ${bottom} l S ${left} ${y} m ${left} ${bottom} l S ${right} ${y} m ${right} ${bottom} l S\n`;
      c.lines.forEach((l, i) => text(l, left + PAD, y - PAD - SIZE - i * LEAD + 2, c.bold));
    }
    y -= h;
  };
  prows.forEach((r, i) => {
    if (r.newPageBefore) {
      pages.push(ops);
      ops = '';
      y = PAGE_H - 40;
      for (const hr of headerRows) drawRow(hr, heights[prows.indexOf(hr)]!, spanHeight(prows.indexOf(hr)));
    }
    drawRow(r, heights[i]!, spanHeight(i));
  });
  function spanHeight(i: number): (c: Placed) => number {
    return (c) => heights.slice(i, i + c.rows).reduce((s, h) => s + h, 0);
  }
  y -= LEAD;
  for (const p of after) {
    text(p.replace(/\*\*/g, ''), x0, y, p.startsWith('**'));
    y -= LEAD * 1.6;
  }
  pages.push(ops);
  return pdfDocument(pages);
}

function pdfDocument(pages: string[]): Uint8Array {
  const all = pages.join('');
  const highs = new Set<string>();
  for (const m of all.matchAll(/<([0-9a-f]+)>/g)) for (let i = 0; i < m[1]!.length; i += 4) highs.add(m[1]!.slice(i, i + 2));
  const ranges = [...highs].sort().map((x) => `<${x}00> <${x}ff> <${x}00>`);
  const cmap = `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def /CMapName /Adobe-Identity-UCS def /CMapType 2 def 1 begincodespacerange <0000> <FFFF> endcodespacerange ${ranges.length} beginbfrange ${ranges.join(' ')} endbfrange endcmap CMapName currentdict /CMap defineresource pop end end`;
  const objs: string[] = [];
  const add = (s: string): number => objs.push(s);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  const toU = add(`<< /Length ${cmap.length} >>\nstream\n${cmap}\nendstream`);
  // The glyphs are those of a font pdfjs ships; text extraction reads the ToUnicode map.
  const ttf = readFileSync(createRequire(import.meta.url).resolve('pdfjs-dist/standard_fonts/LiberationSans-Regular.ttf')).toString(
    'latin1',
  );
  const file = add(`<< /Length ${ttf.length} /Length1 ${ttf.length} >>\nstream\n${ttf}\nendstream`);
  const font = (name: string): number => {
    const desc = add(
      `<< /Type /FontDescriptor /FontName /${name} /Flags 32 /FontBBox [-558 -307 2000 1026] /ItalicAngle 0 /Ascent 905 /Descent -212 /CapHeight 716 /StemV 80 /FontFile2 ${file} 0 R >>`,
    );
    const cid = add(
      `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${name} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> /FontDescriptor ${desc} 0 R /DW 500 /CIDToGIDMap /Identity >>`,
    );
    return add(
      `<< /Type /Font /Subtype /Type0 /BaseFont /${name} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toU} 0 R >>`,
    );
  };
  const regular = font('TimesNewRomanPSMT');
  const boldF = font('TimesNewRomanPS-BoldMT');
  const kids: number[] = [];
  for (const content of pages) {
    const bytes = Buffer.byteLength(content, 'latin1');
    const stream = add(`<< /Length ${bytes} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_W} ${PAGE_H}] /Resources << /Font << /F1 ${regular} 0 R /F2 ${boldF} 0 R >> >> /Contents ${stream} 0 R >>`,
      ),
    );
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return new Uint8Array(pdfFromObjects(objs));
}
