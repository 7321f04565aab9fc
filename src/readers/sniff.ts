/**
 * Format detection from the bytes, not only from the file name: a .doc renamed to .docx,
 * text renamed to .docx or a PDF saved as .txt must be recognised for what they are.
 */
export type Sniffed = 'zip' | 'pdf' | 'ole2' | 'rtf' | 'text' | 'empty';

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'zip';
  if (
    b.length >= 8 &&
    b[0] === 0xd0 &&
    b[1] === 0xcf &&
    b[2] === 0x11 &&
    b[3] === 0xe0 &&
    b[4] === 0xa1 &&
    b[5] === 0xb1 &&
    b[6] === 0x1a &&
    b[7] === 0xe1
  )
    return 'ole2';
  // The PDF header may follow a little junk (the spec allows it within the first 1 KiB).
  const head = Buffer.from(b.subarray(0, Math.min(1024, b.length))).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('{\\rtf')) return 'rtf';
  return 'text';
}

/** True when an OLE2 file is an encrypted Office Open XML package (password-protected .docx). */
export function isEncryptedOoxml(bytes: Uint8Array): boolean {
  const needle = Buffer.from('EncryptedPackage', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

export type Extension = 'txt' | 'md' | 'docx' | 'pdf' | 'doc' | 'other';

export function extensionOf(fileName: string): Extension {
  const m = /\.([a-z0-9]+)$/i.exec(fileName);
  const ext = m ? m[1]!.toLowerCase() : '';
  if (ext === 'txt' || ext === 'text') return 'txt';
  if (ext === 'md' || ext === 'markdown') return 'md';
  if (ext === 'docx' || ext === 'docm') return 'docx';
  if (ext === 'pdf') return 'pdf';
  if (ext === 'doc' || ext === 'dot') return 'doc';
  return 'other';
}

/** True when an OLE2 compound file holds a Word document (a "WordDocument" stream). */
export function isOle2Word(bytes: Uint8Array): boolean {
  const needle = Buffer.from('WordDocument', 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

/** A name for well-known binary formats a clerk may pick by mistake (a photo of the plan, an archive). */
export function binaryKind(bytes: Uint8Array): string | null {
  const b = bytes;
  const at = (sig: number[], off = 0): boolean => b.length >= off + sig.length && sig.every((v, i) => b[off + i] === v);
  if (at([0x89, 0x50, 0x4e, 0x47])) return 'a PNG image';
  if (at([0xff, 0xd8, 0xff])) return 'a JPEG image';
  if (at([0x47, 0x49, 0x46, 0x38])) return 'a GIF image';
  if (at([0x49, 0x49, 0x2a, 0x00]) || at([0x4d, 0x4d, 0x00, 0x2a])) return 'a TIFF image';
  if (at([0x52, 0x49, 0x46, 0x46]) && at([0x57, 0x45, 0x42, 0x50], 8)) return 'a WebP image';
  if (at([0x1f, 0x8b])) return 'a gzip archive';
  if (at([0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c])) return 'a 7-Zip archive';
  if (at([0x52, 0x61, 0x72, 0x21, 0x1a, 0x07])) return 'a RAR archive';
  if (at([0x4d, 0x5a])) return 'a Windows program';
  if (at([0x7f, 0x45, 0x4c, 0x46])) return 'a program';
  return null;
}

/**
 * Share of the first 64 KiB that are control bytes (not tab, LF, CR, FF, or the DOS end-of-file
 * mark); a NUL counts `nulWeight` times. The one measure of "binary" for bytes.
 */
export function controlByteShare(bytes: Uint8Array, nulWeight = 1): number {
  let bad = 0;
  const n = Math.min(bytes.length, 65536);
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) bad += nulWeight;
    else if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c && c !== 0x1a) || c === 0x7f) bad++;
  }
  return n ? bad / n : 0;
}

/** Control bytes (other than tab, LF, CR, FF) or NULs make up more than 2% of the first 64 KiB. */
export function looksBinary(bytes: Uint8Array): boolean {
  // UTF-16/32 text has NULs but is text; decodeText checks it.
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  return controlByteShare(bytes) > 0.02;
}
