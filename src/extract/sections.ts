/**
 * The section tree of the plan body and annex. Levels come from numbering styles, relative to
 * the document (a plan without Roman numerals has its "1." headings at level 1); the annex is a
 * level-1 section of kind `phu_luc` that holds everything after its heading.
 */
import type { Block, ParagraphBlock, SourcePos } from '../model/blocks.js';
import type { Section, SectionKind } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import type { Frame } from './frame.js';
import { annexHeadingText, isAnnexHeading } from './frame.js';
import { headingText, isHeading, parseNumbering, STYLE_RANK, type NumStyle } from './headings.js';
import { headingKinds } from './kinds.js';
import { trimEndWhile } from '../text/trim.js';

export interface SectionNode {
  number: string | null;
  heading: string;
  kinds: SectionKind[];
  level: number;
  at: SourcePos;
  /** Blocks directly under the heading (paragraphs and tables), in order. */
  blocks: Block[];
  children: SectionNode[];
  parent: SectionNode | null;
  /** Dotted number path: "II.2", "II.4.1". */
  path: string | null;
  rank: number;
  annex: boolean;
}

const ANNEX_RANK = -1;

function annexNumber(text: string): string | null {
  const m = /phụ\s+lục\s+(?:số\s+)?([IVXLC]+|\d{1,3}|[A-Z])\b/iu.exec(text);
  return m ? m[1]!.toUpperCase() : null;
}

/** Section.path: the parent's path and the section's number ("II" + "2" → "II.2"); unnumbered sections share their parent's. */
export function sectionPath(parentPath: string | null, number: string | null): string | null {
  if (number == null) return parentPath;
  const segs = parentPath ? parentPath.split('.') : [];
  // Segments already carried by a multi-level number ("4.1" under "4") are not repeated.
  const own = number.split('.');
  if (own.length > 1) {
    const k = segs.length - (own.length - 1);
    if (k >= 0 && segs.slice(k).join('.') === own.slice(0, -1).join('.')) return [...segs.slice(0, k), ...own].join('.');
  }
  return [...segs, number].join('.');
}

/** The stage: the section tree (a plan without numbered sections is a message of the checks stage). */
export function extractSections(blocks: Block[], frame: Frame): Result<SectionNode[]> {
  return result(buildSections(blocks, frame));
}

export function buildSections(blocks: Block[], frame: Frame): SectionNode[] {
  const roots: SectionNode[] = [];
  const stack: SectionNode[] = [];
  const open = (node: Omit<SectionNode, 'level' | 'parent' | 'path' | 'children' | 'blocks'>): SectionNode => {
    while (stack.length && stack[stack.length - 1]!.rank >= node.rank && !(stack[stack.length - 1]!.annex && node.rank > ANNEX_RANK))
      stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const full: SectionNode = {
      ...node,
      level: stack.length + 1,
      parent,
      path: sectionPath(parent?.path ?? null, node.number),
      children: [],
      blocks: [],
    };
    if (parent) parent.children.push(full);
    else roots.push(full);
    stack.push(full);
    return full;
  };
  const [bodyStart, bodyEnd] = frame.body;
  const ranges: [number, number, boolean][] = [[bodyStart, bodyEnd, false]];
  if (frame.annex != null && frame.annex >= bodyEnd) ranges.push([frame.annex, blocks.length, true]);
  for (const [start, end, inAnnex] of ranges) {
    if (inAnnex) stack.length = 0;
    for (let i = start; i < end; i++) {
      const b = blocks[i]!;
      if (b.type === 'paragraph' && inAnnex && isAnnexHeading(b)) {
        stack.length = 0;
        const heading = annexHeadingText(b);
        const node = open({ number: annexNumber(heading), heading, kinds: ['phu_luc'], at: b.at, rank: ANNEX_RANK, annex: true });
        // The annex title and "(Kèm theo …)" lines of the same paragraph are its text.
        if (heading !== trimEndWhile(b.text, /[\s.:]/))
          node.blocks.push({
            ...b,
            text: b.lines
              .slice(1)
              .map((l) => l.text)
              .join(' '),
            lines: b.lines.slice(1),
          });
        continue;
      }
      if (b.type === 'paragraph' && inAnnex && i === start) {
        // An annex opened by its title and "(Kèm theo …)" rather than by a PHỤ LỤC heading.
        open({ number: null, heading: b.text, kinds: ['phu_luc'], at: b.at, rank: ANNEX_RANK, annex: true });
        continue;
      }
      if (b.type === 'paragraph') {
        const heading = asHeading(b);
        if (heading) {
          open({ ...heading, at: b.at, annex: false });
          continue;
        }
      }
      const cur = stack[stack.length - 1];
      if (cur) cur.blocks.push(b);
    }
  }
  return roots;
}

function asHeading(b: ParagraphBlock): { number: string; heading: string; kinds: SectionKind[]; rank: number } | null {
  const n = parseNumbering(b.text);
  if (!n || !isHeading(b, n)) return null;
  const heading = headingText(n);
  return { number: n.number, heading, kinds: headingKinds(heading), rank: STYLE_RANK[n.style as NumStyle] };
}

/** Paragraph text of a section's own blocks, one paragraph a line. */
export function sectionText(node: SectionNode): string {
  return node.blocks
    .filter((b): b is ParagraphBlock => b.type === 'paragraph')
    .map((p) => p.text)
    .join('\n');
}

export function toOutputSections(nodes: SectionNode[]): Section[] {
  return nodes.map((n) => ({
    number: n.number,
    path: n.path,
    heading: n.heading,
    kinds: n.kinds,
    level: n.level,
    at: n.at,
    text: sectionText(n),
    children: toOutputSections(n.children),
  }));
}

/**
 * The outermost sections of the body that `take` accepts, in document order: annexes are
 * skipped, and a taken section's subsections are not visited (never counted twice).
 */
export function outermostSections(tree: SectionNode[], take: (n: SectionNode) => boolean): SectionNode[] {
  const out: SectionNode[] = [];
  const visit = (n: SectionNode): void => {
    if (n.annex) return;
    if (take(n)) out.push(n);
    else n.children.forEach(visit);
  };
  tree.forEach(visit);
  return out;
}

export function* walkSections(nodes: SectionNode[]): Generator<SectionNode> {
  for (const n of nodes) {
    yield n;
    yield* walkSections(n.children);
  }
}
