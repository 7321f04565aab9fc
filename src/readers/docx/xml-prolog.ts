/**
 * What a .docx XML part says about itself before its root element: its encoding (a byte-order
 * mark, else the XML declaration, else UTF-8, as XML 1.0 appendix F reads it) and whether it
 * declares a DTD. Word writes UTF-8 (sometimes UTF-16) and never a DTD; a DTD can define
 * entities (billion laughs, external files), so a part with one is refused, and an encoding we
 * cannot decode is refused too, rather than read as hundreds of U+FFFD. Bytes that are not
 * valid in the part's encoding become U+FFFD and are counted, never replaced silently.
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

/**
 * What decoding a part did with U+FFFD: `replaced`, the byte sequences that are not valid in
 * the part's encoding (each became one U+FFFD); `written`, the U+FFFD its valid bytes encode
 * (a part may hold the character itself: EF BF BD in UTF-8). A warning counts the first only.
 */
export interface Replacements {
  /** the TextDecoder label the part was decoded with */
  encoding: string;
  replaced: number;
  written: number;
}

/** How many U+FFFD are in `s`. */
export function countReplacementChars(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\ufffd'); i >= 0; i = s.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * The invalid byte sequences of a part whose decoded text holds `inText` U+FFFD: those minus the
 * U+FFFD its valid bytes encode. Exact for every encoding TextDecoder knows: EF BF BD is always
 * a valid UTF-8 sequence (EF never continues another one), FFFD a valid UTF-16 code unit, GB18030
 * encodes it as 84 31 A4 37, and no other encoding maps a byte sequence to U+FFFD (single-byte
 * tables and two-byte CJK tables checked byte by byte, EUC-JP's three-byte ones too).
 */
export function replacements(bytes: Uint8Array, encoding: string, inText: number): Replacements {
  if (!inText) return { encoding, replaced: 0, written: 0 };
  const written = Math.min(inText, writtenReplacements(bytes, encoding));
  return { encoding, replaced: inText - written, written };
}

function writtenReplacements(bytes: Uint8Array, encoding: string): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const count = (seq: number[]): number => {
    const needle = Buffer.from(seq);
    let n = 0;
    for (let i = buf.indexOf(needle); i >= 0; i = buf.indexOf(needle, i + needle.length)) n++;
    return n;
  };
  if (encoding === 'utf-8') return count([0xef, 0xbf, 0xbd]);
  if (encoding === 'utf-16le' || encoding === 'utf-16be') {
    const [hi, lo] = encoding === 'utf-16le' ? [1, 0] : [0, 1];
    let n = 0;
    for (let i = 0; i + 1 < buf.length; i += 2) if (buf[i + hi] === 0xff && buf[i + lo] === 0xfd) n++;
    return n;
  }
  return encoding === 'gb18030' ? count([0x84, 0x31, 0xa4, 0x37]) : 0;
}

/** A part's text with what its decoding replaced. */
export interface DecodedPart extends Replacements {
  text: string;
}

/**
 * The part's text in its own encoding, or an error when it declares a DTD. Bytes that are not
 * valid in that encoding become U+FFFD, and are counted (U+FFFD in the text, less those the
 * bytes encode: one decode and one scan, as the streaming parser counts its slices), so that
 * the caller can say so.
 */
export function decodeXmlPart(bytes: Uint8Array, part: string): DecodedPart {
  const encoding = xmlEncoding(bytes, part);
  const text = new TextDecoder(encoding).decode(bytes);
  if (declaresDtd(text)) throw dtdRefused(part);
  return { text, ...replacements(bytes, encoding, countReplacementChars(text)) };
}
