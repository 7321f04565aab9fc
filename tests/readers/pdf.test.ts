import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ParagraphBlock } from '../../src/model/blocks.js';
import { makeContext, readDocument, type ReadOptions } from '../../src/readers/index.js';
import { isGarbled, measure } from '../../src/readers/pdf/quality.js';
import { errorOf, paragraphs, tables } from '../helpers/blocks.js';
import { pdfFromObjects } from '../helpers/pdf.js';

const FIX = join(import.meta.dirname, '../../fixtures/pdf');
const fixture = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIX, name)));
const read = (bytes: Uint8Array, name: string, opts?: ReadOptions) => readDocument(bytes, makeContext(name, opts));

/** A minimal PDF: one page per entry, each with a content stream (Helvetica as /F1). */
function makePdf(pages: string[]): Uint8Array {
  const objs: string[] = [];
  const add = (s: string): number => objs.push(s);
  add('<< /Type /Catalog /Pages 2 0 R >>');
  add('PAGES');
  add('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>');
  const kids: number[] = [];
  for (const content of pages) {
    const stream = add(`<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`);
    kids.push(
      add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${stream} 0 R >>`),
    );
  }
  objs[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`;
  return new Uint8Array(pdfFromObjects(objs));
}

const textPage = (lines: string[]): string => `BT /F1 12 Tf 72 780 Td 14 TL ${lines.map((l) => `(${l}) Tj T*`).join(' ')} ET`;

describe('readPdf on seed 002 (PDF vs its text export)', async () => {
  const seed = (name: string): Uint8Array => new Uint8Array(readFileSync(join(FIX, '../corpus', name)));
  const pdf = await read(seed('002_43a256f70d3623bb.pdf'), 'seed-002.pdf', { ocr: 'off' });
  const txt = await read(seed('002_43a256f70d3623bb.txt'), 'seed-002.txt');

  it('reads every page and marks blocks with pages and running line numbers', () => {
    expect(pdf.format).toBe('pdf');
    expect(pdf.pages).toBe(21);
    let last = 0;
    for (const b of pdf.blocks) {
      expect(b.at.page).toBeGreaterThanOrEqual(1);
      expect(b.at.line).toBeGreaterThan(last);
      last = b.type === 'table' ? (b.at.endLine ?? b.at.line) : b.at.line;
    }
  });

  it('gives the same paragraphs as the text export (headings with their numbers, bullets split off)', () => {
    const key = (p: ParagraphBlock): string => `${p.bullet ?? ''}|${p.text}`;
    const fromTxt = paragraphs(txt.blocks).map(key);
    const fromPdf = new Set(paragraphs(pdf.blocks).map(key));
    const missing = fromTxt.filter((k) => !fromPdf.has(k));
    // Only the signature differs: the text export puts its three lines in one paragraph.
    expect(missing.length).toBeLessThanOrEqual(1);
    const texts = paragraphs(pdf.blocks).map((p) => p.text);
    for (const h of [
      'I. MỤC ĐÍCH, YÊU CẦU',
      '1. Mục đích',
      'II. MỤC TIÊU',
      'V. KINH PHÍ THỰC HIỆN',
      'VI. TỔ CHỨC THỰC HIỆN',
      'BIỂU PHỤ LỤC',
    ]) {
      expect(texts).toContain(h);
    }
    const heading = paragraphs(pdf.blocks).find((p) => p.text === 'I. MỤC ĐÍCH, YÊU CẦU')!;
    expect(heading.bold).toBe(true);
    const bullet = paragraphs(pdf.blocks).find((p) => p.text.startsWith('Cụ thể hóa và tổ chức triển khai'))!;
    expect(bullet.bullet).toBe('-');
    expect(bullet.lines).toHaveLength(2);
  });

  it('removes the running page numbers', () => {
    for (const p of paragraphs(pdf.blocks)) expect(p.text).not.toMatch(/^\d{1,2}$/);
  });

  it('joins a paragraph cut by a page break', () => {
    // Page 16 ends "2. Các cơ quan, đơn vị, thôn căn cứ ..." and page 17 goes on; and this one runs across pages 15-16.
    const cut = paragraphs(pdf.blocks).filter((p) => new Set(p.lines.map((l) => l.page)).size > 1);
    expect(cut.length).toBeGreaterThan(0);
    for (const p of cut) expect(fromTxtHas(p.text)).toBe(true);
    function fromTxtHas(t: string): boolean {
      return paragraphs(txt.blocks).some((q) => q.text === t);
    }
  });

  it('reads the header and signature blocks column by column', () => {
    const texts = paragraphs(pdf.blocks).map((p) => p.text);
    const issuer = texts.indexOf('ỦY BAN NHÂN DÂN XÃ VĨNH AM');
    const number = texts.indexOf('Số: /KH-UBND');
    const motto = texts.indexOf('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    const date = texts.indexOf('Vĩnh Am, ngày tháng 6 năm 2026');
    expect(issuer).toBe(0);
    expect(number).toBe(1);
    expect(motto).toBeGreaterThan(number);
    expect(date).toBeGreaterThan(motto);
    const recip = texts.indexOf('Nơi nhận:');
    expect(texts.slice(recip, recip + 7)).toEqual([
      'Nơi nhận:',
      'TT ĐU, TT HĐND xã;',
      'CT, các PCT UBND xã;',
      'Các cơ quan, đơn vị có liên quan;',
      'Lưu: VT, KT.',
      'TM. ỦY BAN NHÂN DÂN KT. CHỦ TỊCH PHÓ CHỦ TỊCH',
      'Nguyễn Thị Len',
    ]);
    const sig = paragraphs(pdf.blocks)[recip + 5]!;
    expect(sig.lines.map((l) => l.text)).toEqual(['TM. ỦY BAN NHÂN DÂN', 'KT. CHỦ TỊCH', 'PHÓ CHỦ TỊCH']);
  });

  it('rebuilds the annex as one table across the landscape pages, its page breaks marked', () => {
    const [t] = tables(pdf.blocks);
    const [tt] = tables(txt.blocks);
    expect(tables(pdf.blocks)).toHaveLength(1);
    expect(t!.source).toBe('pdf');
    expect(t!.wrapped).toBe(true);
    expect(t!.at.page).toBe(18);
    // The reader keeps every row it sees; the first row of each further page is marked.
    const breaks = t!.rows.filter((r) => r.pageBreakBefore);
    expect(breaks.length).toBeGreaterThanOrEqual(1);
    for (const r of breaks) expect(r.at.page).toBeGreaterThan(18);
    expect(t!.rows.filter((r) => !r.pageBreakBefore).every((r, i, rs) => i === 0 || r.at.page! >= rs[i - 1]!.at.page!)).toBe(true);
    // Rows of the text export appear in order, with their first cells (ids and group rows).
    const firsts = t!.rows.map((r) => r.cells[0]!.text).filter((x) => x && x !== 'TT');
    expect(firsts).toEqual(
      tt!.rows
        .slice(1)
        .map((r) => r.cells[0]!.text)
        .filter(Boolean),
    );
    // A group row merged across the table.
    const group = t!.rows.find((r) => r.cells[0]!.text.startsWith('III'))!;
    expect(group.cells[0]!.colspan).toBe(7);
    // The row cut by the page break 18/19 is two rows here: the part on page 19 has an empty number.
    const cut = t!.rows.findIndex((r) => r.cells[1]!.text.startsWith('Kiểm tra, rà soát, yêu cầu các cơ sở'));
    const rest = t!.rows.slice(cut + 1).find((r) => r.at.page === 19 && r.cells[0]!.text === '')!;
    expect(rest.cells[1]!.text).not.toBe('');
    // Rows number one line each.
    expect(t!.rows[1]!.at.line).toBe(t!.rows[0]!.at.line + 1);
  });
});

describe('readPdf on bad input', () => {
  it('refuses an encrypted PDF without waiting for a password', async () => {
    const e = await errorOf(read(fixture('encrypted.pdf'), 'encrypted.pdf'));
    expect(e.code).toBe('GHPLAN_PDF_ENCRYPTED');
    expect(e.message).toBe('PDF is encrypted (password required)');
  });

  it('refuses a truncated PDF', async () => {
    const e = await errorOf(read(fixture('truncated.pdf'), 'truncated.pdf'));
    expect(e.code).toBe('GHPLAN_PDF_CORRUPT');
    expect(e.message).toBe('PDF is truncated or corrupt');
  });

  it('refuses a PDF without a text layer', async () => {
    const bytes = makePdf(['0 0 0 RG 72 72 451 698 re S', '0.5 g 100 100 200 200 re f']);
    const e = await errorOf(read(bytes, 'scan.pdf', { ocr: 'off' }));
    expect(e.code).toBe('GHPLAN_PDF_NO_TEXT');
    expect(e.message).toBe('PDF has no text layer (scanned image?); OCR is needed');
  });

  it('refuses a garbled text layer instead of returning it', async () => {
    const junk = Array.from({ length: 30 }, (_, i) => `6g C'NG 7+\\\\1* &x1* H"A X# +x, &+q 1*+j$ 9,x7 ${i}`);
    const e = await errorOf(read(makePdf([textPage(junk)]), 'junk.pdf', { ocr: 'off' }));
    expect(e.code).toBe('GHPLAN_PDF_GARBLED');
  });

  it('enforces the page limit', async () => {
    const page = textPage(['Ke hoach trien khai thuc hien nhiem vu nam 2026 cua xa']);
    const e = await errorOf(read(makePdf([page, page, page]), 'long.pdf', { limits: { maxPages: 2 } }));
    expect(e.code).toBe('GHPLAN_PAGE_LIMIT');
  });

  it('reads a plain generated PDF', async () => {
    const res = await read(makePdf([textPage(['I. MUC DICH', 'Noi dung thu nhat cua ke hoach.'])]), 'plain.pdf');
    expect(paragraphs(res.blocks).map((p) => p.text)).toEqual(['I. MUC DICH', 'Noi dung thu nhat cua ke hoach.']);
  });
});

describe('text layer quality', () => {
  it('tells Vietnamese from font garbage', () => {
    expect(
      isGarbled(
        measure(
          'Thực hiện Chương trình hành động số 16-CTr/ĐU ngày 18/5/2026 của Ban Chấp hành Đảng bộ xã thực hiện Nghị quyết số 08-NQ/TU về chuyển đổi xanh',
        ),
      ),
    ).toBe(false);
    expect(
      isGarbled(
        measure(
          '6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A X√ +Ӝ, &+Ӫ 1*+Ƭ$ 9,ӊ7 NAM Ĉ2¬1 .,ӆ0 TRA THEO 48<ӂ7 Ĉӎ1+ 6Ӕ ĈӝF OұS 6Ӣ C‘NG 7+ѬѪ1* &Ӝ1* H“A X√ +Ӝ,',
        ),
      ),
    ).toBe(true);
  });
});
