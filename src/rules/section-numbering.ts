/**
 * GP004 section-numbering: in each list of sibling sections, numbers follow on without gaps or
 * repeats (I, II, III…; 1, 2, 3…; 4.1, 4.2…; a, b, c…). Seed 000 has two "III." → a finding.
 * A number missing from the headings is not a gap when the text just before holds it as a
 * numbered item ("1. Ủy ban nhân dân xã chịu trách nhiệm…" is a list item, not a heading).
 */
import { z } from 'zod';
import type { Section } from '../model/plan.js';
import { romanValue } from '../text/numbers.js';
import { defineRule, finding, posOf, type RuleFinding } from './types.js';
import { sectionLabel, visitSections, type SectionVisit } from './util.js';
import { en } from '../i18n/en.js';
import { trimEndWhile } from '../text/trim.js';

type Style = 'roman' | 'arabic' | 'letter';

const VI_LETTERS = 'abcdđeghiklmnopqrstuvxy';
const LATIN_LETTERS = 'abcdefghijklmnopqrstuvwxyz';

interface Num {
  style: Style;
  /** The number's own (last) component: "4.2" → 2. */
  value: number;
  /** The letter, for letter lists (two alphabets are in use: a, b, c, d, đ, e… and a…z). */
  letter?: string;
  /** "4.2" → "4"; "" for a single component. */
  prefix: string;
  raw: string;
}

function parseHeadingNumber(raw: string): Num | null {
  const s = trimEndWhile(raw.trim(), /[.)]/);
  if (/^\d+(\.\d+)*$/.test(s)) {
    const parts = s.split('.');
    return { style: 'arabic', value: parseInt(parts[parts.length - 1]!, 10), prefix: parts.slice(0, -1).join('.'), raw: s };
  }
  if (/^[IVXLC]+$/i.test(s) && s === s.toUpperCase()) {
    const v = romanValue(s);
    if (v !== null) return { style: 'roman', value: v, prefix: '', raw: s };
  }
  if (/^[a-zđ]$/.test(s)) {
    const i = VI_LETTERS.indexOf(s);
    return { style: 'letter', value: i >= 0 ? i + 1 : LATIN_LETTERS.indexOf(s) + 1, letter: s, prefix: '', raw: s };
  }
  return null;
}

function follows(prev: Num, cur: Num): boolean {
  if (cur.style === 'letter' && prev.letter && cur.letter) {
    for (const abc of [VI_LETTERS, LATIN_LETTERS]) {
      const i = abc.indexOf(prev.letter);
      if (i >= 0 && abc[i + 1] === cur.letter) return true;
    }
    return false;
  }
  return cur.value === prev.value + 1;
}

function isFirst(cur: Num): boolean {
  return cur.style === 'letter' ? cur.letter === 'a' : cur.value === 1;
}

function same(a: Num, b: Num): boolean {
  return a.style === b.style && (a.style === 'letter' ? a.letter === b.letter : a.value === b.value);
}

/** Numbers written as list items at the start of a line of `text`, in the style of `like`. */
function itemNumbers(text: string, like: Num): Num[] {
  const out: Num[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*([0-9]+(?:\.[0-9]+)*|[IVXLC]+|[a-zđ])[.)]\s/.exec(line);
    if (!m) continue;
    const n = parseHeadingNumber(m[1]!);
    if (n && n.style === like.style && n.prefix === like.prefix) out.push(n);
  }
  return out;
}

/** True when the numbered items of `text` bridge `from` (exclusive, null = the start) to `to`. */
function bridged(text: string, from: Num | null, to: Num): boolean {
  let prev = from;
  for (const n of itemNumbers(text, to)) {
    if (prev === null ? isFirst(n) : follows(prev, n)) prev = n;
  }
  return prev !== null && follows(prev, to);
}

function checkSiblings(list: readonly Section[], visits: Map<Section, SectionVisit>, parentText: string, out: RuleFinding[]): void {
  let prev: { num: Num; section: Section } | null = null;
  for (const s of list) {
    if (s.number === null) continue;
    const cur = parseHeadingNumber(s.number);
    if (!cur) continue;
    const v = visits.get(s)!;
    const label = sectionLabel(v);
    if (prev && prev.num.style !== cur.style) {
      prev = { num: cur, section: s };
      continue; // a different numbering style starts a new list
    }
    if (!prev) {
      if (!isFirst(cur) && !bridged(parentText, null, cur))
        out.push(finding(posOf(s.at), 'rule.numberingFirst', { label, number: cur.raw }));
    } else if (same(prev.num, cur)) {
      out.push(finding(posOf(s.at), 'rule.numberingRepeat', { label, number: cur.raw, line: prev.section.at.line }));
    } else if (!follows(prev.num, cur)) {
      if (cur.value < prev.num.value)
        out.push(finding(posOf(s.at), 'rule.numberingBackwards', { label, number: cur.raw, previous: prev.num.raw }));
      else if (!bridged(prev.section.text, prev.num, cur))
        out.push(finding(posOf(s.at), 'rule.numberingGap', { label, number: cur.raw, previous: prev.num.raw }));
    }
    prev = { num: cur, section: s };
  }
}

export default defineRule({
  id: 'GP004',
  slug: 'section-numbering',
  description: en['rule.about.GP004'],
  defaultSeverity: 'warning',
  options: z.object({}).strict(),
  run(plan) {
    const visits = new Map<Section, SectionVisit>();
    for (const v of visitSections(plan.sections)) visits.set(v.section, v);
    const out: RuleFinding[] = [];
    // Annexes ("PHỤ LỤC I", "PHỤ LỤC II") are numbered apart from the body's I, II, III.
    const isAnnex = (s: Section): boolean => s.kinds.includes('phu_luc');
    checkSiblings(
      plan.sections.filter((s) => !isAnnex(s)),
      visits,
      '',
      out,
    );
    checkSiblings(plan.sections.filter(isAnnex), visits, '', out);
    for (const v of visits.values()) checkSiblings(v.section.children, visits, v.section.text, out);
    return out;
  },
});
