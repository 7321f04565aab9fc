/**
 * .docx reader, on mammoth's document reader. The archive is checked from its central
 * directory before anything is inflated (zip bombs), parts are inflated with a byte cap,
 * the XML tree is prepared (Word numbering, inherited formatting, table borders) and
 * mammoth's body reader turns it into a document that becomes blocks.
 */
import type { ReadResult } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import type { ReadContext } from './context.js';
import { BlockBuilder } from './docx/blocks.js';
import { convertDocument, readPackage, XmlPartError, type MammothMessage } from './docx/mammoth.js';
import { Numbering } from './docx/numbering.js';
import { prepareDocument, tagStyles, TABLE_TAG } from './docx/prepare-xml.js';
import { StyleSheet } from './docx/styles.js';
import { openZip } from './docx/zip.js';

export async function readDocx(bytes: Uint8Array, ctx: ReadContext): Promise<ReadResult> {
  if (bytes.length === 0) throw new GhplanError(ErrorCodes.EMPTY, msg('err.empty'));
  const zip = await openZip(bytes, ctx.limits.maxPartBytes);
  try {
    const pkg = await readPackage(zip).catch(rethrow);
    if (!pkg.document) {
      throw new GhplanError(ErrorCodes.DOCX_NO_DOCUMENT, msg('err.docxNoDocument'));
    }
    const styles = new StyleSheet(pkg.styles);
    const numbering = new Numbering(pkg.numbering, styles);
    const prepared = prepareDocument(pkg.document, styles, numbering);
    pkg.styles = tagStyles(pkg.styles, prepared.tables.length);
    const converted = await convertDocument(zip, pkg, pkg.document).catch(rethrow);
    const builder = new BlockBuilder(converted.value, prepared.tables);
    const blocks = builder.build();
    const diagnostics: Diagnostic[] = mammothDiagnostics(converted.messages);
    for (const enc of builder.legacyFonts)
      diagnostics.push(diag('info', 'input.legacy-font', `text in ${enc.toUpperCase()} fonts converted to Unicode`));
    if (!blocks.length) diagnostics.push(diag('warning', 'docx.no-text', 'the Word document has no text'));
    return { format: 'docx', blocks, diagnostics };
  } finally {
    zip.close();
  }
}

function rethrow(err: unknown): never {
  if (err instanceof GhplanError) throw err;
  if (err instanceof XmlPartError) throw new GhplanError(ErrorCodes.DOCX_CORRUPT, msg('err.docxBadXml', { part: err.part }));
  const detail = err instanceof Error ? err.message.split('\n')[0]! : String(err);
  throw new GhplanError(ErrorCodes.DOCX_CORRUPT, msg('err.docxCorrupt', { detail }));
}

/** mammoth's warnings (unknown elements, missing styles) as info diagnostics, one per message. */
function mammothDiagnostics(messages: MammothMessage[]): Diagnostic[] {
  const counts = new Map<string, number>();
  for (const m of messages) {
    if (m.message.includes(TABLE_TAG)) continue; // our own table tags
    counts.set(m.message, (counts.get(m.message) ?? 0) + 1);
  }
  return [...counts].map(([message, n]) => diag('info', 'docx.mammoth', n > 1 ? `${message} (${n} times)` : message));
}
