/** Helpers shared by the rules: walking the section tree, naming sections for messages. */
import type { Section } from '../model/plan.js';

export interface SectionVisit {
  section: Section;
  /** Section.path (`II.4.1`); unnumbered sections use their heading. */
  path: string;
  parent: SectionVisit | null;
}

/** Every section of the plan, depth first, in document order, with its path and parent (extract/sections.ts walks the tree before output). */
export function* visitSections(sections: readonly Section[], parent: SectionVisit | null = null): Generator<SectionVisit> {
  for (const section of sections) {
    // Section.path is the one computation of a section's path; unnumbered ones are named by heading.
    const v: SectionVisit = { section, path: section.path ?? section.heading, parent };
    yield v;
    yield* visitSections(section.children, v);
  }
}

/** `II.2 "Mục tiêu cụ thể"`: how messages name a section. */
export function sectionLabel(v: SectionVisit, max = 60): string {
  const h = v.section.heading.length > max ? v.section.heading.slice(0, max - 1).trimEnd() + '…' : v.section.heading;
  return v.section.number ? `${v.path} "${h}"` : `"${h}"`;
}

/** Shortens a text for a message. */
export function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}
