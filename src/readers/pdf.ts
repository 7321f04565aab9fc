/**
 * .pdf reader on pdf-parse v2 (pdfjs-dist 5). pdf-parse loads the document and maps
 * pdfjs' load errors (password, invalid PDF); the pages are then read once each through
 * the loaded pdfjs document: the operator list (ruling lines and font names) and the
 * positioned text items. Layout analysis (tables from drawn borders, two-column header
 * and signature zones, paragraphs joined across page breaks) is in ./pdf/.
 */
import { PDFParse } from 'pdf-parse';
import type { ReadResult } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { result, type Result } from '../model/result.js';
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import type { ReadContext } from './context.js';
import { layoutPages } from './pdf/layout.js';
import { readPage, type PageProxy } from './pdf/page.js';
import { isGarbled, measure, type TextQuality } from './pdf/quality.js';
import type { PdfPage } from './pdf/types.js';

interface DocProxy {
  numPages: number;
  getPage(n: number): Promise<PageProxy>;
}

/** True when the file lacks its end (no %%EOF near the end): a cut download or copy. */
export function looksTruncated(bytes: Uint8Array): boolean {
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 4096))).toString('latin1');
  return !tail.includes('%%EOF');
}

function loadError(err: unknown): GhplanError {
  if (err instanceof GhplanError) return err;
  const name = (err as Error | undefined)?.name ?? '';
  const detail = String((err as Error | undefined)?.message ?? err);
  if (name === 'PasswordException' || /password/i.test(detail)) {
    return new GhplanError(ErrorCodes.PDF_ENCRYPTED, msg('err.pdfEncrypted'));
  }
  return new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfCorrupt'));
}

async function withTimeout<T>(p: Promise<T>, ms: number, onTimeout: () => void): Promise<T> {
  if (!ms || ms <= 0) return p;
  let timer: NodeJS.Timeout | undefined;
  const t = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new GhplanError(
          ErrorCodes.TIMEOUT,
          msg('err.timeoutPdf', { seconds: ms >= 10_000 ? Math.round(ms / 1000) : (ms / 1000).toFixed(ms % 1000 ? 2 : 0) }),
        ),
      );
    }, ms);
  });
  try {
    return await Promise.race([p, t]);
  } finally {
    if (timer) clearTimeout(timer);
  }
}

/** Loads the document and reads every page's items and rules. */
async function readPages(bytes: Uint8Array, ctx: ReadContext): Promise<Result<PdfPage[]>> {
  // pdfjs may take ownership of (detach) the buffer it is given: hand it a copy.
  const parser = new PDFParse({ data: bytes.slice(), verbosity: 0, isEvalSupported: false, stopAtErrors: false });
  let cancelled = false;
  const work = async (): Promise<Result<PdfPage[]>> => {
    let doc: DocProxy;
    try {
      // pdf-parse keeps `load` private; it is the one place that opens the document and
      // turns pdfjs' errors into its exception classes, so we reuse it.
      doc = (await (parser as unknown as { load(): Promise<DocProxy> }).load()) as DocProxy;
    } catch (err) {
      throw loadError(err);
    }
    if (doc.numPages > ctx.limits.maxPages) {
      throw new GhplanError(ErrorCodes.PAGE_LIMIT, msg('err.pdfPageLimit', { pages: doc.numPages, limit: ctx.limits.maxPages }));
    }
    const pages: PdfPage[] = [];
    const diagnostics: Diagnostic[] = [];
    let failed = 0;
    for (let n = 1; n <= doc.numPages && !cancelled; n++) {
      // pdfjs settles its promises as microtasks: without a turn of the event loop per page,
      // the timeout's timer would never run before the last page.
      await new Promise((resolve) => setImmediate(resolve));
      try {
        pages.push(await readPage(await doc.getPage(n)));
      } catch (err) {
        if ((err as Error)?.name === 'PasswordException') throw loadError(err);
        failed++;
        diagnostics.push(
          diag('error', 'pdf.page-unreadable', `page ${n} could not be read: ${String((err as Error)?.message ?? err).split('\n')[0]}`, {
            line: 1,
            page: n,
          }),
        );
      }
    }
    if (!pages.length && failed) throw new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfCorrupt'));
    return result(pages, diagnostics);
  };
  try {
    return await withTimeout(work(), ctx.limits.timeoutMs, () => {
      cancelled = true;
    });
  } finally {
    await parser.destroy().catch(() => undefined);
  }
}

export async function readPdf(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult> {
  const truncated = looksTruncated(bytes);
  let pages: PdfPage[];
  let diagnostics: Diagnostic[];
  try {
    ({ value: pages, diagnostics } = await readPages(bytes, ctx));
  } catch (err) {
    if (truncated && err instanceof GhplanError && err.code !== ErrorCodes.PAGE_LIMIT && err.code !== ErrorCodes.TIMEOUT) {
      throw new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfCorrupt'));
    }
    throw err;
  }
  const quality: TextQuality = { words: 0, valid: 0, strange: 0, chars: 0 };
  for (const p of pages) for (const it of p.items) measure(`${it.str} `, quality);
  if (quality.chars < Math.max(20, pages.length * 5)) {
    if (truncated) throw new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfCorrupt'));
    if (ctx.ocr === 'auto') {
      const { ocrPdf } = await import('./pdf/ocr.js');
      const res = await ocrPdf(bytes, ctx, pages.length);
      if (res) return res;
    }
    throw new GhplanError(ErrorCodes.PDF_NO_TEXT, msg('err.pdfNoText'));
  }
  if (isGarbled(quality)) {
    const share = Math.round((100 * quality.valid) / Math.max(1, quality.words));
    // The pages still look right: read what they show instead of the broken text layer.
    if (ctx.ocr === 'auto') {
      const { ocrPdf } = await import('./pdf/ocr.js');
      const res = await ocrPdf(bytes, ctx, pages.length);
      if (res) {
        const why = diag(
          'info',
          'pdf.garbled-text-layer',
          `the text layer is unreadable (only ${share}% of words are Vietnamese): read by OCR instead`,
        );
        return { ...res, diagnostics: [why, ...res.diagnostics] };
      }
    }
    throw new GhplanError(ErrorCodes.PDF_GARBLED, msg('err.pdfGarbled', { share }));
  }
  if (truncated) {
    diagnostics.push(
      diag(
        'error',
        'pdf.truncated',
        `PDF is truncated or corrupt: the file is incomplete, only ${pages.length} page(s) could be recovered`,
        { line: 1, page: 1 },
      ),
    );
  }
  const blocks = layoutPages(pages);
  return { format: 'pdf', blocks, diagnostics, pages: pages.length };
}
