/**
 * Output names for batch results. A name is derived from the input's display path
 * ("sub/ke-hoach.docx" → "sub__ke-hoach.docx.json") and can never leave the output folder:
 * one flat file name, no separators, no "." or "..", no drive letters, no characters or
 * names Windows refuses, bounded length. Two inputs that would map to the same name (also
 * when they differ only in case, for case-insensitive file systems) get "~2", "~3"… in
 * input order, so the result is deterministic.
 */
import { createHash } from 'node:crypto';
import { trimEndWhile } from '../text/trim.js';

/** Longest name stem in UTF-8 bytes (before "~n" and ".json"); well under the 255-byte limit. */
const MAX_STEM_BYTES = 160;
const SEPARATOR = '__';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])(\..*)?$/i;

function cleanSegment(seg: string): string {
  let s = seg
    .normalize('NFC')
    // control characters, and the characters Windows forbids in names
    .replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_')
    // bidi overrides and other invisible format characters that make names lie
    .replace(/[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
  // Windows drops trailing dots and spaces; a leading dot makes a hidden file
  s = trimEndWhile(s, /[. ]/).replace(/^\.+/, (m) => '_'.repeat(m.length));
  if (WINDOWS_RESERVED.test(s)) s = `_${s}`;
  return s;
}

function truncateUtf8(s: string, maxBytes: number): string {
  if (Buffer.byteLength(s) <= maxBytes) return s;
  let out = '';
  let bytes = 0;
  for (const ch of s) {
    const b = Buffer.byteLength(ch);
    if (bytes + b > maxBytes) break;
    out += ch;
    bytes += b;
  }
  return out;
}

/** The name stem (without ".json") for one display path, before disambiguation. */
export function safeStem(displayPath: string): string {
  const segments = displayPath
    .split(/[\\/]+/)
    .filter((s) => s !== '' && s !== '.' && s !== '..')
    .map(cleanSegment)
    .filter((s) => s !== '');
  let stem = segments.join(SEPARATOR);
  if (!stem) stem = 'input';
  if (Buffer.byteLength(stem) > MAX_STEM_BYTES) {
    const hash = createHash('sha256').update(displayPath).digest('hex').slice(0, 10);
    // keep the end (file name and extension) visible: that is what tells files apart
    const tailBudget = MAX_STEM_BYTES - 11;
    const chars = [...stem];
    let tail = '';
    for (let i = chars.length - 1; i >= 0; i--) {
      if (Buffer.byteLength(chars[i]! + tail) > tailBudget) break;
      tail = chars[i]! + tail;
    }
    stem = `${hash}-${truncateUtf8(tail, tailBudget).replace(/^[. ]+/, '')}`;
  }
  return stem;
}

/**
 * Unique output file names ("….json"), one per display path, in the same order. Names are
 * compared case-insensitively; a later duplicate gets the first free "~n" suffix.
 */
export function safeJsonNames(displayPaths: readonly string[]): string[] {
  const taken = new Set<string>();
  return displayPaths.map((p) => {
    const stem = safeStem(p);
    let name = `${stem}.json`;
    for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${stem}~${n}.json`;
    taken.add(name.toLowerCase());
    return name;
  });
}
