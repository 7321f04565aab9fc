/**
 * Bytes of a text file to a JS string. Handled:
 *   - UTF-8, with or without BOM; a UTF-8 file with a few stray bytes that are not UTF-8 is read
 *     line by line (a line that is clean Windows-1258 Vietnamese is read as such, otherwise the
 *     bad bytes become U+FFFD) and every such line is reported in `notes`;
 *   - UTF-16 LE/BE with a BOM, or without one when the NUL pattern is clear; UTF-32 with a BOM;
 *   - Windows-1258 (Vietnamese), when every non-ASCII character it gives is Vietnamese;
 *   - Windows-1252 (Western), when it is clearly Western and not Vietnamese;
 *   - legacy Vietnamese *font* encodings (TCVN3/ABC, VNI): recognised and refused with a clear
 *     message unless a converter is registered in `legacyFontDecoders` (the hook for them).
 * Binary data and anything else is refused, never decoded into mojibake.
 */
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import { controlByteShare } from './sniff.js';

export interface Decoded {
  text: string;
  encoding: string;
  /** Things the user should know (stray bytes, replaced characters); become warning diagnostics. */
  notes?: string[];
}

/** Legacy Vietnamese font encodings (text typed with .VnTime / VNI-Times fonts, stored as 8-bit bytes). */
export type LegacyFontEncoding = 'tcvn3' | 'vni';

/**
 * HOOK for legacy font encodings: register a converter (bytes → Unicode text) and files that
 * look like TCVN3 or VNI are converted instead of refused. Return null to refuse after all.
 */
export type LegacyFontDecoder = (bytes: Uint8Array) => string | null;
export const legacyFontDecoders: Partial<Record<LegacyFontEncoding, LegacyFontDecoder>> = {};

const LEGACY_NAMES: Record<LegacyFontEncoding, string> = {
  tcvn3: 'an old Vietnamese font encoding (looks like TCVN3/ABC, .VnTime fonts)',
  vni: 'an old Vietnamese font encoding (looks like VNI, VNI-Times fonts)',
};

// ---------------------------------------------------------------------------------------------
// Character classes

const VN_BASE = 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY';
const TONES = ['\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
/** Every Vietnamese letter outside ASCII (precomposed, NFC), plus đ/Đ. */
const VN_LETTERS = new Set<string>(['đ', 'Đ']);
for (const b of VN_BASE) {
  if (b.charCodeAt(0) > 0x7f) VN_LETTERS.add(b);
  for (const t of TONES) VN_LETTERS.add((b + t).normalize('NFC'));
}
/** Non-ASCII punctuation and symbols at home in any office text. */
const COMMON_SYMBOLS = new Set<string>([...'\u00a0“”‘’‚„–—…•·°§€₫©®™«»±×÷¼½¾²³¹€†‡‰′″\u00ad\ufeff']);
/** Letters of Western European languages (Latin-1 supplement, a few of Windows-1252). */
const WESTERN_LETTERS = /^[\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u00ffŠšŽžŒœŸƒ]$/u;

// ---------------------------------------------------------------------------------------------
// Helpers

// Windows-1252 bytes 0x80–0x9F. Node 20's TextDecoder('windows-1252') decodes them as Latin-1
// C1 controls (invisible junk), so the table is ours; undefined bytes stay C1 controls.
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const chars = new Array<string>(part.length);
    for (let k = 0; k < part.length; k++) {
      const c = part[k]!;
      chars[k] = c >= 0x80 && c <= 0x9f ? CP1252_HIGH[c - 0x80]! : String.fromCharCode(c);
    }
    out += chars.join('');
  }
  return out;
}

function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Share of characters of decoded text that cannot be in a text file: controls, U+FFFD, private use, non-characters. */
function junkRatio(text: string): number {
  let bad = 0;
  let all = 0;
  const n = Math.min(text.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    all++;
    if (
      (c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) ||
      (c >= 0x7f && c < 0xa0) ||
      c === 0xfffd ||
      (c >= 0xe000 && c <= 0xf8ff) ||
      c === 0xfffe ||
      c === 0xffff
    )
      bad++;
  }
  return all ? bad / all : 0;
}

function utf16Guess(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const n = Math.min(bytes.length, 4096) & ~1;
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero / pairs > 0.3 && evenZero / pairs < 0.05) return 'utf-16le';
  if (evenZero / pairs > 0.3 && oddZero / pairs < 0.05) return 'utf-16be';
  return null;
}

function utf32(bytes: Uint8Array, le: boolean): string {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const out: string[] = [];
  for (let i = 0; i + 3 < bytes.length; i += 4) {
    const cp = view.getUint32(i, le);
    out.push(cp <= 0x10ffff && (cp < 0xd800 || cp > 0xdfff) ? String.fromCodePoint(cp) : '\ufffd');
  }
  return out.join('');
}

function refuseBinary(): never {
  throw new GhplanError(ErrorCodes.BINARY, msg('err.binary'));
}

/** Text decoded from a Unicode form (UTF-16/32): refused when it is really binary data behind a BOM. */
function checked(text: string, encoding: string): Decoded {
  if (junkRatio(text) > 0.02) refuseBinary();
  return { text, encoding };
}

/** Counts of valid multi-byte UTF-8 sequences and of bytes that are not valid UTF-8. */
export function utf8Stats(bytes: Uint8Array): { multibyte: number; invalid: number } {
  let multibyte = 0;
  let invalid = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i++;
      continue;
    }
    const len = utf8SeqLen(bytes, i);
    if (len > 0) {
      multibyte++;
      i += len;
    } else {
      invalid++;
      i++;
    }
  }
  return { multibyte, invalid };
}

/** Length of the valid UTF-8 sequence starting at i (lead byte ≥ 0x80), or 0 when it is invalid. */
function utf8SeqLen(bytes: Uint8Array, i: number): number {
  const b = bytes[i]!;
  const cont = (k: number, lo = 0x80, hi = 0xbf): boolean => i + k < bytes.length && bytes[i + k]! >= lo && bytes[i + k]! <= hi;
  if (b >= 0xc2 && b <= 0xdf) return cont(1) ? 2 : 0;
  if (b === 0xe0) return cont(1, 0xa0) && cont(2) ? 3 : 0;
  if ((b >= 0xe1 && b <= 0xec) || b === 0xee || b === 0xef) return cont(1) && cont(2) ? 3 : 0;
  if (b === 0xed) return cont(1, 0x80, 0x9f) && cont(2) ? 3 : 0;
  if (b === 0xf0) return cont(1, 0x90) && cont(2) && cont(3) ? 4 : 0;
  if (b >= 0xf1 && b <= 0xf3) return cont(1) && cont(2) && cont(3) ? 4 : 0;
  if (b === 0xf4) return cont(1, 0x80, 0x8f) && cont(2) && cont(3) ? 4 : 0;
  return 0;
}

/** Non-ASCII characters of `text` (NFC), without the ones every office text may have. */
function unusual(text: string, allowed: (ch: string) => boolean): { total: number; bad: number } {
  let total = 0;
  let bad = 0;
  for (const ch of text) {
    if (ch.charCodeAt(0) < 0x80) continue;
    total++;
    if (!COMMON_SYMBOLS.has(ch) && !allowed(ch)) bad++;
  }
  return { total, bad };
}

/** Windows-1258 decoding, NFC, when every non-ASCII character is Vietnamese (tone marks on vowels only). */
function asWindows1258(bytes: Uint8Array): string | null {
  const text = new TextDecoder('windows-1258').decode(bytes).normalize('NFC');
  // A tone mark that did not compose sits on a consonant, a space or another mark: not Vietnamese.
  const { total, bad } = unusual(text, (ch) => VN_LETTERS.has(ch));
  if (bad === 0) return text;
  // A few other Latin letters (a foreign name: Müller, François) in text that is clearly
  // Vietnamese: most of its non-ASCII letters are outside Latin-1 (ơ ư ă đ ạ ế ...), about 70%
  // in real plans, while Western text read as Windows-1258 has few (ã → ă, õ → ơ).
  let vietnameseOnly = 0;
  for (const ch of text) if (ch.charCodeAt(0) > 0xff && VN_LETTERS.has(ch)) vietnameseOnly++;
  const strayMarks = /(?:^|[^\p{L}])[\u0300\u0301\u0303\u0309\u0323]/u.test(text);
  return !strayMarks && vietnameseOnly >= 0.4 * total && bad <= total * 0.005 ? text : null;
}

/** Windows-1252 decoding when the text is clearly Western (Latin-1 letters, typographic punctuation). */
function asWindows1252(bytes: Uint8Array): string | null {
  const text = decodeWindows1252(bytes);
  const { bad } = unusual(text, (ch) => WESTERN_LETTERS.test(ch));
  return bad === 0 ? text : null;
}

/**
 * Recognises text typed with legacy Vietnamese fonts. TCVN3 puts Vietnamese letters on bytes
 * 0xA1–0xFE, so words are full of symbols like ¸ ¹ µ ª « (as Windows-1252); VNI writes a base
 * letter and then a mark byte (ù ø û õ ï ö ñ ...), so "Kế hoạch" is "Keá hoaïch".
 */
export function guessLegacyFont(bytes: Uint8Array): LegacyFontEncoding | null {
  const text = decodeWindows1252(bytes.subarray(0, 262144));
  let high = 0;
  let tcvn = 0;
  let vni = 0;
  const chars = [...text];
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const c = ch.codePointAt(0)!;
    if (c < 0x80) continue;
    high++;
    const prev = chars[i - 1] ?? ' ';
    const next = chars[i + 1] ?? ' ';
    const prevLetter = /[A-Za-z]/.test(prev);
    const nextLetter = /[A-Za-z]/.test(next);
    // TCVN3: symbols (not letters in Latin-1) used as letters inside words; not ° ± ² ³ (30°C, m²).
    if (c >= 0xa1 && c <= 0xbf && c !== 0xab && c !== 0xbb && (c < 0xb0 || c > 0xb3) && (prevLetter || nextLetter)) tcvn++;
    // VNI: mark bytes that are no Vietnamese letter (ø ï û ö ë ä å) right after a letter, or ñ/Ñ (đ/Đ) in a word.
    if (prevLetter && /[øïûöëäåØÏÛÖËÄÅ]/.test(ch)) vni++;
    else if ((ch === 'ñ' || ch === 'Ñ') && nextLetter) vni++;
  }
  if (high < 3) return null;
  const isTcvn = tcvn >= 3 && tcvn / high > 0.2;
  const isVni = vni >= 3 && vni / high > 0.3;
  if (isTcvn && isVni) return tcvn >= vni ? 'tcvn3' : 'vni';
  return isTcvn ? 'tcvn3' : isVni ? 'vni' : null;
}

/** Lines with non-ASCII text: at least two valid UTF-8 ones for every invalid one (a pasted line). */
function mostLinesUtf8(bytes: Uint8Array): boolean {
  let valid = 0;
  let invalid = 0;
  let start = 0;
  while (start < bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const line = bytes.subarray(start, end);
    if (line.some((c) => c >= 0x80)) {
      if (strictUtf8(line) === null) invalid++;
      else valid++;
    }
    start = end + 1;
  }
  return valid > 0 && valid >= 2 * invalid;
}

/**
 * UTF-8 with a few bytes that are not UTF-8: each line is decoded on its own; a bad line is
 * read as Windows-1258 when that gives clean Vietnamese, otherwise the bad bytes become U+FFFD.
 */
function mostlyUtf8(bytes: Uint8Array, encoding: string): Decoded {
  const parts: string[] = [];
  const replaced: number[] = [];
  const cp1258Lines: number[] = [];
  let start = 0;
  let line = 1;
  while (start <= bytes.length) {
    let end = bytes.indexOf(0x0a, start);
    if (end < 0) end = bytes.length;
    const chunk = bytes.subarray(start, end);
    let text = strictUtf8(chunk);
    if (text === null) {
      const vn = asWindows1258(chunk);
      if (vn !== null && utf8Stats(chunk).multibyte === 0) {
        text = vn;
        cp1258Lines.push(line);
      } else {
        text = new TextDecoder('utf-8').decode(chunk);
        replaced.push(line);
      }
    }
    parts.push(text);
    start = end + 1;
    line++;
  }
  const notes: string[] = [];
  const list = (ls: number[]): string => (ls.length > 5 ? `${ls.slice(0, 5).join(', ')} and ${ls.length - 5} more` : ls.join(', '));
  if (cp1258Lines.length)
    notes.push(
      `the file is UTF-8 but line ${list(cp1258Lines)} ${cp1258Lines.length > 1 ? 'are' : 'is'} in Windows-1258; read as such, check the text there`,
    );
  if (replaced.length)
    notes.push(
      `bytes that are not valid UTF-8 on line ${list(replaced)} were replaced with �; check the text there (the file may be damaged)`,
    );
  return { text: parts.join('\n'), encoding, notes };
}

// ---------------------------------------------------------------------------------------------

export function decodeText(bytes: Uint8Array): Decoded {
  const b = bytes;
  // Byte-order marks decide. UTF-32 first: its LE mark starts with the UTF-16 LE one.
  if (b.length >= 4 && b[0] === 0xff && b[1] === 0xfe && b[2] === 0 && b[3] === 0) return checked(utf32(b.subarray(4), true), 'utf-32le');
  if (b.length >= 4 && b[0] === 0 && b[1] === 0 && b[2] === 0xfe && b[3] === 0xff) return checked(utf32(b.subarray(4), false), 'utf-32be');
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return checked(new TextDecoder('utf-16le').decode(b.subarray(2)), 'utf-16le');
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return checked(new TextDecoder('utf-16be').decode(b.subarray(2)), 'utf-16be');
  const bom = b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf;
  const body = bom ? b.subarray(3) : b;
  const utf8Name = bom ? 'utf-8-bom' : 'utf-8';

  if (!bom) {
    const u16 = utf16Guess(body);
    if (u16) return checked(new TextDecoder(u16).decode(body), u16);
  }
  // NULs weigh double: an 8-bit text file has none.
  if (controlByteShare(body, 2) > 0.02) refuseBinary();

  const utf8 = strictUtf8(body);
  if (utf8 !== null) return { text: utf8, encoding: utf8Name };

  // Not valid UTF-8. Mostly UTF-8 with a few stray bytes (or cut off at the end)?
  const { multibyte, invalid } = utf8Stats(body);
  if (bom || (multibyte > 0 && invalid <= multibyte / 4) || mostLinesUtf8(body)) return mostlyUtf8(body, utf8Name);

  // An 8-bit encoding. Legacy Vietnamese fonts first: their bytes also decode as Western letters.
  const legacy = guessLegacyFont(body);
  if (legacy) {
    const convert = legacyFontDecoders[legacy];
    const text = convert ? convert(body) : null;
    if (text !== null) return { text, encoding: legacy };
    throw new GhplanError(ErrorCodes.LEGACY_FONT, msg('err.legacyFont', { font: LEGACY_NAMES[legacy] }));
  }
  const vn = asWindows1258(body);
  if (vn !== null) return { text: vn, encoding: 'windows-1258' };
  const western = asWindows1252(body);
  if (western !== null) return { text: western, encoding: 'windows-1252' };
  throw new GhplanError(ErrorCodes.ENCODING, msg('err.unknownEncoding'));
}
