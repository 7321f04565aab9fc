/**
 * Splits the lines of a text file into regions that need different parsers:
 * - `tab`: rows of a tab-separated table (Word/PDF text exports), blank and page-number lines between rows allowed;
 * - `portal`: a table flattened by a legal portal, one cell per run of lines between lines that hold only `|`;
 * - `markdown`: everything else.
 * `start` is inclusive, `end` exclusive, both 0-based line indexes.
 */
import { portalTableEnd } from './portal/end.js';
import { BOILERPLATE_BLOCKS, BOILERPLATE_LINES } from '../text/keywords/boilerplate.js';
import { isPageNumberLine } from '../text/page-number.js';

export interface Segment {
  kind: 'markdown' | 'tab' | 'portal';
  start: number;
  end: number;
}

const isTabRow = (l: string): boolean => l.includes('\t') && l.replace(/\t/g, '').trim().length > 0;
const isPipeOnly = (l: string): boolean => l.trim() === '|';
const isBlank = (l: string): boolean => l.trim() === '';

export function splitSegments(lines: string[]): Segment[] {
  const segs: Segment[] = [];
  let mdStart = 0;
  const pushMd = (end: number): void => {
    if (end > mdStart) segs.push({ kind: 'markdown', start: mdStart, end });
  };
  let i = 0;
  while (i < lines.length) {
    const l = lines[i]!;
    if (isTabRow(l)) {
      let end = i + 1;
      let j = i + 1;
      while (j < lines.length) {
        if (isTabRow(lines[j]!)) end = ++j;
        // a page-number line between rows is a page break inside the table (tabTable marks it)
        else if (isBlank(lines[j]!) || isPageNumberLine(lines[j]!)) j++;
        else break;
      }
      pushMd(i);
      segs.push({ kind: 'tab', start: i, end });
      i = end;
      mdStart = end;
      continue;
    }
    if (isPipeOnly(l)) {
      // The blank-line rule bounds the table; files without blank lines (whole portal pages)
      // need the row structure to see where document text takes over.
      const end = Math.max(i + 1, portalTableEnd(lines, i, portalEnd(lines, i)));
      pushMd(i);
      segs.push({ kind: 'portal', start: i, end });
      i = end;
      mdStart = end;
      continue;
    }
    i++;
  }
  pushMd(lines.length);
  return isDense(lines) ? segs.flatMap((sg) => (sg.kind === 'markdown' ? splitDense(lines, sg) : [sg])) : segs;
}

/**
 * Whole web pages saved as text sometimes lose every blank line, so markdown would read the
 * document as one paragraph. In such files a paragraph also ends where a line ends a sentence
 * or a bold/italic run, or where the next line opens a block (heading markup, bullet, number).
 */
function isDense(lines: string[]): boolean {
  // Blank runs, not blank lines: blanked boilerplate leaves a few long runs.
  // Only blank runs between text lines count (not the file's trailing newline).
  let runs = 0;
  let text = 0;
  let blankBefore = false;
  for (const l of lines) {
    if (isBlank(l)) {
      blankBefore = text > 0;
      continue;
    }
    if (blankBefore) runs++;
    blankBefore = false;
    text++;
  }
  return text >= 60 && runs / text < 0.01;
}

const BLOCK_OPENER = /^\s*(\*\*|\*\(|#|[-+•–]\s|\d{1,2}(\.\d{1,2})*[.)]\s|[a-zđ]\)\s|[IVX]{1,5}\.\s)/u;
const BLOCK_CLOSER = /([.;:!?…]|\*\*|\*|\)\*)\s*$/u;

function splitDense(lines: string[], sg: Segment): Segment[] {
  const out: Segment[] = [];
  let from = sg.start;
  let open = false;
  // Without hard wraps (some lines far longer than a wrapped line) every line is a paragraph:
  // "1. Phòng Kinh tế" and the "Chủ trì …" below it are two blocks.
  const unwrapped = lines.some((l) => l.length > 160);
  for (let i = sg.start; i < sg.end; i++) {
    const l = lines[i]!;
    if (i > from && !open && (unwrapped || BLOCK_OPENER.test(l) || BLOCK_CLOSER.test(lines[i - 1]!))) {
      out.push({ kind: 'markdown', start: from, end: i });
      from = i;
    }
    if ((l.match(/\*\*/g) ?? []).length % 2 === 1) open = !open;
  }
  if (sg.end > from) out.push({ kind: 'markdown', start: from, end: sg.end });
  return out;
}

/** A portal table runs from a `|` line to the last `|` line that is followed by a blank line. */
function portalEnd(lines: string[], start: number): number {
  let lastPipe = start;
  for (let j = start + 1; j < lines.length; j++) {
    const l = lines[j]!;
    if (isPipeOnly(l)) {
      lastPipe = j;
      continue;
    }
    if (isBlank(l) && j === lastPipe + 1) {
      // A blank line right after a separator ends the table unless another separator follows at once.
      let k = j;
      while (k < lines.length && isBlank(lines[k]!)) k++;
      if (k < lines.length && isPipeOnly(lines[k]!)) {
        j = k - 1;
        continue;
      }
      return lastPipe + 1;
    }
  }
  return lastPipe + 1;
}

const plainLine = (l: string): string => l.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();

/**
 * Blanks out portal chrome (see keywords/boilerplate.ts): the lines become empty, so line
 * numbers stay those of the file. Returns the same array when nothing matched.
 */
export function blankBoilerplate(lines: string[]): { lines: string[]; blanked: number } {
  let out: string[] | null = null;
  let blanked = 0;
  const blank = (from: number, to: number): void => {
    out ??= lines.slice();
    for (let i = Math.max(0, from); i < Math.min(to, lines.length); i++) {
      if (out[i]!.trim()) blanked++;
      out[i] = '';
    }
  };
  // Plain forms computed once: the patterns below scan every line.
  const plain = lines.map(plainLine);
  for (const b of BOILERPLATE_BLOCKS) {
    const limit = Math.min(lines.length, b.within ?? lines.length);
    const s = plain.slice(0, limit).findIndex((l) => b.start.test(l));
    if (s < 0) continue;
    let from = b.fromFileStart ? 0 : s - (b.before ?? 0);
    if (b.before && from < s && isPipeOnly(lines[from]!)) from++;
    let to = lines.length;
    if (b.end) {
      const e = plain.findIndex((l, i) => i > s && b.end!.test(l));
      if (e < 0) {
        blank(s, s + 1);
        continue;
      }
      to = e + 1 + (b.after ?? 0);
    }
    blank(from, to);
  }
  plain.forEach((l, i) => {
    if (l && BOILERPLATE_LINES.some((re) => re.test(l))) blank(i, i + 1);
  });
  return { lines: out ?? lines, blanked };
}
