/**
 * Splits the lines of a text file into regions that need different parsers:
 * - `tab`: rows of a tab-separated table (Word/PDF text exports), blank lines between rows allowed;
 * - `portal`: a table flattened by a legal portal, one cell per run of lines between lines that hold only `|`;
 * - `markdown`: everything else.
 * `start` is inclusive, `end` exclusive, both 0-based line indexes.
 */
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
        else if (isBlank(lines[j]!)) j++;
        else break;
      }
      pushMd(i);
      segs.push({ kind: 'tab', start: i, end });
      i = end;
      mdStart = end;
      continue;
    }
    if (isPipeOnly(l)) {
      const end = portalEnd(lines, i);
      pushMd(i);
      segs.push({ kind: 'portal', start: i, end });
      i = end;
      mdStart = end;
      continue;
    }
    i++;
  }
  pushMd(lines.length);
  return segs;
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
