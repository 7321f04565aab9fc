/**
 * Who does what (EXTRACTION.md "Assignments"), from sections of kind `phan_cong`: a unit is a
 * short sub-heading that names it, or the subject that opens a numbered item. Items that name
 * no unit are not assignments; a unit named twice is listed once with both sets of duties.
 */
import type { ParagraphBlock } from '../model/blocks.js';
import type { Assignment } from '../model/plan.js';
import { NOUN_MAKERS, SUBJECT_VERBS, UNIT_HEADS, UNIT_PREFIXES } from '../text/keywords/organisations.js';
import { escapeRegExp, fold, sameKey, squash, words } from '../text/vietnamese.js';
import { parseNumbering } from './headings.js';
import type { SectionNode } from './sections.js';
import { walkSections } from './sections.js';

const VERBS = [...SUBJECT_VERBS].sort((a, b) => b.length - a.length);
const VERB_RE = new RegExp(`(?<![\\p{L}])(${VERBS.map(escapeRegExp).join('|')})(?![\\p{L}])`, 'gu');
const VERBS_FOLDED = VERBS.map(fold);
const MAKERS = NOUN_MAKERS.map((m) => m.toLowerCase());

/** The unit a heading or an item names, or null: "4. Giao phòng Kinh tế xã chủ trì…" → "phòng Kinh tế xã". */
export function subjectOf(text: string): { unit: string; rest: string } | null {
  // Notes in parentheses are not part of the unit: "Sở Tài chính (cơ quan chủ trì)".
  let t = squash(squash(text).replace(/[*_]+/g, '').replace(/\([^)]*\)/g, ' '));
  t = t.replace(UNIT_PREFIXES, '');
  const f = fold(t);
  if (!UNIT_HEADS.some((h) => f === h || f.startsWith(h + ' '))) return null;
  // "Ban hành…", "Tổ chức…": a sentence that opens with a verb names no unit, unless the verb
  // is also a title followed by a name ("Lãnh đạo Ban Dân nguyện").
  const verb = VERBS_FOLDED.find((v) => f.startsWith(v + ' ') && !UNIT_HEADS.some((h) => h.length > v.length && f.startsWith(h + ' ')));
  if (verb) {
    const next = t.split(/\s+/)[verb.split(' ').length] ?? '';
    if (!(UNIT_HEADS.includes(verb) && /^\p{Lu}/u.test(next))) return null;
  }
  let cut = -1;
  for (const m of t.matchAll(VERB_RE)) {
    const i = m.index!;
    if (i === 0) continue;
    const before = t.slice(0, i).trimEnd().toLowerCase();
    if (MAKERS.some((mk) => before.endsWith(' ' + mk) || before === mk)) continue;
    cut = i;
    break;
  }
  const unit = (cut >= 0 ? t.slice(0, cut) : t).replace(/[\s,;:.\-–]+$/, '').trim();
  const rest = cut >= 0 ? t.slice(cut).trim() : '';
  if (!unit || words(unit).length > 32) return null;
  // The colon form: "Sở Tài chính: chủ trì …".
  const colon = unit.indexOf(':');
  if (colon > 0) return { unit: unit.slice(0, colon).trim(), rest: `${unit.slice(colon + 1).trim()} ${rest}`.trim() };
  return { unit, rest };
}

function subtreeTexts(n: SectionNode): string[] {
  const out = n.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((p) => p.text);
  for (const c of n.children) out.push(`${c.number ? `${c.number}. ` : ''}${c.heading}`, ...subtreeTexts(c));
  return out;
}

function roots(tree: SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  const visit = (n: SectionNode): void => {
    if (n.annex) return;
    if (n.kinds.includes('phan_cong')) out.push(n);
    else n.children.forEach(visit);
  };
  tree.forEach(visit);
  return out;
}

export function extractAssignments(tree: SectionNode[]): Assignment[] {
  const byKey = new Map<string, Assignment>();
  const add = (unit: string, duties: string[], section: string | null, at: Assignment['at']): void => {
    const key = sameKey(unit);
    const found = byKey.get(key);
    const clean = duties.map(squash).filter(Boolean);
    if (found) found.duties.push(...clean);
    else byKey.set(key, { unit, duties: clean, section, at });
  };
  for (const root of roots(tree)) {
    for (const node of walkSections([root])) {
      if (node !== root) {
        const s = subjectOf(node.heading);
        if (s) {
          add(s.unit, [s.rest, ...node.blocks.filter((b): b is ParagraphBlock => b.type === 'paragraph').map((p) => p.text)].filter(Boolean), node.path, node.at);
          for (const c of node.children) if (!subjectOf(c.heading)) add(s.unit, subtreeTexts(c), node.path, node.at);
        }
      }
      // Numbered items (sentences) directly under the node.
      let current: Assignment | null = null;
      for (const b of node.blocks) {
        if (b.type !== 'paragraph') continue;
        const n = parseNumbering(b.text);
        if (n && !b.bullet) {
          const s = subjectOf(n.rest);
          current = null;
          if (s) {
            add(s.unit, [s.rest], node.path, b.at);
            current = byKey.get(sameKey(s.unit)) ?? null;
          }
          continue;
        }
        // Bulleted lines under a numbered item are its duties; bullets never name units
        // (the contract counts numbered headings and numbered items only).
        if (current && b.bullet) current.duties.push(squash(b.text));
      }
    }
  }
  return [...byKey.values()];
}
