/**
 * Picks the reader for a file from its bytes (and name), enforces the input limits and
 * loads each reader (Word, PDF, markdown) only when a file needs it.
 */
import type { ReadResult, SourceFormat } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import { formatBytes } from '../model/limits.js';
import { normalizeText } from '../text/vietnamese.js';
import { decodeText, legacyFontDecoders } from './text-encoding.js';
import { decodeLegacyBytes, fixLegacyFontText } from '../text/legacy-fonts.js';
import { binaryKind, extensionOf, isEncryptedOoxml, isOle2Word, looksBinary, sniffBytes } from './sniff.js';
import type { ReadContext } from './context.js';
import { removeControls } from './controls.js';
import { addColumns } from './columns.js';

export { makeContext, type ReadContext, type ReadOptions } from './context.js';
export { formatBytes } from '../model/limits.js';

// Text files in old Vietnamese font encodings (TCVN3 / VNI) are converted, not refused.
legacyFontDecoders.tcvn3 = (b) => decodeLegacyBytes(b, 'tcvn3');
legacyFontDecoders.vni = (b) => decodeLegacyBytes(b, 'vni');

/** The format a file will be read as, decided from its bytes first and its name second. */
export function detectFormat(bytes: Uint8Array, fileName: string): { format: SourceFormat; diagnostics: Diagnostic[] } {
  const ext = extensionOf(fileName);
  const kind = sniffBytes(bytes);
  const diagnostics: Diagnostic[] = [];
  // a name without an extension (stdin, "plan") claims no format: nothing to contradict
  const claims = ext !== 'other' || /\.[^./\\]+$/.test(fileName);
  switch (kind) {
    case 'empty':
      throw new GhplanError(ErrorCodes.EMPTY, msg('err.empty'));
    case 'ole2':
      if (isEncryptedOoxml(bytes)) throw new GhplanError(ErrorCodes.DOCX_ENCRYPTED, msg('err.docxEncrypted'));
      if (!isOle2Word(bytes)) throw new GhplanError(ErrorCodes.UNSUPPORTED, msg('err.oldOffice'));
      if (ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, msg('err.legacyDoc'));
      throw new GhplanError(ErrorCodes.LEGACY_DOC, msg('err.legacyDocRenamed', { ext: ext === 'other' ? 'docx' : ext }));
    case 'rtf':
      throw new GhplanError(ErrorCodes.UNSUPPORTED, msg('err.rtf'));
    case 'zip':
      if (ext !== 'docx' && claims)
        diagnostics.push(
          diag(
            'warning',
            'input.format-mismatch',
            `the file name says .${ext === 'other' ? '?' : ext} but the content is a zip archive; reading it as .docx`,
          ),
        );
      return { format: 'docx', diagnostics };
    case 'pdf':
      if (ext !== 'pdf' && claims)
        diagnostics.push(
          diag(
            'warning',
            'input.format-mismatch',
            `the file name says .${ext === 'other' ? '?' : ext} but the content is a PDF; reading it as PDF`,
          ),
        );
      return { format: 'pdf', diagnostics };
    case 'text': {
      const binary = looksBinary(bytes);
      const other = binary ? binaryKind(bytes) : null;
      if (other) throw new GhplanError(ErrorCodes.UNSUPPORTED, msg('err.otherFormat', { what: other }));
      if (binary && ext === 'docx') throw new GhplanError(ErrorCodes.DOCX_CORRUPT, msg('err.docxNoZip'));
      if (binary && ext === 'pdf') throw new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfNoHeader'));
      if (binary && ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, msg('err.docNoOle'));
      if (ext === 'docx') throw new GhplanError(ErrorCodes.DOCX_NOT_ZIP, msg('err.docxIsText'));
      if (ext === 'pdf') throw new GhplanError(ErrorCodes.PDF_CORRUPT, msg('err.pdfIsText'));
      if (ext === 'doc') throw new GhplanError(ErrorCodes.LEGACY_DOC, msg('err.docIsText'));
      return { format: ext === 'md' ? 'md' : 'txt', diagnostics };
    }
  }
}

/**
 * Starts loading the reader a file name suggests (by its extension) without reading anything:
 * a worker that knows which file comes next loads its reader while the command still parses
 * its arguments. Only a hint: `readDocument` still decides the format from the bytes.
 */
export function preloadReaderFor(fileName: string): void {
  const ext = extensionOf(fileName);
  const load =
    ext === 'docx' ? import('./docx.js') : ext === 'pdf' ? import('./pdf.js') : ext === 'txt' || ext === 'md' ? import('./txt.js') : null;
  // a reader that fails to load is reported when the file is read, not here
  load?.catch(() => undefined);
}

/** The file's blocks, from whichever reader fits, with control and bidi characters removed from their text. */
export async function readDocument(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult> {
  const result = await readAny(bytes, ctx);
  return { ...result, diagnostics: [...result.diagnostics, ...removeControls(result.blocks)] };
}

async function readAny(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult> {
  if (bytes.length > ctx.limits.maxFileBytes) {
    throw new GhplanError(
      ErrorCodes.TOO_LARGE,
      msg('err.tooLarge', { size: formatBytes(bytes.length), limit: formatBytes(ctx.limits.maxFileBytes) }),
    );
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
    if (!text.trim()) throw new GhplanError(ErrorCodes.EMPTY, msg('err.emptyText'));
    if (decoded.encoding !== 'utf-8' && decoded.encoding !== 'utf-8-bom') {
      diagnostics.push(diag('info', 'input.encoding', `text decoded from ${decoded.encoding}`));
    }
    for (const note of decoded.notes ?? []) diagnostics.push(diag('warning', 'input.encoding', note));
    // the markdown parser is loaded for text files only: a .docx or .pdf never pays for it
    const { readText } = await import('./txt.js');
    result = addColumns(await readText(text, format === 'md' ? 'md' : 'txt'), text);
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
