/**
 * Bytes of a text file to a JS string: UTF-8 (with or without BOM), UTF-16 LE/BE with BOM
 * (or without, when the NUL pattern is clear), Windows-1258 when the bytes are not UTF-8.
 * Binary data is refused, never decoded into mojibake.
 */
import { GhplanError, ErrorCodes } from '../model/errors.js';

export interface Decoded {
  text: string;
  encoding: string;
}

function controlRatio(bytes: Uint8Array): number {
  let bad = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c) || c === 0x7f) bad++;
  }
  return n ? bad / n : 0;
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

/** Share of characters that are letters, digits, punctuation or spaces usual in Vietnamese text. */
function plausibility(text: string): number {
  let ok = 0;
  let all = 0;
  for (const ch of text.normalize('NFC').slice(0, 20000)) {
    all++;
    if (/[\p{L}\p{N}\s.,;:!?()"'“”‘’\-–—/%&+*#=<>[\]{}|_…•§@$]/u.test(ch)) ok++;
  }
  return all ? ok / all : 1;
}

export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: utf8(bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  const u16 = utf16Guess(bytes);
  if (u16) return { text: new TextDecoder(u16).decode(bytes), encoding: u16 };
  if (controlRatio(bytes) > 0.02) {
    throw new GhplanError(ErrorCodes.BINARY, 'not a text file (binary data)');
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: the usual other encoding of Vietnamese text files is Windows-1258.
  }
  const cp = new TextDecoder('windows-1258').decode(bytes);
  if (plausibility(cp) > 0.97) return { text: cp, encoding: 'windows-1258' };
  throw new GhplanError(ErrorCodes.ENCODING, 'not UTF-8 and not a known Vietnamese encoding; save it as UTF-8');
}

function utf8(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new GhplanError(ErrorCodes.ENCODING, 'the file starts with a UTF-8 mark but is not valid UTF-8');
  }
}
