/** Portal tables: the `|` lines and the cell contents between them. */

export interface Content {
  /** 0-based index of the first line. */
  line: number;
  raw: string[];
  /** `|` lines between the previous content (or the table start) and this one. */
  pipes: number;
}

const isPipe = (l: string): boolean => l.trim() === '|';
const isBlank = (l: string): boolean => l.trim() === '';
/** A run of dots or an ellipsis alone: the portal's mark for cut content, not a cell. */
const isCutMark = (raw: string[]): boolean => raw.every((l) => /^[\s.…_]*$/.test(l)) && raw.some((l) => /[.…]{3,}/.test(l));

export function tokenize(lines: string[], start: number, end: number): { contents: Content[]; trailing: number } {
  const contents: Content[] = [];
  let pipes = 0;
  let cur: Content | null = null;
  for (let i = start; i < end; i++) {
    const l = lines[i]!;
    if (isPipe(l)) {
      if (cur) {
        contents.push(cur);
        cur = null;
      }
      pipes++;
      continue;
    }
    if (isBlank(l)) continue;
    if (!cur) {
      cur = { line: i, raw: [], pipes };
      pipes = 0;
    }
    cur.raw.push(l);
  }
  if (cur) contents.push(cur);
  // Cut marks ("……") stand where the portal dropped rows: drop them with one of their pipes.
  const out: Content[] = [];
  for (let i = 0; i < contents.length; i++) {
    const c = contents[i]!;
    if (isCutMark(c.raw) && i + 1 < contents.length) {
      contents[i + 1]!.pipes += c.pipes - 1 + 0;
      continue;
    }
    out.push(c);
  }
  return { contents: out, trailing: pipes };
}
