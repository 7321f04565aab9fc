/**
 * OCR for PDFs without a text layer (scans): each page is rendered with pdf-parse's
 * getScreenshot and read by Debian's `tesseract` with the Vietnamese model (`vie`), when both
 * are installed. The OCR text goes through the text reader, so the same stages follow.
 * Returns null when tesseract or its Vietnamese data is missing: the caller keeps its error.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { ReadResult } from '../../model/blocks.js';
import { diag } from '../../model/diagnostics.js';
import { GhplanError, ErrorCodes, msg } from '../../model/errors.js';
import { normalizeText } from '../../text/vietnamese.js';
import type { ReadContext } from '../context.js';
import { readText } from '../txt.js';
import { firstProgram, runProgram } from '../programs.js';

const PAGE_TIMEOUT_MS = 120_000;

const MAX_OUTPUT = 32 * 1024 * 1024;

/** The first tesseract executable on PATH, when it has the Vietnamese model; else null. */
export async function findTesseract(path = process.env.PATH ?? ''): Promise<string | null> {
  const name = process.platform === 'win32' ? 'tesseract.exe' : 'tesseract';
  const full = await firstProgram(
    path
      .split(delimiter)
      .filter(Boolean)
      .map((dir) => join(dir, name)),
  );
  if (!full) return null;
  try {
    return /^vie$/m.test(await runProgram(full, ['--list-langs'], 10_000, MAX_OUTPUT)) ? full : null;
  } catch {
    return null;
  }
}

export async function ocrPdf(bytes: Uint8Array, ctx: ReadContext, pages: number): Promise<ReadResult | null> {
  const tesseract = await findTesseract();
  if (!tesseract) return null;
  const { PDFParse } = await import('pdf-parse');
  const parser = new PDFParse({ data: bytes.slice() });
  const dir = await mkdtemp(join(tmpdir(), 'ghplan-ocr-'));
  const pageTexts: string[] = [];
  // OCR is slow: stop between pages once the file's time is up, not after the last page.
  const deadline = ctx.limits.timeoutMs ? Date.now() + ctx.limits.timeoutMs : Infinity;
  try {
    for (let p = 1; p <= pages; p++) {
      if (Date.now() > deadline) {
        throw new GhplanError(ErrorCodes.TIMEOUT, msg('err.timeoutOcr', { pages, seconds: Math.round(ctx.limits.timeoutMs / 1000) }));
      }
      // About 200 dpi for an A4 page: enough for tesseract, small enough to stay fast.
      const shot = await parser.getScreenshot({ partial: [p], desiredWidth: 1700, imageBuffer: true, imageDataUrl: false });
      const page = shot.pages[0];
      if (!page) continue;
      const png = join(dir, `page-${p}.png`);
      await writeFile(png, page.data);
      const left = deadline === Infinity ? PAGE_TIMEOUT_MS : Math.max(1000, deadline - Date.now());
      const text = await runProgram(tesseract, [png, 'stdout', '-l', 'vie'], Math.min(PAGE_TIMEOUT_MS, left), MAX_OUTPUT);
      pageTexts.push(normalizeText(text).replace(/\r\n?/g, '\n').replace(/\f/g, ''));
    }
  } finally {
    await parser.destroy().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
  if (!pageTexts.some((t) => t.trim())) return null;
  // Pages joined by blank lines; a block's page is found from the line it starts on.
  const starts: number[] = [];
  let line = 1;
  for (const t of pageTexts) {
    starts.push(line);
    line += t.split('\n').length + 1;
  }
  const res = await readText(pageTexts.join('\n\n'), 'txt');
  const pageOf = (l: number): number => {
    let page = 1;
    starts.forEach((s, i) => {
      if (l >= s) page = i + 1;
    });
    return page;
  };
  for (const b of res.blocks) {
    b.at.page = pageOf(b.at.line);
    if (b.type === 'table') for (const r of b.rows) r.at.page = pageOf(r.at.line);
    else for (const l of b.lines) l.page = pageOf(l.line);
  }
  return {
    format: 'pdf',
    blocks: res.blocks,
    pages: pageTexts.length,
    diagnostics: [
      diag('info', 'pdf.ocr', `${pageTexts.length} page(s) read by OCR (tesseract, Vietnamese); check names and numbers`),
      ...res.diagnostics,
    ],
  };
}
