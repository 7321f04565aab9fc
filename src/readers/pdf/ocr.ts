/**
 * OCR for PDFs without a text layer (scans): each page is rendered with pdf-parse's
 * getScreenshot and read by Debian's `tesseract` with the Vietnamese model (`vie`), when both
 * are installed. The OCR text goes through the text reader, so the same stages follow.
 * Returns null when tesseract or its Vietnamese data is missing: the caller keeps its error.
 */
import { execFile } from 'node:child_process';
import { constants } from 'node:fs';
import { access, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import type { ReadResult } from '../../model/blocks.js';
import { diag } from '../../model/diagnostics.js';
import { GhplanError, ErrorCodes, msg } from '../../model/errors.js';
import { normalizeText } from '../../text/vietnamese.js';
import type { ReadContext } from '../context.js';
import { readText } from '../txt.js';

const PAGE_TIMEOUT_MS = 120_000;

function run(file: string, args: string[], timeout: number): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      file,
      args,
      { timeout, killSignal: 'SIGKILL', windowsHide: true, maxBuffer: 32 * 1024 * 1024, encoding: 'utf8' },
      (err, stdout) => (err ? reject(err) : resolve(stdout)),
    );
  });
}

/** The tesseract executable on PATH when it has the Vietnamese model, else null. */
export async function findTesseract(path = process.env.PATH ?? ''): Promise<string | null> {
  for (const dir of path.split(delimiter)) {
    if (!dir) continue;
    for (const name of process.platform === 'win32' ? ['tesseract.exe'] : ['tesseract']) {
      const full = join(dir, name);
      try {
        await access(full, constants.X_OK);
      } catch {
        continue;
      }
      try {
        const langs = await run(full, ['--list-langs'], 10_000);
        return /^vie$/m.test(langs) ? full : null;
      } catch {
        return null;
      }
    }
  }
  return null;
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
      const text = await run(tesseract, [png, 'stdout', '-l', 'vie'], Math.min(PAGE_TIMEOUT_MS, left));
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
