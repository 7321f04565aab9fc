/**
 * The XML parts of a .docx read into mammoth's XML tree (lib/xml/nodes.js) with a streaming
 * parser (saxes) instead of mammoth's own reader, which builds a full xmldom DOM first and
 * then converts it: for a large document that DOM is most of the memory and most of the time.
 * The tree is the same one mammoth builds (a test compares both on every .docx we have):
 * names by namespace (mapped prefix, else `{uri}local`), text nodes as xmldom splits them
 * (comments, CDATA and processing instructions split text and are dropped), and
 * `mc:AlternateContent` collapsed to its `mc:Fallback` the way mammoth does it. Anything saxes
 * refuses is handed to mammoth's reader, so damaged or odd XML behaves exactly as before;
 * a part that declares a DTD is refused (./xml-prolog.ts).
 */
import { SaxesParser } from 'saxes';
import { countReplacementChars, dtdRefused, replacements, type Replacements } from './xml-prolog.js';

/** mammoth's XML element (lib/xml/nodes.js). */
export interface XmlElement {
  type: 'element';
  name: string;
  attributes: Record<string, string | undefined>;
  children: XmlNode[];
  first(name: string): XmlElement | undefined;
  firstOrEmpty(name: string): XmlElement;
}
export interface XmlText {
  type: 'text';
  value: string;
}
export type XmlNode = XmlElement | XmlText;

/** mammoth's office-xml-reader namespace map (lib/docx/office-xml-reader.js). */
const NAMESPACES: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/picture': 'pic',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://purl.oclc.org/ooxml/drawingml/wordprocessingDrawing': 'wp',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/picture': 'pic',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'content-types',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'relationships',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:word': 'office-word',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'wordml',
};

type MakeElement = (name: string, attributes: Record<string, string>, children: XmlNode[]) => XmlElement;

function qualified(uri: string, local: string): string {
  if (!uri) return local;
  const prefix = NAMESPACES[uri];
  return prefix ? `${prefix}:${local}` : `{${uri}}${local}`;
}

/** Bytes are decoded and fed in slices, so the part never exists as one big string. */
const SLICE = 1 << 16;

/** A part's tree, with the byte sequences its decoding replaced by U+FFFD (./xml-prolog.ts). */
export interface ParsedPart extends Replacements {
  root: XmlElement;
}

/**
 * The part's tree, or null when saxes refuses the XML (the caller then uses mammoth's reader,
 * which decides whether the part is damaged).
 */
export function parseXmlTree(bytes: Uint8Array, makeElement: MakeElement, encoding = 'utf-8', part = 'an XML part'): ParsedPart | null {
  // Namespaces are resolved here rather than by saxes: a part declares them once on its root,
  // so each raw name maps to its final name through one small cache per scope.
  const parser = new SaxesParser({ position: false });
  const stack: XmlNode[][] = [[]];
  const names: string[] = [];
  const attrs: Record<string, string>[] = [];
  const scopes: Scope[] = [new Scope(new Map([['xml', XML_NS]]))];
  let lastText: { type: 'text'; value: string } | null = null;
  let failed = false;
  parser.on('opentag', (tag) => {
    lastText = null;
    let scope = scopes[scopes.length - 1]!;
    const raw = tag.attributes as Record<string, string>;
    for (const key in raw) {
      if (key === 'xmlns' || key.startsWith('xmlns:')) {
        scope = scope.child(raw);
        break;
      }
    }
    const name = scope.element(tag.name);
    const attributes: Record<string, string> = Object.create(null);
    for (const key in raw) attributes[scope.attribute(key)] = raw[key]!;
    if (name === null || scope.unbound) failed = true;
    scopes.push(scope);
    names.push(name ?? '');
    attrs.push(attributes);
    stack.push([]);
  });
  parser.on('closetag', () => {
    lastText = null;
    scopes.pop();
    const children = stack.pop()!;
    stack[stack.length - 1]!.push(makeElement(names.pop()!, attrs.pop()!, children));
  });
  parser.on('text', (value: string) => {
    if (stack.length === 1) return; // outside the root element
    if (lastText) lastText.value += value;
    else stack[stack.length - 1]!.push((lastText = { type: 'text', value }));
  });
  const split = (): void => {
    lastText = null;
  };
  parser.on('comment', split);
  parser.on('cdata', split);
  parser.on('processinginstruction', split);
  parser.on('error', () => {
    failed = true;
  });
  let dtd = false;
  parser.on('doctype', () => {
    dtd = failed = true;
  });
  const decoder = new TextDecoder(encoding);
  let marks = 0;
  const feed = (s: string): void => {
    marks += countReplacementChars(s);
    parser.write(s);
  };
  try {
    // TextDecoder drops a byte-order mark, as mammoth's reader does
    for (let i = 0; i < bytes.length && !failed; i += SLICE) {
      feed(decoder.decode(bytes.subarray(i, Math.min(i + SLICE, bytes.length)), { stream: true }));
    }
    if (!failed) {
      feed(decoder.decode());
      parser.close();
    }
  } catch {
    return null;
  }
  if (dtd) throw dtdRefused(part);
  const root = stack[0]!.find((n): n is XmlElement => n.type === 'element');
  if (failed || !root) return null;
  return { root: collapseAlternateContent(root)[0] as XmlElement, ...replacements(bytes, encoding, marks) };
}

const XML_NS = 'http://www.w3.org/XML/1998/namespace';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** The namespace declarations in force, with the final names of the raw names seen under them. */
class Scope {
  private readonly elements = new Map<string, string | null>();
  private readonly attributes = new Map<string, string>();
  /** an attribute used a prefix that is not declared: the part is handed to mammoth's reader */
  unbound = false;

  constructor(private readonly uris: Map<string, string>) {}

  child(attributes: Record<string, string>): Scope {
    const uris = new Map(this.uris);
    for (const key in attributes) {
      if (key === 'xmlns') uris.set('', attributes[key]!);
      else if (key.startsWith('xmlns:')) uris.set(key.slice(6), attributes[key]!);
    }
    return new Scope(uris);
  }

  /** An element's name; null when its prefix is not declared. */
  element(raw: string): string | null {
    let n = this.elements.get(raw);
    if (n === undefined) {
      const i = raw.indexOf(':');
      const uri = this.uris.get(i < 0 ? '' : raw.slice(0, i));
      n = i >= 0 && uri === undefined ? null : qualified(uri ?? '', i < 0 ? raw : raw.slice(i + 1));
      this.elements.set(raw, n);
    }
    return n;
  }

  /** An attribute's name: unprefixed attributes have no namespace; xmlns declarations have theirs. */
  attribute(raw: string): string {
    let n = this.attributes.get(raw);
    if (n === undefined) {
      const i = raw.indexOf(':');
      if (raw === 'xmlns') n = qualified(XMLNS_NS, 'xmlns');
      else if (i < 0) n = raw;
      else {
        const prefix = raw.slice(0, i);
        const uri = prefix === 'xmlns' ? XMLNS_NS : this.uris.get(prefix);
        if (uri === undefined) this.unbound = true;
        n = qualified(uri ?? '', raw.slice(i + 1));
      }
      this.attributes.set(raw, n);
    }
    return n;
  }
}

/** mammoth's collapseAlternateContent, top-down as mammoth does it (a Fallback's own content is kept as is). */
function collapseAlternateContent(node: XmlNode): XmlNode[] {
  if (node.type !== 'element') return [node];
  if (node.name === 'mc:AlternateContent') return node.firstOrEmpty('mc:Fallback').children;
  let changed = false;
  const out: XmlNode[] = [];
  for (const child of node.children) {
    const c = collapseAlternateContent(child);
    if (c.length !== 1 || c[0] !== child) changed = true;
    for (const x of c) out.push(x);
  }
  if (changed) node.children = out;
  return [node];
}
