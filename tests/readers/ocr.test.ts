/**
 * OCR of a scan (a PDF whose page is only an image). Runs where Debian's tesseract with the
 * Vietnamese model is installed; elsewhere the test is skipped and the reader's clear
 * GHPLAN_PDF_NO_TEXT error is covered by tests/readers/pdf.test.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PDFParse } from 'pdf-parse';
import { findTesseract } from '../../src/readers/pdf/ocr.js';
import { makeContext, readDocument } from '../../src/readers/index.js';
import { fold } from '../../src/text/vietnamese.js';

const tesseract = await findTesseract();

/** A one-page "scan": page 1 of a seed PDF rendered to a JPEG and wrapped in an image-only PDF. */
async function scannedPage(): Promise<Uint8Array> {
  const parser = new PDFParse({
    data: new Uint8Array(readFileSync(join(import.meta.dirname, '../../fixtures/corpus/002_43a256f70d3623bb.pdf'))),
  });
  const shot = await parser.getScreenshot({ partial: [1], desiredWidth: 1240, imageBuffer: true, imageDataUrl: false });
  await parser.destroy();
  // @napi-rs/canvas comes with pdf-parse; it turns the PNG into a JPEG, which a PDF embeds as is.
  const { createCanvas, loadImage } = await import('@napi-rs/canvas');
  const img = await loadImage(Buffer.from(shot.pages[0]!.data));
  const canvas = createCanvas(img.width, img.height);
  const g = canvas.getContext('2d');
  g.fillStyle = '#fff';
  g.fillRect(0, 0, img.width, img.height);
  g.drawImage(img, 0, 0);
  const jpeg = canvas.toBuffer('image/jpeg', 85);
  const content = 'q 595 0 0 842 0 0 cm /Im1 Do Q';
  const objects: Buffer[] = [
    Buffer.from('<< /Type /Catalog /Pages 2 0 R >>'),
    Buffer.from('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    Buffer.from('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /XObject << /Im1 4 0 R >> >> /Contents 5 0 R >>'),
    Buffer.concat([
      Buffer.from(
        `<< /Type /XObject /Subtype /Image /Width ${img.width} /Height ${img.height} /ColorSpace /DeviceRGB /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`,
      ),
      jpeg,
      Buffer.from('\nendstream'),
    ]),
    Buffer.from(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`),
  ];
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = parts[0]!.length;
  objects.forEach((o, i) => {
    offsets.push(size);
    const chunk = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), o, Buffer.from('\nendobj\n')]);
    parts.push(chunk);
    size += chunk.length;
  });
  const xref = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`));
  return new Uint8Array(Buffer.concat(parts));
}

// A skip says why, loudly: on a machine without tesseract this test cannot run.
if (!tesseract) {
  console.warn(
    'SKIPPED tests/readers/ocr.test.ts: tesseract with the Vietnamese model is not installed (apt-get install tesseract-ocr tesseract-ocr-vie to run it)',
  );
}

describe.skipIf(!tesseract)('OCR of a scanned page (tesseract with Vietnamese installed)', () => {
  it('reads the page and says OCR was used', async () => {
    const res = await readDocument(await scannedPage(), makeContext('scan.pdf'));
    expect(res.diagnostics.map((d) => d.code)).toContain('pdf.ocr');
    const text = fold(res.blocks.map((b) => (b.type === 'paragraph' ? b.text : '')).join(' '));
    expect(text).toContain('ke hoach');
    expect(text).toContain('muc dich');
    expect(res.blocks.every((b) => b.at.page === 1)).toBe(true);
  }, 180_000);
});
