/**
 * The numbered items of the plan body as one tree: numbered headings (the sections) and numbered
 * items inside a section's text ("3. Biên soạn tài liệu …" between headings), each with the
 * paragraphs that stand under it before the next item. A numbered item whose own text is a field
 * ("b) Cơ quan thực hiện: …") is no item: it is a paragraph of the item above it.
 */
import type { ParagraphBlock, SourcePos } from '../model/blocks.js';
import { parseNumbering, STYLE_RANK, type NumStyle } from './headings.js';
import { opensWithField } from './fields.js';
import { sectionPath, type SectionNode } from './sections.js';

export interface TextItem {
  number: string;
  /** Dotted number path: "II.5", "III.1.a". */
  path: string;
  style: NumStyle | null;
  rank: number;
  /** The heading, or the whole text of a numbered paragraph after its number. */
  text: string;
  /** True for a numbered paragraph (a sentence), false for a heading. */
  sentence: boolean;
  at: SourcePos;
  /** The paragraphs under the item, before its first sub-item or the next item. */
  body: ParagraphBlock[];
  children: TextItem[];
  parent: TextItem | null;
  /** The level-1 section the item stands in. */
  root: TextItem;
}

const LETTERS = 'abcdđeghiklmnopqrstuvxy';

/** True when `a` comes after `b` in the same numbering style: "3" after "2", "c" after "b", "1.3" after "1.2". */
function follows(a: string, b: string, style: NumStyle | null): boolean {
  if (style === 'letter') return LETTERS.indexOf(a.toLowerCase()) > LETTERS.indexOf(b.toLowerCase());
  const x = a.split('.');
  const y = b.split('.');
  if (x.length !== y.length || x.slice(0, -1).join('.') !== y.slice(0, -1).join('.')) return false;
  return Number(x[x.length - 1]) > Number(y[y.length - 1]);
}

class ItemStack {
  readonly items: TextItem[] = [];
  constructor(readonly root: TextItem) {
    this.items.push(root);
  }
  get top(): TextItem {
    return this.items[this.items.length - 1]!;
  }
  /** Closes every open item from the outermost one of rank `rank` or deeper. */
  closeFrom(rank: number): void {
    const i = this.items.findIndex((it, k) => k > 0 && it.rank >= rank);
    if (i > 0) this.items.length = i;
  }
  open(item: Omit<TextItem, 'path' | 'parent' | 'root' | 'children' | 'body'>): TextItem {
    const parent = this.top;
    const full: TextItem = {
      ...item,
      path: sectionPath(parent.path, item.number) ?? item.number,
      parent,
      root: this.root,
      children: [],
      body: [],
    };
    parent.children.push(full);
    this.items.push(full);
    return full;
  }
  /**
   * A numbered paragraph that continues the numbering of an open item ("3." after the heading
   * "2.") is that item's sibling; any other is a sub-item of the innermost open item.
   */
  placeSentence(style: NumStyle, number: string): void {
    for (let i = this.items.length - 1; i >= 1; i--) {
      const it = this.items[i]!;
      if (it.style !== style) continue;
      if (follows(number, it.number, style)) this.items.length = i;
      return;
    }
  }
}

function rootItem(node: SectionNode): TextItem {
  const number = node.number ?? '';
  const partial: Omit<TextItem, 'root'> = {
    number,
    path: node.path ?? number,
    style: styleOf(node),
    rank: node.rank,
    text: node.heading,
    sentence: false,
    at: node.at,
    body: [],
    children: [],
    parent: null,
  };
  const item = partial as TextItem;
  item.root = item;
  return item;
}

/** A heading that is itself a field ("c) Thời hạn: Quý II/2026") as a paragraph of the item above. */
function asParagraph(node: SectionNode): ParagraphBlock {
  return {
    type: 'paragraph',
    text: node.heading,
    lines: [{ text: node.heading, bold: false, line: node.at.line }],
    bold: false,
    at: node.at,
  };
}

function addParagraph(stack: ItemStack, b: ParagraphBlock): void {
  const n = b.bullet ? null : parseNumbering(b.text);
  if (!n) {
    stack.top.body.push(b);
    return;
  }
  const rank = STYLE_RANK[n.style];
  if (opensWithField(n.rest)) {
    // "b) Cơ quan thực hiện: …" belongs to the item above it.
    stack.closeFrom(rank);
    stack.top.body.push({ ...b, text: n.rest });
    return;
  }
  stack.placeSentence(n.style, n.number);
  stack.open({ number: n.number, style: n.style, rank, text: n.rest, sentence: true, at: b.at });
}

function visit(node: SectionNode, stack: ItemStack, isRoot: boolean): void {
  if (node.kinds.includes('phu_luc')) return;
  if (!isRoot) {
    stack.closeFrom(node.rank);
    if (node.heading.includes(':') && opensWithField(node.heading)) stack.top.body.push(asParagraph(node));
    else stack.open({ number: node.number ?? '', style: styleOf(node), rank: node.rank, text: node.heading, sentence: false, at: node.at });
  }
  for (const b of node.blocks) if (b.type === 'paragraph') addParagraph(stack, b);
  for (const c of node.children) visit(c, stack, false);
}

function styleOf(node: SectionNode): NumStyle | null {
  return (Object.entries(STYLE_RANK).find(([, r]) => r === node.rank)?.[0] as NumStyle | undefined) ?? null;
}

/** The item trees of the body's level-1 sections, annexes (`phu_luc`) left out. */
export function textItems(tree: SectionNode[]): TextItem[] {
  const roots: TextItem[] = [];
  for (const node of tree) {
    if (node.annex || node.kinds.includes('phu_luc')) continue;
    const root = rootItem(node);
    visit(node, new ItemStack(root), true);
    roots.push(root);
  }
  return roots;
}

export function* walkItems(items: readonly TextItem[]): Generator<TextItem> {
  for (const it of items) {
    yield it;
    yield* walkItems(it.children);
  }
}
