/**
 * Which sections hold targets (EXTRACTION.md "Indicators"): a `muc_tieu` section whose
 * heading says cụ thể / chỉ tiêu / tầm nhìn, or any heading with "chỉ tiêu"; a `muc_tieu`
 * section without such a subsection counts whole; "Mục tiêu chung" and the annex never do.
 */
import type { ParagraphBlock } from '../../model/blocks.js';
import { ALWAYS_TARGET_HEADING_WORDS, GENERAL_TARGET_WORDS, TARGET_HEADING_WORDS } from '../../text/keywords/section-kinds.js';
import { containsAny } from '../../text/vietnamese.js';
import { outermostSections, type SectionNode } from '../sections.js';
import { targetYear } from './years.js';

function isGeneral(n: SectionNode): boolean {
  return containsAny(n.heading, GENERAL_TARGET_WORDS);
}

function isTargetHeading(n: SectionNode): boolean {
  if (isGeneral(n)) return false;
  if (containsAny(n.heading, ALWAYS_TARGET_HEADING_WORDS)) return true;
  return n.kinds.includes('muc_tieu') && containsAny(n.heading, TARGET_HEADING_WORDS);
}

function hasTargetBelow(n: SectionNode): boolean {
  return n.children.some((c) => isTargetHeading(c) || hasTargetBelow(c));
}

/** Sections whose paragraphs are read for indicators, outermost first, never nested twice. */
export function targetSections(tree: SectionNode[]): SectionNode[] {
  return outermostSections(tree, (n) => isTargetHeading(n) || (n.kinds.includes('muc_tieu') && !isGeneral(n) && !hasTargetBelow(n)));
}

export function* paragraphsOf(n: SectionNode): Generator<{ p: ParagraphBlock; node: SectionNode }> {
  for (const b of n.blocks) if (b.type === 'paragraph') yield { p: b, node: n };
  for (const c of n.children) if (!isGeneral(c)) yield* paragraphsOf(c);
}

/** The end year of the nearest heading that names one ("giai đoạn 2026 – 2030" → 2030). */
export function headingYear(n: SectionNode | null): number | null {
  for (let cur = n; cur; cur = cur.parent) {
    const y = targetYear(cur.heading);
    if (y) return y;
  }
  return null;
}
