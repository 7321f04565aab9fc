/**
 * .docx reader, on mammoth's document reader. The archive is checked from its central
 * directory before anything is inflated (zip bombs), parts are inflated with a byte cap,
 * the XML tree is prepared (Word numbering, inherited formatting, table borders) and
 * mammoth's body reader turns it into a document that becomes blocks.
 */
import type { Block, ReadResult, SourcePos } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import type { ReadContext } from './context.js';
import { BlockBuilder } from './docx/blocks.js';
import { convertDocument, readPackage, XmlPartError, type MammothMessage, type PartReplacements } from './docx/mammoth.js';
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
    const diagnostics: Diagnostic[] = invalidBytes(pkg.replacements, pkg.paths.mainDocument, blocks);
    diagnostics.push(...mammothDiagnostics(converted.messages));
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

/**
 * One warning per part whose bytes were not all valid in its encoding (each sequence that was
 * not became U+FFFD): the main document first, then the others by name. One per part rather
 * than one for all: a package has a handful of parts, and which one it is tells what suffered
 * (the text, or only styles, list numbers or links). The document's warning points at the first
 * block with a U+FFFD when no other part put one in the text and the document wrote none
 * itself, so that the block's U+FFFD can only be one it replaced.
 */
function invalidBytes(found: PartReplacements, mainDocument: string, blocks: Block[]): Diagnostic[] {
  const parts = [...found].filter(([, r]) => r.replaced > 0);
  parts.sort(([a], [b]) => (a === mainDocument ? -1 : b === mainDocument ? 1 : a < b ? -1 : a > b ? 1 : 0));
  return parts.map(([part, { encoding, replaced }]) => {
    const only = found.size === 1 && found.get(mainDocument)?.written === 0;
    const at = part === mainDocument && only ? firstReplacement(blocks) : undefined;
    const message = `${replaced} invalid ${encoding} byte sequence(s) in ${part} replaced by U+FFFD${at ? ' (the first one here)' : ''}`;
    return diag('warning', 'input.invalid-bytes', message, at);
  });
}

/** Where the first U+FFFD of the blocks' text is (a paragraph, or a table row). */
function firstReplacement(blocks: Block[]): SourcePos | undefined {
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      if (b.text.includes('\ufffd')) return b.at;
    } else {
      for (const r of b.rows) if (r.cells.some((c) => c.text.includes('\ufffd'))) return r.at;
    }
  }
  return undefined;
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
