/**
 * Who does what (EXTRACTION.md "Assignments"), from sections of kind `phan_cong`. A unit is a
 * sub-heading that names it, or the subject that opens an item or a paragraph ("Sở Tài chính
 * có trách nhiệm …"); what stands under a unit's heading or item is its duties. Items that
 * name no unit, and the issuer's closing requests, give no assignment. A unit named twice is
 * listed once with both sets of duties.
 */
import type { Block, ParagraphBlock } from '../model/blocks.js';
import type { Assignment } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import { sameKey, squash, words } from '../text/vietnamese.js';
import { parseNumbering, STYLE_RANK } from './headings.js';
import { outermostSections, type SectionNode } from './sections.js';
import { readUnit, type UnitReading } from './unit-name.js';
import { trimEndWhile } from '../text/trim.js';

/** Re-exported for the rules and tests that read a single subject. */
export { readUnit };

/** The unit a heading or an item names, or null: "4. Giao phòng Kinh tế xã chủ trì…" → "phòng Kinh tế xã". */
export function subjectOf(text: string): { unit: string; rest: string } | null {
  const r = readUnit(text);
  return r && !r.request ? { unit: r.unit, rest: r.rest } : null;
}

const isPara = (b: Block): b is ParagraphBlock => b.type === 'paragraph';

// A sub-heading short enough to be only a name: predicates that are also nouns stay in it.
const HEADING_WORDS = 16;

function headingUnit(heading: string): UnitReading | null {
  const short = words(heading).length <= HEADING_WORDS && !/[.;]$/.test(heading);
  const r = readUnit(heading, { heading: short });
  return r && !r.request ? r : null;
}

/**
 * Portal copies cut a bold heading into two bold paragraphs ("**3. Đề nghị Ủy ban Mặt trận … Hội
 * Liên hiệp**" / "**Phụ nữ Thành phố và …**"): a bold, unnumbered, short paragraph right under a
 * heading that does not end in punctuation goes on with the heading's name.
 */
function wrappedHeading(node: SectionNode): { heading: string; used: number } {
  const first = node.blocks[0];
  if (!first || !isPara(first) || !first.bold || first.bullet || parseNumbering(first.text)) return { heading: node.heading, used: 0 };
  if (/[.:;]$/.test(node.heading.trim()) || words(first.text).length > 12) return { heading: node.heading, used: 0 };
  const joined = `${node.heading} ${first.text}`;
  const alone = readUnit(first.text, { heading: true });
  // A paragraph that is a unit of its own, or a sentence, is no continuation.
  if ((alone && alone.ended) || /[.;]$/.test(first.text)) return { heading: node.heading, used: 0 };
  return { heading: trimEndWhile(joined, /[\s:]/), used: 1 };
}

class Collector {
  private readonly byKey = new Map<string, Assignment>();

  add(unit: string, duties: string[], section: string | null, at: Assignment['at']): Assignment {
    const key = sameKey(unit);
    const clean = duties.map(squash).filter(Boolean);
    const found = this.byKey.get(key);
    if (found) {
      found.duties.push(...clean);
      return found;
    }
    const a: Assignment = { unit, duties: clean, section, at };
    this.byKey.set(key, a);
    return a;
  }

  all(): Assignment[] {
    return [...this.byKey.values()];
  }
}

function phanCongRoots(tree: SectionNode[]): SectionNode[] {
  return outermostSections(tree, (n) => n.kinds.includes('phan_cong'));
}

// An item whose subject runs this long into a full stop, with no predicate, is a sentence
// whose predicate the lexicon lacks, not a name.
const ITEM_NAME_WORDS = 12;

function itemUnit(text: string): UnitReading | null {
  const r = readUnit(text);
  return r && (r.ended || !r.rest || words(r.unit).length <= ITEM_NAME_WORDS) ? r : null;
}

interface Current {
  a: Assignment;
  /** Rank of the numbering that opened it (a deeper item is its duty). */
  rank: number;
  /** Its own text announced duties to follow ("Sở Tài chính:"), or it is a sub-heading. */
  open: boolean;
  /** Opened by the section's own heading: every paragraph under it is its duty. */
  heading: boolean;
}

const UNNUMBERED = Number.MAX_SAFE_INTEGER;

/** The section an item stands for: a sibling of the unit's heading has that heading's parent path and its own number. */
function itemSection(node: SectionNode, owner: Assignment | null, rank: number, number: string): string | null {
  if (!owner || rank !== node.rank || !node.path || !node.number) return node.path;
  // The heading's own number ("2.10" in "III.2.10") gives way to the sibling's ("2.11").
  const segs = node.path.split('.');
  return [...segs.slice(0, segs.length - node.number.split('.').length), number].join('.');
}

/**
 * The blocks of one section. Under a unit's heading (`owner`) every paragraph is its duty until
 * an item numbered like the heading itself (a sibling the section stage could not tell from a
 * sentence: "5. Sở Giáo dục và Đào tạo: Chủ trì …"); elsewhere items and paragraphs that open
 * with a unit and its predicate are assignments, and bullets and deeper items their duties.
 */
function sectionBlocks(node: SectionNode, owner: Assignment | null, out: Collector, skip: number): void {
  let current: Current | null = owner ? { a: owner, rank: node.rank, open: true, heading: true } : null;
  for (const b of node.blocks.slice(skip)) {
    if (!isPara(b)) continue;
    const text = squash(b.text);
    if (b.bullet) {
      if (current) current.a.duties.push(text);
      continue;
    }
    const n = parseNumbering(text);
    if (n) {
      const rank = STYLE_RANK[n.style];
      if (current && rank > current.rank) {
        current.a.duties.push(text);
        continue;
      }
      const r = itemUnit(n.rest);
      current =
        r && !r.request
          ? { a: out.add(r.unit, [r.rest], itemSection(node, owner, rank, n.number), b.at), rank, open: !r.rest, heading: false }
          : null;
      continue;
    }
    const r = readUnit(text);
    // The issuer's closing request ("Ủy ban nhân dân Thành phố yêu cầu …") is nobody's duty.
    if (r?.request) {
      current = null;
      continue;
    }
    if (current?.heading) {
      current.a.duties.push(text);
      continue;
    }
    if (r && r.ended) {
      current = { a: out.add(r.unit, [r.rest], node.path, b.at), rank: UNNUMBERED, open: !r.rest, heading: false };
      continue;
    }
    // A plain paragraph goes on with a unit whose item announced its duties ("Sở Tài chính:").
    if (current?.open) current.a.duties.push(text);
    else current = null;
  }
}

/** A section and its sub-sections: sub-headings that name a unit open its assignment. */
function section(node: SectionNode, owner: Assignment | null, out: Collector): void {
  let skip = 0;
  let own = owner;
  const r = headingUnit(node.heading);
  if (r) {
    const wrapped = wrappedHeading(node);
    const rr = wrapped.used ? (headingUnit(wrapped.heading) ?? r) : r;
    skip = wrapped.used;
    own = out.add(rr.unit, [rr.rest], node.path, node.at);
  } else if (owner) owner.duties.push(squash(`${node.number ? `${node.number}. ` : ''}${node.heading}`));
  sectionBlocks(node, own, out, skip);
  for (const c of node.children) section(c, own, out);
}

export function extractAssignments(tree: SectionNode[]): Result<Assignment[]> {
  const out = new Collector();
  for (const root of phanCongRoots(tree)) {
    sectionBlocks(root, null, out, 0);
    for (const c of root.children) section(c, null, out);
  }
  return result(out.all());
}
