/** PDF layout: lines joined into paragraphs. */
import type { ParagraphBlock, TextLine } from '../../../model/blocks.js';
import { upperRatio } from '../../../text/vietnamese.js';
import { joinLines } from '../lines.js';
import type { Flow, PLine } from './types.js';

const MARKER = /^([-+•–*])\s+/;
const NUMBERED = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|\d+(?:\.\d+)+|[a-zđ]\)|\d+\)|PHẦN\s+[IVXLC\d]+|Phần\s+[IVXLC\d]+|Điều\s+\d+)(?:\s|$)/;

function endsSentence(t: string): boolean {
  return /[.:;!?…]["”’)]*$/.test(t);
}

function isUpper(t: string): boolean {
  const letters = t.replace(/[^\p{L}]/gu, '');
  return letters.length >= 3 && upperRatio(t) >= 0.95;
}

/** Should `n` start a new paragraph after `p`? `pitch` is the usual line distance. */
export function breaksBefore(p: PLine, n: PLine, pitch: number, column: boolean): boolean {
  const newPage = p.page !== n.page;
  if (column) {
    // Stacked header and signature lines: a paragraph per group of closely set lines.
    if (newPage || n.y - p.y > 1.35 * p.size || n.y < p.y) return true;
    if (Math.abs(p.size - n.size) > 1 || p.bold !== n.bold || isUpper(p.text) !== isUpper(n.text)) return true;
    return MARKER.test(n.text) || NUMBERED.test(n.text) || /[.;:]$/.test(p.text);
  }
  if (!newPage && n.y - p.y > pitch * 1.25) return true;
  if (!newPage && n.y < p.y) return true;
  if (Math.abs(p.size - n.size) > 1) return true;
  if (isUpper(p.text) && !isUpper(n.text)) return true;
  const short = p.x1 < p.right - 1.5 * p.size;
  const indented = n.x0 > n.left + 0.8 * n.size;
  // A bold heading line ends where the text turns regular; a bold phrase inside a paragraph does not.
  if (p.bold !== n.bold && (short || indented)) return true;
  if ((MARKER.test(n.text) || NUMBERED.test(n.text)) && (indented || endsSentence(p.text) || short || column)) return true;
  if (short && endsSentence(p.text)) return true;
  const centeredUnder = Math.abs((n.x0 + n.x1) / 2 - (p.x0 + p.x1) / 2) < n.size;
  if (!short && indented && n.x0 > p.x0 + 0.8 * n.size && !centeredUnder) return true;
  return false;
}

export function paragraph(lines: PLine[]): ParagraphBlock {
  const tl: TextLine[] = lines.map((l) => ({ text: l.text, bold: l.bold, line: 0, page: l.page }));
  const block: ParagraphBlock = {
    type: 'paragraph',
    text: joinLines(lines.map((l) => l.text)),
    lines: tl,
    bold: lines.every((l) => l.bold),
    at: { line: 0, page: lines[0]!.page },
  };
  const m = MARKER.exec(block.text);
  if (m) {
    block.bullet = m[1]!;
    block.text = block.text.slice(m[0].length);
    tl[0] = { ...tl[0]!, text: tl[0]!.text.replace(MARKER, '') };
  }
  const center = (lines[0]!.left + lines[0]!.right) / 2;
  const width = lines[0]!.right - lines[0]!.left;
  if (lines.every((l) => Math.abs((l.x0 + l.x1) / 2 - center) < 0.6 * l.size && l.x1 - l.x0 < width * 0.9 && l.x0 > l.left + 2 * l.size)) {
    block.align = 'center';
  }
  return block;
}

/** Most common distance between consecutive lines of running text, per font size. */
export function pitchOf(flows: Flow[]): (size: number) => number {
  const counts = new Map<number, Map<number, number>>();
  for (const f of flows) {
    if (f.kind !== 'lines') continue;
    for (let i = 1; i < f.lines.length; i++) {
      const a = f.lines[i - 1]!;
      const b = f.lines[i]!;
      if (a.page !== b.page || Math.abs(a.size - b.size) > 0.5) continue;
      const d = Math.round((b.y - a.y) * 2) / 2;
      if (d <= 0 || d > 3 * a.size) continue;
      const key = Math.round(a.size);
      const m = counts.get(key) ?? new Map<number, number>();
      m.set(d, (m.get(d) ?? 0) + 1);
      counts.set(key, m);
    }
  }
  const best = new Map<number, number>();
  for (const [size, m] of counts) {
    let top = 0;
    let n = 0;
    for (const [d, c] of m) if (c > n || (c === n && d < top)) [top, n] = [d, c];
    best.set(size, top);
  }
  return (size) => best.get(Math.round(size)) ?? size * 1.25;
}
