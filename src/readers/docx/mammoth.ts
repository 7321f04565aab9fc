/**
 * mammoth's own document reader, driven step by step (mammoth 1.13 internals): the
 * package, styles, numbering and body readers, fed from our size-checked zip, so that
 * the XML tree can be prepared (numbering, inherited formatting, table tags) between
 * parsing and mammoth's body reader. The public mammoth API does not expose that step.
 */
import { createRequire } from 'node:module';
import { ErrorCodes, GhplanError } from '../../model/errors.js';
import type { ZipParts } from './zip.js';
import { parseXmlTree, type XmlElement, type XmlNode, type XmlText } from './xml.js';
import { decodeXmlPart, xmlEncoding, type Replacements } from './xml-prolog.js';

const require = createRequire(import.meta.url);

export type { XmlElement, XmlNode, XmlText } from './xml.js';

export interface MammothMessage {
  type: 'warning' | 'error';
  message: string;
}
interface MammothResult<T> {
  value: T;
  messages: MammothMessage[];
}

/** mammoth's document model (lib/documents.js); only the fields the reader uses. */
export interface MNode {
  type: string;
  children?: MNode[];
  value?: string;
  breakType?: 'line' | 'page' | 'column';
  styleId?: string | null;
  styleName?: string | null;
  alignment?: string;
  numbering?: { isOrdered: boolean; level: string } | null;
  isBold?: boolean;
  isItalic?: boolean;
  isAllCaps?: boolean;
  colSpan?: number;
  rowSpan?: number;
  /** A table row Word repeats at the top of each page (w:tblHeader). */
  isHeader?: boolean;
  noteType?: string;
  noteId?: string;
  checked?: boolean;
  body?: MNode[];
}
interface MNotes {
  resolve(ref: { noteType: string; noteId: string }): { body: MNode[] } | undefined;
}
export interface MDocument extends MNode {
  children: MNode[];
  notes: MNotes;
}

interface PartPaths {
  mainDocument: string;
  footnotes: string;
  endnotes: string;
  numbering: string;
  styles: string;
}

interface DocxFile {
  exists(name: string): boolean;
  read(name: string, encoding?: string): Promise<string | Uint8Array>;
}

const officeXml = require('mammoth/lib/docx/office-xml-reader.js') as { read(xml: string): Promise<XmlElement> };
const docxReader = require('mammoth/lib/docx/docx-reader.js') as { _findPartPaths(f: DocxFile): Promise<PartPaths> };
const stylesReader = require('mammoth/lib/docx/styles-reader.js') as {
  readStylesXml(e: XmlElement): unknown;
  Styles: new (...sets: Record<string, unknown>[]) => unknown;
};
const numberingXml = require('mammoth/lib/docx/numbering-xml.js') as {
  readNumberingXml(e: XmlElement, o: { styles: unknown }): unknown;
  defaultNumbering: unknown;
};
const relationshipsReader = require('mammoth/lib/docx/relationships-reader.js') as {
  readRelationships(e: XmlElement): unknown;
  defaultValue: unknown;
};
const contentTypesReader = require('mammoth/lib/docx/content-types-reader.js') as {
  readContentTypesFromXml(e: XmlElement): unknown;
  defaultContentTypes: unknown;
};
const bodyReaderMod = require('mammoth/lib/docx/body-reader.js') as { createBodyReader(o: Record<string, unknown>): BodyReader };
const documentXmlReader = require('mammoth/lib/docx/document-xml-reader.js') as {
  DocumentXmlReader: new (o: Record<string, unknown>) => { convertXmlToDocument(e: XmlElement): MammothResult<MDocument> };
};
const notesReader = require('mammoth/lib/docx/notes-reader.js') as {
  createFootnotesReader(b: BodyReader): (e: XmlElement) => MammothResult<unknown[]>;
  createEndnotesReader(b: BodyReader): (e: XmlElement) => MammothResult<unknown[]>;
};
const filesMod = require('mammoth/lib/docx/files.js') as { Files: new (o: Record<string, unknown>) => unknown };
const documentsMod = require('mammoth/lib/documents.js') as { Notes: new (notes: unknown[]) => MNotes };
const nodesMod = require('mammoth/lib/xml/nodes.js') as {
  element(name: string, attributes?: Record<string, string | undefined>, children?: XmlNode[]): XmlElement;
  text(value: string): XmlText;
};

interface BodyReader {
  readXmlElements(elements: XmlNode[]): MammothResult<MNode[]>;
}

export const xmlElement = nodesMod.element;
export const xmlText = nodesMod.text;

export class XmlPartError extends Error {
  constructor(readonly part: string) {
    super(`${part} is not well-formed XML`);
  }
}

/**
 * The parts whose text holds U+FFFD: how many byte sequences their decoding replaced (not valid
 * in the part's encoding) and how many their bytes wrote. The reader says so in diagnostics.
 */
export type PartReplacements = Map<string, Replacements>;

function note(found: PartReplacements | undefined, part: string, r: Replacements): void {
  if (found && (r.replaced || r.written)) found.set(part, { encoding: r.encoding, replaced: r.replaced, written: r.written });
}

export function docxFileFrom(zip: ZipParts, found?: PartReplacements): DocxFile {
  return {
    exists: (name) => zip.exists(name),
    read: async (name, encoding) => {
      const buf = await zip.read(name);
      if (!encoding) return new Uint8Array(buf.buffer, buf.byteOffset, buf.byteLength);
      // mammoth asks for text only for XML parts (the package relationships): in their own encoding
      const part = decodeXmlPart(buf, name);
      note(found, name, part);
      return part.text;
    },
  };
}

/** Which XML reader builds the trees: GHPLAN_XML_READER=mammoth brings back mammoth's own (the old path). */
function xmlReader(): 'stream' | 'mammoth' {
  return process.env.GHPLAN_XML_READER === 'mammoth' ? 'mammoth' : 'stream';
}

/**
 * A part's XML tree: read with the streaming parser (./xml.ts), or with mammoth's own reader
 * when that one refuses the XML or when `reader` asks for it (tests compare the two). What the
 * decoding of the tree's text replaced by U+FFFD goes to `found`.
 */
export async function readXmlPart(
  zip: ZipParts,
  path: string,
  reader: 'stream' | 'mammoth' = xmlReader(),
  found?: PartReplacements,
): Promise<XmlElement | null> {
  if (!zip.exists(path)) return null;
  const bytes = await zip.read(path);
  if (reader === 'stream') {
    const parsed = parseXmlTree(bytes, xmlElement, xmlEncoding(bytes, path), path);
    if (parsed) {
      note(found, path, parsed);
      return parsed.root;
    }
  }
  const { text, ...replaced } = decodeXmlPart(bytes, path);
  let root: unknown;
  try {
    root = await officeXml.read(text);
  } catch {
    throw new XmlPartError(path);
  }
  // mammoth resolves (not rejects) with an Error for some parser failures.
  if (!root || root instanceof Error || typeof (root as XmlElement).first !== 'function') throw new XmlPartError(path);
  // a part left out (damaged) put no U+FFFD in the text: only a part that is read is counted
  note(found, path, replaced);
  return root as XmlElement;
}

/** The raw XML trees of the parts the reader needs; the main document part is required. */
export interface PackageXml {
  paths: PartPaths;
  document: XmlElement | null;
  styles: XmlElement | null;
  numbering: XmlElement | null;
  /** The parts read so far whose text holds U+FFFD (convertDocument adds the ones it reads). */
  replacements: PartReplacements;
}

export async function readPackage(zip: ZipParts): Promise<PackageXml> {
  const found: PartReplacements = new Map();
  const paths = await docxReader._findPartPaths(docxFileFrom(zip, found)).catch((e: Error) => {
    if (/main document part/i.test(e.message)) return null;
    throw e;
  });
  if (!paths)
    return {
      paths: { mainDocument: '', footnotes: '', endnotes: '', numbering: '', styles: '' },
      document: null,
      styles: null,
      numbering: null,
      replacements: found,
    };
  const [styles, numbering] = await Promise.all([
    readXmlPart(zip, paths.styles, undefined, found),
    readXmlPart(zip, paths.numbering, undefined, found),
  ]);
  const document = await readXmlPart(zip, paths.mainDocument, undefined, found);
  return { paths, document, styles, numbering, replacements: found };
}

function relsPath(path: string): string {
  const i = path.lastIndexOf('/');
  return `${i < 0 ? '' : path.slice(0, i + 1)}_rels/${path.slice(i + 1)}.rels`;
}

/** A part the document can do without: damaged, it is left out; with a DTD or an unreadable encoding, the file is refused. */
function optional(e: unknown): null {
  if (e instanceof GhplanError && (e.code === ErrorCodes.DOCX_DTD || e.code === ErrorCodes.DOCX_ENCODING)) throw e;
  return null;
}

/** Runs mammoth's body reader over the (prepared) main document tree. */
export async function convertDocument(zip: ZipParts, pkg: PackageXml, document: XmlElement): Promise<MammothResult<MDocument>> {
  const found = pkg.replacements;
  const docxFile = docxFileFrom(zip, found);
  const [ctXml, relsXml] = await Promise.all([
    readXmlPart(zip, '[Content_Types].xml', undefined, found),
    readXmlPart(zip, relsPath(pkg.paths.mainDocument), undefined, found),
  ]);
  // mammoth's defaultStyles lacks the table style set and throws on any w:tblStyle.
  const styles = pkg.styles ? stylesReader.readStylesXml(pkg.styles) : new stylesReader.Styles({}, {}, {}, {});
  const numbering = pkg.numbering ? numberingXml.readNumberingXml(pkg.numbering, { styles }) : numberingXml.defaultNumbering;
  const contentTypes = ctXml ? contentTypesReader.readContentTypesFromXml(ctXml) : contentTypesReader.defaultContentTypes;
  const files = new filesMod.Files({});
  const makeBodyReader = async (part: string): Promise<BodyReader> => {
    const rels = await readXmlPart(zip, relsPath(part), undefined, found).catch(optional);
    return bodyReaderMod.createBodyReader({
      relationships: rels ? relationshipsReader.readRelationships(rels) : relationshipsReader.defaultValue,
      contentTypes,
      docxFile,
      numbering,
      styles,
      files,
    });
  };
  const messages: MammothMessage[] = [];
  const notes: unknown[] = [];
  for (const [path, kind] of [
    [pkg.paths.footnotes, 'footnote'],
    [pkg.paths.endnotes, 'endnote'],
  ] as const) {
    const xml = await readXmlPart(zip, path, undefined, found).catch(optional);
    if (!xml) continue;
    const reader = await makeBodyReader(path);
    const res = (kind === 'footnote' ? notesReader.createFootnotesReader(reader) : notesReader.createEndnotesReader(reader))(xml);
    notes.push(...res.value);
    messages.push(...res.messages);
  }
  const bodyReader = bodyReaderMod.createBodyReader({
    relationships: relsXml ? relationshipsReader.readRelationships(relsXml) : relationshipsReader.defaultValue,
    contentTypes,
    docxFile,
    numbering,
    styles,
    files,
  });
  const reader = new documentXmlReader.DocumentXmlReader({ bodyReader, notes: new documentsMod.Notes(notes), comments: [] });
  const res = reader.convertXmlToDocument(document);
  return { value: res.value, messages: [...messages, ...res.messages] };
}
