/**
 * What a .docx XML part says about itself before its root element: its encoding (a byte-order
 * mark, else the XML declaration, else UTF-8, as XML 1.0 appendix F reads it) and whether it
 * declares a DTD. Word writes UTF-8 (sometimes UTF-16) and never a DTD; a DTD can define
 * entities (billion laughs, external files), so a part with one is refused, and an encoding we
 * cannot decode is refused too, rather than read as hundreds of U+FFFD.
 */
import { ErrorCodes, GhplanError, msg } from '../../model/errors.js';

/** The TextDecoder label a part's bytes are decoded with ('utf-8', 'utf-16le', 'windows-1258'…). */
export function xmlEncoding(bytes: Uint8Array, part: string): string {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return 'utf-8';
  if ((a === 0xff && b === 0xfe && c === 0 && d === 0) || (a === 0 && b === 0 && c === 0xfe && d === 0xff))
    throw unreadable(part, 'UTF-32');
  if (a === 0xff && b === 0xfe) return 'utf-16le';
  if (a === 0xfe && b === 0xff) return 'utf-16be';
  // UTF-16 without a byte-order mark shows itself by the zero bytes around '<?'
  if (a === 0x3c && b === 0 && c === 0x3f && d === 0) return 'utf-16le';
  if (a === 0 && b === 0x3c && c === 0 && d === 0x3f) return 'utf-16be';
  const declared = declaredEncoding(bytes);
  if (!declared) return 'utf-8';
  let label: string;
  try {
    label = new TextDecoder(declared).encoding;
  } catch {
    throw unreadable(part, declared);
  }
  // bytes that read as ASCII '<?xml' are not UTF-16, whatever the declaration says
  return label.startsWith('utf-16') ? 'utf-8' : label;
}

/** The `encoding="…"` of an XML declaration at the start of the bytes (read as ASCII). */
function declaredEncoding(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
  if (!head.startsWith('<?xml')) return undefined;
  const end = head.indexOf('?>');
  const decl = end < 0 ? head : head.slice(0, end);
  return /\sencoding\s*=\s*["']([A-Za-z][\w.:-]*)["']/.exec(decl)?.[1];
}

function unreadable(part: string, encoding: string): GhplanError {
  return new GhplanError(ErrorCodes.DOCX_ENCODING, msg('err.docxEncoding', { part, encoding }));
}

export function dtdRefused(part: string): GhplanError {
  return new GhplanError(ErrorCodes.DOCX_DTD, msg('err.docxDtd', { part }));
}

/** True when the XML text declares a DTD: `<!DOCTYPE` after the declaration, comments and processing instructions. */
export function declaresDtd(text: string): boolean {
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  for (;;) {
    while (i < text.length && ' \t\r\n'.includes(text[i]!)) i++;
    if (text.startsWith('<?', i)) i = after(text, '?>', i);
    else if (text.startsWith('<!--', i)) i = after(text, '-->', i);
    else return text.startsWith('<!DOCTYPE', i);
    if (i < 0) return false;
  }
}

function after(text: string, close: string, from: number): number {
  const at = text.indexOf(close, from + 2);
  return at < 0 ? -1 : at + close.length;
}

/** The part's text in its own encoding, or an error when it declares a DTD. */
export function decodeXmlPart(bytes: Uint8Array, part: string): string {
  const text = new TextDecoder(xmlEncoding(bytes, part)).decode(bytes);
  if (declaresDtd(text)) throw dtdRefused(part);
  return text;
}
