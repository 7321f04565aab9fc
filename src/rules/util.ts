/** Helpers shared by the rules: walking the section tree, naming sections for messages. */
import type { Section, SectionKind } from '../model/plan.js';

export interface SectionVisit {
  section: Section;
  /** Dotted number path: `II.4.1`; unnumbered sections use their heading. */
  path: string;
  parent: SectionVisit | null;
}

function childPath(parent: SectionVisit | null, s: Section): string {
  const own = s.number ?? s.heading;
  if (!parent) return own;
  const pn = parent.section.number;
  if (s.number && pn && s.number.startsWith(pn + '.')) return parent.path + s.number.slice(pn.length);
  return `${parent.path}.${own}`;
}

/** Every section, depth first, in document order. */
export function* walkSections(sections: readonly Section[], parent: SectionVisit | null = null): Generator<SectionVisit> {
  for (const section of sections) {
    const v: SectionVisit = { section, path: childPath(parent, section), parent };
    yield v;
    yield* walkSections(section.children, v);
  }
}

/** `II.2 "Mục tiêu cụ thể"`: how messages name a section. */
export function sectionLabel(v: SectionVisit, max = 60): string {
  const h = v.section.heading.length > max ? v.section.heading.slice(0, max - 1).trimEnd() + '…' : v.section.heading;
  return v.section.number ? `${v.path} "${h}"` : `"${h}"`;
}

/** The usual Vietnamese heading for each kind, for messages. */
export const KIND_TITLES: Record<SectionKind, string> = {
  muc_dich: 'Mục đích, yêu cầu',
  muc_tieu: 'Mục tiêu',
  nhiem_vu: 'Nhiệm vụ, giải pháp',
  phan_cong: 'Tổ chức thực hiện / Phân công nhiệm vụ',
  kinh_phi: 'Kinh phí thực hiện',
  lo_trinh: 'Lộ trình thực hiện',
  phu_luc: 'Phụ lục',
  khac: 'other',
};

/** Shortens a text for a message. */
export function clip(s: string, max = 60): string {
  return s.length > max ? s.slice(0, max - 1).trimEnd() + '…' : s;
}
