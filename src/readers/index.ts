/**
 * Picks the reader for a file from its bytes (and name), enforces the input limits and
 * loads the Word and PDF libraries only when a file needs them.
 */
import type { ReadResult, SourceFormat } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { GhplanError, ErrorCodes } from '../model/errors.js';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import { normalizeText } from '../text/vietnamese.js';
import { decodeText, legacyFontDecoders } from './decode.js';
import { decodeLegacyBytes, fixLegacyFontText } from '../text/legacyFonts.js';
import { binaryKind, extensionOf, isEncryptedOoxml, isOle2Word, looksBinary, sniffBytes } from './sniff.js';
import { readText } from './txt.js';

// Text files in old Vietnamese font encodings (TCVN3 / VNI) are converted, not refused.
legacyFontDecoders.tcvn3 = (b) => decodeLegacyBytes(b, 'tcvn3');
legacyFontDecoders.vni = (b) => decodeLegacyBytes(b, 'vni');

export interface ReadOptions {
  limits?: Partial<Limits>;
  /** OCR for PDFs without a text layer: 'auto' uses tesseract when it is installed. */
  ocr?: 'auto' | 'off';
  /** Convert legacy .doc with LibreOffice when it is on PATH. */
  convertLegacy?: 'auto' | 'off';
}

export interface ReadContext {
  fileName: string;
  limits: Limits;
  ocr: 'auto' | 'off';
  convertLegacy: 'auto' | 'off';
}

export function makeContext(fileName: string, options: ReadOptions = {}): ReadContext {
  return {
    fileName,
    limits: { ...DEFAULT_LIMITS, ...(options.limits ?? {}) },
    ocr: options.ocr ?? 'auto',
    convertLegacy: options.convertLegacy ?? 'auto',
  };
}

/** The format a file will be read as, decided from its bytes first and its name second. */
export function detectFormat(bytes: Uint8Array, fileName: string): { format: SourceFormat; diagnostics: Diagnostic[] } {
  const ext = extensionOf(fileName);
  const kind = sniffBytes(bytes);
  const diagnostics: Diagnostic[] = [];
  switch (kind) {
    case 'empty':
      throw new GhplanError(ErrorCodes.EMPTY, 'file is empty');
    case 'ole2':
      if (isEncryptedOoxml(bytes)) throw new GhplanError(ErrorCodes.DOCX_ENCRYPTED, 'Word file is password-protected; ask for an unprotected copy');
      if (!isOle2Word(bytes)) throw new GhplanError(ErrorCodes.UNSUPPORTED, 'this is an old Microsoft Office file (Excel or PowerPoint 97-2003?), not a Word document; save the plan as .docx');
      if (ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, 'Word 97-2003 .doc is not supported; open it in Word and save it as .docx');
      throw new GhplanError(ErrorCodes.LEGACY_DOC, `this is a Word 97-2003 .doc file renamed to .${ext === 'other' ? 'docx' : ext}; open it in Word and save it as .docx`);
    case 'rtf':
      throw new GhplanError(ErrorCodes.UNSUPPORTED, 'RTF is not supported; save it as .docx');
    case 'zip':
      if (ext !== 'docx') diagnostics.push(diag('warning', 'input.format-mismatch', `the file name says .${ext === 'other' ? '?' : ext} but the content is a zip archive; reading it as .docx`));
      return { format: 'docx', diagnostics };
    case 'pdf':
      if (ext !== 'pdf') diagnostics.push(diag('warning', 'input.format-mismatch', `the file name says .${ext === 'other' ? '?' : ext} but the content is a PDF; reading it as PDF`));
      return { format: 'pdf', diagnostics };
    case 'text': {
      const binary = looksBinary(bytes);
      const other = binary ? binaryKind(bytes) : null;
      if (other) throw new GhplanError(ErrorCodes.UNSUPPORTED, `this is ${other}, not a plan document; ghplan reads .docx, .pdf, .txt and .md`);
      if (binary && ext === 'docx') throw new GhplanError(ErrorCodes.DOCX_CORRUPT, 'not a valid .docx (no zip signature: the file is damaged or not a Word document); ask for it again');
      if (binary && ext === 'pdf') throw new GhplanError(ErrorCodes.PDF_CORRUPT, 'not a valid PDF (no %PDF header: the file is damaged or not a PDF); ask for it again');
      if (binary && ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, 'not a valid Word .doc file (the file is damaged or not a Word document); ask for it again as .docx');
      if (ext === 'docx') throw new GhplanError(ErrorCodes.DOCX_NOT_ZIP, 'not a Word .docx file (no zip signature; looks like plain text); if it is text, rename it to .txt');
      if (ext === 'pdf') throw new GhplanError(ErrorCodes.PDF_CORRUPT, 'not a PDF file (no %PDF header; looks like plain text); if it is text, rename it to .txt');
      if (ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, 'not a Word .doc file (no OLE2 signature; looks like plain text); if it is text, rename it to .txt');
      return { format: ext === 'md' ? 'md' : 'txt', diagnostics };
    }
  }
}

export async function readDocument(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult> {
  if (bytes.length > ctx.limits.maxFileBytes) {
    throw new GhplanError(ErrorCodes.TOO_LARGE, `file is ${formatBytes(bytes.length)}, over the ${formatBytes(ctx.limits.maxFileBytes)} limit (--max-file-size)`);
  }
  const legacy = await convertedLegacyDoc(bytes, ctx);
  if (legacy) return legacy;
  const { format, diagnostics } = detectFormat(bytes, ctx.fileName);
  let result: ReadResult;
  if (format === 'docx') {
    const { readDocx } = await import('./docx.js');
    result = await readDocx(bytes, ctx);
  } else if (format === 'pdf') {
    const { readPdf } = await import('./pdf.js');
    result = await readPdf(bytes, ctx);
  } else {
    const decoded = decodeText(bytes);
    let text = normalizeText(decoded.text).replace(/\r\n?/g, '\n');
    // UTF-8 text that still carries TCVN3/VNI characters (copied from a document in an old font).
    const fixed = fixLegacyFontText(text);
    if (fixed) {
      text = normalizeText(fixed.text);
      diagnostics.push(diag('info', 'input.legacy-font', `text in ${fixed.encoding.toUpperCase()} font encoding converted to Unicode`));
    }
    if (!text.trim()) throw new GhplanError(ErrorCodes.EMPTY, 'file is empty (no text)');
    if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
      diagnostics.push(diag('info', 'input.encoding', `text decoded from ${decoded.encoding}`));
    }
    for (const note of decoded.notes ?? []) diagnostics.push(diag('warning', 'input.encoding', note));
    result = await readText(text, format === 'md' ? 'md' : 'txt');
  }
  return { ...result, diagnostics: [...diagnostics, ...result.diagnostics] };
}

/** A Word 97-2003 file converted with LibreOffice (when installed and allowed), read as .docx. */
async function convertedLegacyDoc(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult | null> {
  if (ctx.convertLegacy === 'off' || sniffBytes(bytes) !== 'ole2' || isEncryptedOoxml(bytes) || !isOle2Word(bytes)) return null;
  const { convertLegacyDoc } = await import('./docx/legacy.js');
  const converted = await convertLegacyDoc(bytes, ctx);
  if (!converted) return null;
  const { readDocx } = await import('./docx.js');
  const r = await readDocx(converted, ctx);
  return { ...r, diagnostics: [diag('info', 'input.converted', 'converted from Word 97-2003 .doc with LibreOffice'), ...r.diagnostics] };
}

export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GiB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
