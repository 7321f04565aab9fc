/**
 * Text items to visual lines (one baseline) and lines to segments (runs of text without a
 * wide horizontal gap: a two-column header line has two segments).
 */
import type { PdfItem } from './types.js';

export interface Seg {
  items: PdfItem[];
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
  /** Share of visible characters set in a bold font (0..1). */
  bold: number;
}

export interface VLine {
  y: number;
  size: number;
  segs: Seg[];
}

/** Items grouped by baseline, top to bottom, each line's items left to right. */
export function groupLines(items: PdfItem[]): PdfItem[][] {
  const sorted = [...items].sort((a, b) => a.y - b.y || a.x - b.x);
  const out: PdfItem[][] = [];
  let cur: PdfItem[] = [];
  let y = -Infinity;
  let size = 0;
  for (const it of sorted) {
    const tol = Math.max(1.5, 0.45 * Math.min(size || it.size, it.size));
    if (cur.length && Math.abs(it.y - y) <= tol) {
      cur.push(it);
    } else {
      if (cur.length) out.push(cur);
      cur = [it];
      y = it.y;
      size = it.size;
    }
  }
  if (cur.length) out.push(cur);
  for (const l of out) l.sort((a, b) => a.x - b.x);
  return out;
}

/** Joins items left to right, with a space where the gap between them shows one. */
export function joinItems(items: PdfItem[]): { text: string; bold: number } {
  let text = '';
  let prevEnd = -Infinity;
  let boldChars = 0;
  let chars = 0;
  for (const it of items) {
    const gap = it.x - prevEnd;
    if (text && gap > 0.18 * it.size && !/\s$/.test(text) && !/^\s/.test(it.str)) text += ' ';
    text += it.str;
    prevEnd = Math.max(prevEnd, it.x + it.w);
    const visible = it.str.replace(/\s/g, '').length;
    chars += visible;
    if (it.bold) boldChars += visible;
  }
  return { text: text.replace(/\s+/g, ' ').trim(), bold: chars ? boldChars / chars : 0 };
}

function makeSeg(items: PdfItem[]): Seg {
  const { text, bold } = joinItems(items);
  let x1 = -Infinity;
  let size = 0;
  for (const it of items) {
    x1 = Math.max(x1, it.x + it.w);
    size = Math.max(size, it.size);
  }
  return { items, text, x0: items[0]!.x, x1, y: items[0]!.y, size, bold };
}

/** Splits a line at gaps wider than ~3 em (columns), never at word spaces or blank fill-ins. */
export function toVLine(items: PdfItem[]): VLine {
  const segs: Seg[] = [];
  let start = 0;
  let end = items[0]!.x + items[0]!.w;
  for (let i = 1; i < items.length; i++) {
    const it = items[i]!;
    const gapLimit = Math.max(3 * it.size, 28);
    if (it.x - end > gapLimit) {
      segs.push(makeSeg(items.slice(start, i)));
      start = i;
    }
    end = Math.max(end, it.x + it.w);
  }
  segs.push(makeSeg(items.slice(start)));
  const size = Math.max(...segs.map((s) => s.size));
  const y = items.reduce((m, it) => (it.size === size ? Math.max(m, it.y) : m), -Infinity);
  return { y: Number.isFinite(y) ? y : items[0]!.y, size, segs: segs.filter((s) => s.text) };
}

/** Lines joined with a space, except after a hyphen that is part of a code cut at the line end ("08-" + "NQ/TU"). */
export function joinLines(texts: string[]): string {
  let out = '';
  for (const t of texts) {
    if (!out) out = t;
    else if (/[\p{L}\d]-$/u.test(out) && /^[\p{L}\d]/u.test(t)) out += t;
    else out += ` ${t}`;
  }
  return out.replace(/\s+/g, ' ').trim();
}
