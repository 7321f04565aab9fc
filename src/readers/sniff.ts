/**
 * Format detection from the bytes, not only from the file name: a .doc renamed to .docx,
 * text renamed to .docx or a PDF saved as .txt must be recognised for what they are.
 */
export type Sniffed = 'zip' | 'pdf' | 'ole2' | 'rtf' | 'text' | 'empty';

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (bytes.length === 0) return 'empty';
  const b = bytes;
  if (b.length >= 4 && b[0] === 0x50 && b[1] === 0x4b && (b[2] === 0x03 || b[2] === 0x05 || b[2] === 0x07)) return 'zip';
  if (b.length >= 8 && b[0] === 0xd0 && b[1] === 0xcf && b[2] === 0x11 && b[3] === 0xe0 && b[4] === 0xa1 && b[5] === 0xb1 && b[6] === 0x1a && b[7] === 0xe1) return 'ole2';
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
