import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Block, TableBlock } from '../../src/model/blocks.js';
import { makeContext, readDocument, type ReadOptions } from '../../src/readers/index.js';
import { readDocx } from '../../src/readers/docx.js';
import { formatNumber } from '../../src/readers/docx/numbering.js';
import { convertLegacyDoc, findSoffice, sofficeCandidates } from '../../src/readers/docx/legacy.js';
import { encodeLegacy } from '../../src/text/legacy-fonts.js';
import { errorOf, paragraphs, tables } from '../helpers/blocks.js';
import { CONTENT_TYPES, makeDocx, RELS, W } from '../helpers/docx.js';
import { zipEntries } from '../helpers/zip.js';

const FIX = join(import.meta.dirname, '../../fixtures/docx');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIX, name)));
const read = (name: string, opts?: ReadOptions) => readDocument(fixture(name), makeContext(name, opts));
// The seeds are read from their one copy, fixtures/corpus.
const SEED_FILES: Record<string, string> = {
  'seed000.txt': '000_50b50b607dcb6ce6.txt',
  'seed000.docx': '000_50b50b607dcb6ce6.docx',
  'seed002.txt': '002_43a256f70d3623bb.txt',
  'seed002.docx': '002_43a256f70d3623bb.docx',
};
const seed = (name: string) => readDocument(new Uint8Array(readFileSync(join(FIX, '../corpus', SEED_FILES[name]!))), makeContext(name));

const p = (text: string, pPr = '', rPr = ''): string =>
  `<w:p>${pPr ? `<w:pPr>${pPr}</w:pPr>` : ''}<w:r>${rPr ? `<w:rPr>${rPr}</w:rPr>` : ''}<w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;
const num = (numId: number, ilvl = 0): string => `<w:numPr><w:ilvl w:val="${ilvl}"/><w:numId w:val="${numId}"/></w:numPr>`;
const lvl = (ilvl: number, fmt: string, text: string, start = 1): string =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="${start}"/><w:numFmt w:val="${fmt}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const docx = (bytes: Uint8Array, opts?: ReadOptions) => readDocx(bytes, makeContext('test.docx', opts));

// ---- the seeds: the .docx gives the blocks the .txt gives --------------------------

describe('seed .docx vs .txt', () => {
  it('seed 000: the same numbered headings and body paragraphs, in the same order', async () => {
    const [txt, dx] = await Promise.all([seed('seed000.txt'), seed('seed000.docx')]);
    const headings = (bs: Block[]) =>
      paragraphs(bs)
        .map((b) => b.text)
        .filter((t) => /^([IVX]+|\d+(\.\d+)*)\.\s/.test(t));
    expect(headings(dx.blocks)).toEqual(headings(txt.blocks));
    expect(headings(dx.blocks)).toContain('4.7. Chuyển đổi xanh lối sống');
    // Every body paragraph of the text export is a paragraph of the .docx (the bold title
    // is one markdown paragraph in the text but two Word paragraphs).
    const dxTexts = new Set(paragraphs(dx.blocks).map((b) => b.text));
    const body = paragraphs(txt.blocks).filter((b) => !b.bullet && !b.bold && b.text.length > 60);
    expect(body.length).toBeGreaterThan(40);
    for (const b of body) expect(dxTexts.has(b.text)).toBe(true);
  });

  it('seed 000: headings are bold, the title is centred, the header block is a layout table', async () => {
    const dx = await seed('seed000.docx');
    const byText = (t: string) => paragraphs(dx.blocks).find((b) => b.text === t)!;
    expect(byText('I. MỤC ĐÍCH, YÊU CẦU').bold).toBe(true);
    expect(byText('CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ ĐẢNG ỦY')).toMatchObject({ bold: true, align: 'center' });
    expect(byText('CHƯƠNG TRÌNH HÀNH ĐỘNG CỦA BAN THƯỜNG VỤ ĐẢNG ỦY').lines.map((l) => l.text)).toEqual([
      'CHƯƠNG TRÌNH HÀNH ĐỘNG',
      'CỦA BAN THƯỜNG VỤ ĐẢNG ỦY',
    ]);
    const first = dx.blocks[0] as TableBlock;
    expect(first.type).toBe('table');
    expect(first.layout).toBe(true);
    expect(first.source).toBe('docx');
    expect(first.rows[0]!.cells[0]!.lines).toContain('Số: -CTr/ĐU');
    expect(first.rows[0]!.cells[1]!.lines[0]).toBe('ĐẢNG CỘNG SẢN VIỆT NAM');
    const signature = tables(dx.blocks).at(-1)!;
    expect(signature.layout).toBe(true);
    expect(signature.rows[0]!.cells[0]!.lines[0]).toBe('Nơi nhận:');
  });

  it('seed 002: the annex table has the same data rows as the text export, with merged cells', async () => {
    const [txt, dx] = await Promise.all([seed('seed002.txt'), seed('seed002.docx')]);
    const annexOf = (bs: Block[]) => tables(bs).filter((t) => !t.layout && t.rows.length > 10)[0]!;
    const a = annexOf(txt.blocks);
    const b = annexOf(dx.blocks);
    expect(b.layout).toBeUndefined();
    const firstCells = (t: TableBlock) => t.rows.map((r) => r.cells[0]!.text);
    expect(firstCells(b)).toEqual(firstCells(a));
    expect(b.rows[0]!.cells.map((c) => c.text)).toEqual(a.rows[0]!.cells.map((c) => c.text));
    // Group rows: the title cell spans the remaining columns.
    const group = b.rows.find((r) => r.cells[0]!.text === 'I')!;
    expect(group.cells[1]!.text).toBe('Chuyển đổi xanh giao thông');
    expect(group.cells[1]!.colspan).toBeGreaterThan(1);
    // Data rows: the same cell texts as the tab-separated export.
    const row = (t: TableBlock, n: string) => t.rows.find((r) => r.cells[0]!.text === n)!.cells.map((c) => c.text);
    expect(row(b, '2')).toEqual(row(a, '2'));
  });

  it('numbers lines: one per paragraph, one per table row, with table and row indexes', async () => {
    const dx = await seed('seed002.docx');
    let expected = 1;
    let tableIndex = 0;
    for (const b of dx.blocks) {
      expect(b.at.line).toBe(expected);
      if (b.type === 'paragraph') {
        for (const l of b.lines) expect(l.line).toBe(expected);
        expected++;
      } else {
        tableIndex++;
        expect(b.at.table).toBe(tableIndex);
        b.rows.forEach((r, i) => expect(r.at).toEqual({ line: expected + i, table: tableIndex, row: i + 1 }));
        expected += b.rows.length;
      }
    }
    expect(tableIndex).toBe(3);
  });
});

// ---- Word automatic numbering -------------------------------------------------------

describe('Word numbering', () => {
  it('reconstructs the numbers of a real Lào Cai plan (numbered TT column)', async () => {
    const dx = await read('real-numbered.docx');
    const annex = tables(dx.blocks).find((t) => !t.layout)!;
    expect(annex.rows.slice(1).map((r) => r.cells[0]!.text)).toEqual(['1.', '2.', '3.', '4.', '5.', '6.', '7.', '8.', '9.']);
    expect(annex.layout).toBeUndefined();
    expect(tables(dx.blocks)[0]!.layout).toBe(true);
  });

  it('renders roman, decimal, multi-level and letter numbering as Word shows it', async () => {
    const numbering =
      `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}${lvl(1, 'decimal', '%2.')}${lvl(2, 'decimal', '%2.%3.')}${lvl(3, 'lowerLetter', '%4)')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="1">${lvl(0, 'bullet', '')}</w:abstractNum>` +
      `<w:abstractNum w:abstractNumId="2">${lvl(0, 'decimal', '%1.', 5)}</w:abstractNum>` +
      `<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>` +
      `<w:num w:numId="2"><w:abstractNumId w:val="1"/></w:num>` +
      `<w:num w:numId="3"><w:abstractNumId w:val="2"/></w:num>` +
      `<w:num w:numId="4"><w:abstractNumId w:val="2"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>`;
    const body = [
      p('MỤC ĐÍCH', num(1, 0)),
      p('Mục đích', num(1, 1)),
      p('Yêu cầu', num(1, 1)),
      p('Chi tiết', num(1, 2)),
      p('điểm một', num(1, 3)),
      p('điểm hai', num(1, 3)),
      p('NHIỆM VỤ', num(1, 0)),
      p('Nhiệm vụ chung', num(1, 1)),
      p('Phòng Kinh tế', num(2, 0)),
      p('Năm', num(3, 0)),
      p('Sáu', num(3, 0)),
      p('Lại từ một', num(4, 0)),
    ].join('');
    const res = await docx(makeDocx(body, { numbering }));
    const ps = paragraphs(res.blocks);
    expect(ps.map((b) => b.text)).toEqual([
      'I. MỤC ĐÍCH',
      '1. Mục đích',
      '2. Yêu cầu',
      '2.1. Chi tiết',
      'a) điểm một',
      'b) điểm hai',
      'II. NHIỆM VỤ',
      '1. Nhiệm vụ chung',
      'Phòng Kinh tế',
      '5. Năm',
      '6. Sáu',
      '1. Lại từ một',
    ]);
    expect(ps[8]!.bullet).toBe('•');
    expect(ps[0]!.bullet).toBeUndefined();
    expect(ps[0]!.lines[0]!.text).toBe('I. MỤC ĐÍCH');
  });

  it('numbering and bold inherited from a paragraph style; heading level from the style', async () => {
    const styles =
      `<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:pPr>${num(1, 0)}<w:jc w:val="center"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>` +
      `<w:style w:type="paragraph" w:styleId="Muc"><w:name w:val="Muc"/><w:basedOn w:val="Heading1"/></w:style>`;
    const numbering = `<w:abstractNum w:abstractNumId="0">${lvl(0, 'upperRoman', '%1.')}</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num>`;
    const body = p('MỤC TIÊU', '<w:pStyle w:val="Heading1"/>') + p('Nội dung thường') + p('TỔ CHỨC THỰC HIỆN', '<w:pStyle w:val="Muc"/>');
    const ps = paragraphs((await docx(makeDocx(body, { styles, numbering }))).blocks);
    expect(ps[0]).toMatchObject({ text: 'I. MỤC TIÊU', bold: true, heading: 1, align: 'center' });
    expect(ps[1]).toMatchObject({ text: 'Nội dung thường', bold: false });
    expect(ps[1]!.heading).toBeUndefined();
    expect(ps[2]).toMatchObject({ text: 'II. TỔ CHỨC THỰC HIỆN', bold: true });
  });

  it('formats numbers', () => {
    expect(['upperRoman', 'lowerRoman', 'upperLetter', 'lowerLetter', 'decimal', 'decimalZero'].map((f) => formatNumber(14, f))).toEqual([
      'XIV',
      'xiv',
      'N',
      'n',
      '14',
      '14',
    ]);
    expect(formatNumber(27, 'lowerLetter')).toBe('aa');
    expect(formatNumber(4, 'decimalZero')).toBe('04');
  });
});

// ---- paragraphs and tables ------------------------------------------------------------

describe('paragraphs and tables', () => {
  it('splits lines at <w:br/>, removes typed bullets, keeps partly bold paragraphs not bold', async () => {
    const body =
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>TM. ỦY BAN NHÂN DÂN</w:t><w:br/><w:t>KT. CHỦ TỊCH</w:t></w:r></w:p>` +
      p('- Phòng Kinh tế;') +
      p('+ Công an xã') +
      `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>1. Phòng Kinh tế:</w:t></w:r><w:r><w:t xml:space="preserve"> chủ trì</w:t></w:r></w:p>` +
      `<w:p><w:pPr><w:jc w:val="center"/></w:pPr></w:p>`;
    const ps = paragraphs((await docx(makeDocx(body))).blocks);
    expect(ps).toHaveLength(4); // the empty paragraph gives no block
    expect(ps[0]!.lines.map((l) => [l.text, l.bold])).toEqual([
      ['TM. ỦY BAN NHÂN DÂN', true],
      ['KT. CHỦ TỊCH', true],
    ]);
    expect(ps[0]).toMatchObject({ text: 'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH', bold: true });
    expect(ps[1]).toMatchObject({ text: 'Phòng Kinh tế;', bullet: '-' });
    expect(ps[1]!.lines[0]!.text).toBe('Phòng Kinh tế;');
    expect(ps[2]).toMatchObject({ text: 'Công an xã', bullet: '+' });
    expect(ps[3]).toMatchObject({ text: '1. Phòng Kinh tế: chủ trì', bold: false });
    expect(ps.map((b) => b.at.line)).toEqual([1, 2, 3, 4]);
  });

  const cellXml = (text: string, tcPr = ''): string => `<w:tc>${tcPr ? `<w:tcPr>${tcPr}</w:tcPr>` : ''}${p(text)}</w:tc>`;
  const borders = (val: string) =>
    `<w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map((s) => `<w:${s} w:val="${val}" w:sz="4"/>`).join('')}</w:tblBorders>`;

  it('marks borderless tables as layout, bordered ones (table or cell borders) not', async () => {
    const row = `<w:tr>${cellXml('a')}${cellXml('b')}</w:tr>`;
    const body =
      `<w:tbl><w:tblPr>${borders('none')}</w:tblPr>${row}</w:tbl>` +
      `<w:tbl><w:tblPr>${borders('single')}</w:tblPr>${row}</w:tbl>` +
      `<w:tbl><w:tblPr/>${row}</w:tbl>` +
      `<w:tbl><w:tblPr>${borders('nil')}</w:tblPr><w:tr>${cellXml('a', '<w:tcBorders><w:bottom w:val="single" w:sz="4"/></w:tcBorders>')}</w:tr></w:tbl>`;
    const ts = tables((await docx(makeDocx(body))).blocks);
    expect(ts.map((t) => t.layout ?? false)).toEqual([true, false, true, false]);
    expect(ts.map((t) => t.at.table)).toEqual([1, 2, 3, 4]);
  });

  it('takes borders from the table style', async () => {
    const styles = `<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:tblPr>${borders('single')}</w:tblPr></w:style>`;
    const body = `<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/></w:tblPr><w:tr>${cellXml('x')}</w:tr></w:tbl>`;
    const res = await docx(makeDocx(body, { styles }));
    expect(tables(res.blocks)[0]!.layout).toBeUndefined();
    expect(res.diagnostics.filter((d) => d.code === 'docx.mammoth')).toEqual([]);
  });

  it('reads colspan, rowspan, cell lines and nested tables', async () => {
    const body =
      `<w:tbl><w:tblPr>${borders('single')}</w:tblPr>` +
      `<w:tr>${cellXml('TT')}${cellXml('Nội dung')}${cellXml('Chủ trì')}</w:tr>` +
      `<w:tr>${cellXml('I', '<w:gridSpan w:val="1"/>')}${cellXml('Nhóm một', '<w:gridSpan w:val="2"/>')}</w:tr>` +
      `<w:tr>${cellXml('1', '<w:vMerge w:val="restart"/>')}<w:tc>${p('Dòng một')}${p('Dòng hai')}</w:tc><w:tc><w:tbl><w:tr>${cellXml('Phòng A')}${cellXml('Phòng B')}</w:tr></w:tbl><w:p/></w:tc></w:tr>` +
      `<w:tr>${cellXml('', '<w:vMerge/>')}${cellXml('tiếp')}${cellXml('C')}</w:tr>` +
      `</w:tbl>`;
    const res = await docx(makeDocx(body));
    const t = tables(res.blocks);
    expect(t).toHaveLength(1); // the nested table is flattened into its cell
    const [, group, r1, r2] = t[0]!.rows;
    expect(group!.cells.map((c) => [c.text, c.colspan])).toEqual([
      ['I', 1],
      ['Nhóm một', 2],
    ]);
    expect(r1!.cells[0]!.rowspan).toBe(2);
    expect(r1!.cells[1]).toMatchObject({ text: 'Dòng một Dòng hai', lines: ['Dòng một', 'Dòng hai'] });
    expect(r1!.cells[2]!.lines).toEqual(['Phòng A', 'Phòng B']);
    expect(r2!.cells.map((c) => c.text)).toEqual(['tiếp', 'C']);
    expect(t[0]!.at).toEqual({ line: 1, endLine: 4, table: 1 });
  });

  it('reports unknown elements as info diagnostics and still reads the text', async () => {
    const body = `<w:p><w:r><w:t>Trước</w:t></w:r><w:customThing/></w:p>`;
    const res = await docx(makeDocx(body));
    expect(paragraphs(res.blocks).map((b) => b.text)).toEqual(['Trước']);
    expect(res.diagnostics).toContainEqual(expect.objectContaining({ severity: 'info', code: 'docx.mammoth' }));
  });
});

// ---- bad and hostile input -------------------------------------------------------------

describe('bad input', () => {
  it('empty file', async () => {
    const e = await errorOf(readDocument(new Uint8Array(0), makeContext('empty.docx')));
    expect(e.code).toBe('GHPLAN_EMPTY_FILE');
    expect((await errorOf(docx(new Uint8Array(0)))).code).toBe('GHPLAN_EMPTY_FILE');
  });

  it('truncated zip', async () => {
    const e = await errorOf(read('truncated.docx'));
    expect(e.code).toBe('GHPLAN_DOCX_CORRUPT');
    expect(e.message).toBe('not a valid .docx (zip archive is truncated or corrupt)');
  });

  it('plain text named .docx', async () => {
    const e = await errorOf(read('not-a-docx.docx'));
    expect(e.code).toBe('GHPLAN_DOCX_NOT_ZIP');
    expect(e.message).toMatch(/no zip signature/);
  });

  it('a zip without word/document.xml', async () => {
    const bytes = zipEntries([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: 'hello.txt', data: 'hello' },
    ]);
    const e = await errorOf(docx(bytes));
    expect(e.code).toBe('GHPLAN_DOCX_NO_DOCUMENT');
  });

  it('damaged XML in document.xml', async () => {
    const bytes = zipEntries([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: `<w:document ${W}><w:body><w:p>` },
    ]);
    const e = await errorOf(docx(bytes));
    expect(e.code).toBe('GHPLAN_DOCX_CORRUPT');
    expect(e.message).toMatch(/word\/document\.xml/);
  });

  it('zip bomb: refused from the central directory, before inflating, fast', async () => {
    // document.xml claims 1.07 GiB (the size of shared/corpus/bad/zipbomb.docx's part).
    const bytes = zipEntries([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: Buffer.alloc(1024 * 1024, 0x2e), declaredSize: 1150014026 },
    ]);
    const t = performance.now();
    const e = await errorOf(readDocument(bytes, makeContext('zipbomb.docx')));
    expect(performance.now() - t).toBeLessThan(2000);
    expect(e.code).toBe('GHPLAN_PART_TOO_LARGE');
    expect(e.message).toBe('word/document.xml is 1.07 GiB uncompressed, over the 200 MiB limit');
  });

  it('zip bomb with honest headers over a lowered limit', async () => {
    const big = `<w:document ${W}><w:body>${p('.'.repeat(1000)).repeat(3000)}</w:body></w:document>`;
    const bytes = zipEntries([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: big },
    ]);
    const e = await errorOf(docx(bytes, { limits: { maxPartBytes: 1024 * 1024 } }));
    expect(e.code).toBe('GHPLAN_PART_TOO_LARGE');
    expect(e.message).toMatch(/^word\/document\.xml is 3 MiB uncompressed, over the 1 MiB limit$/);
  });

  it('zip bomb whose headers lie: inflation is capped', async () => {
    const big = `<w:document ${W}><w:body>${p('.'.repeat(1000)).repeat(3000)}</w:body></w:document>`;
    const bytes = zipEntries([
      { name: '[Content_Types].xml', data: CONTENT_TYPES },
      { name: '_rels/.rels', data: RELS },
      { name: 'word/document.xml', data: big, declaredSize: 2000 },
    ]);
    const e = await errorOf(docx(bytes));
    expect(e.code).toBe('GHPLAN_PART_TOO_LARGE');
    expect(e.message).toMatch(/word\/document\.xml inflates to more than its zip header says/);
  });
});

describe('large and legacy input', () => {
  it('reads the 3,000-row annex: every row, in order, bounded time', async () => {
    const t = performance.now();
    const res = await read('huge-annex.docx');
    const elapsed = performance.now() - t;
    const annex = tables(res.blocks).find((b) => !b.layout)!;
    expect(annex.rows).toHaveLength(3013);
    expect(annex.rows.filter((r) => /^[IVX]+$/.test(r.cells[0]!.text))).toHaveLength(12);
    expect(annex.rows.filter((r) => /^\d+(\.\d+)*$/.test(r.cells[0]!.text))).toHaveLength(3000);
    expect(annex.rows.at(-1)!.at.row).toBe(3013);
    expect(elapsed).toBeLessThan(60_000);
  }, 120_000);

  it('legacy .doc: no conversion when it is switched off or LibreOffice is missing', async () => {
    const bytes = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await convertLegacyDoc(bytes, makeContext('a.doc', { convertLegacy: 'off' }))).toBeNull();
    expect(await findSoffice({ PATH: '' }, 'linux')).toBeNull();
    expect(await findSoffice({ PATH: '/nonexistent-dir' }, 'linux')).toBeNull();
  });

  it('LibreOffice is looked for on PATH, then in its usual install folders (Windows, macOS)', () => {
    const win = sofficeCandidates(
      {
        Path: 'C:\\Windows;"C:\\Tools\\LO\\program"',
        ProgramFiles: 'C:\\Program Files',
        'ProgramFiles(x86)': 'C:\\Program Files (x86)',
        LOCALAPPDATA: 'C:\\Users\\an\\AppData\\Local',
      },
      'win32',
    );
    expect(win).toEqual([
      'C:\\Windows\\soffice.exe',
      'C:\\Windows\\soffice.com',
      'C:\\Tools\\LO\\program\\soffice.exe',
      'C:\\Tools\\LO\\program\\soffice.com',
      'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files\\LibreOffice\\program\\soffice.com',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.exe',
      'C:\\Program Files (x86)\\LibreOffice\\program\\soffice.com',
      'C:\\Users\\an\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.exe',
      'C:\\Users\\an\\AppData\\Local\\Programs\\LibreOffice\\program\\soffice.com',
    ]);
    expect(sofficeCandidates({ PATH: '/usr/bin' }, 'darwin')).toEqual([
      '/usr/bin/soffice',
      '/usr/bin/libreoffice',
      '/Applications/LibreOffice.app/Contents/MacOS/soffice',
      '/Applications/LibreOffice.app/Contents/MacOS/libreoffice',
    ]);
  });
});

// ---- runs in old Vietnamese fonts ------------------------------------------------------

describe('legacy font runs', () => {
  it('converts a run in a TCVN3 (.VnTime) font to Unicode and says so', async () => {
    const legacy = encodeLegacy('Kế hoạch chuyển đổi xanh', 'tcvn3');
    const body = p(legacy, '', '<w:rFonts w:ascii=".VnTime" w:hAnsi=".VnTime"/>') + p('Đoạn Unicode bình thường');
    const r = await docx(makeDocx(body));
    const texts = r.blocks.filter((b) => b.type === 'paragraph').map((b) => (b as { text: string }).text);
    expect(texts).toEqual(['Kế hoạch chuyển đổi xanh', 'Đoạn Unicode bình thường']);
    expect(r.diagnostics.map((d) => d.code)).toContain('input.legacy-font');
  });
});
