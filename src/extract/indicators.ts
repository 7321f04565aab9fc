/**
 * Target indicators (chỉ tiêu) from the target sections only (EXTRACTION.md "Indicators"):
 * statements are split into clauses that each hold one value; value, unit, comparator and
 * target year are read with the Vietnamese number and keyword tables.
 */
import type { Block, ParagraphBlock, SourcePos, TableBlock } from '../model/blocks.js';
import type { Diagnostic } from '../model/diagnostics.js';
import type { Indicator } from '../model/plan.js';
import {
  ALWAYS_TARGET_HEADING_WORDS,
  GENERAL_TARGET_WORDS,
  TARGET_HEADING_WORDS,
} from '../text/keywords/sectionKinds.js';
import { NET_ZERO, STATUS_OPENERS } from '../text/keywords/indicators.js';
import { parseViNumber } from '../text/numbers.js';
import { containsAny, fold, squash } from '../text/vietnamese.js';
import { maskForValues, mentions, opFor, targetYear, UNIT_LIST, type Mention } from './indicators/values.js';
import { type SectionNode, walkSections } from './sections.js';
import { asDataTable, colOf, isColumnNumberRow, isRepeatedHeader } from './tables.js';
import { isLayoutTable } from './prepare.js';

export { targetYear } from './indicators/values.js';

// ---- which sections hold targets ------------------------------------------------------

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
  const out: SectionNode[] = [];
  const visit = (n: SectionNode): void => {
    if (n.annex) return;
    if (isTargetHeading(n) || (n.kinds.includes('muc_tieu') && !isGeneral(n) && !hasTargetBelow(n))) {
      out.push(n);
      return;
    }
    n.children.forEach(visit);
  };
  tree.forEach(visit);
  return out;
}

function* paragraphsOf(n: SectionNode): Generator<{ p: ParagraphBlock; node: SectionNode }> {
  for (const b of n.blocks) if (b.type === 'paragraph') yield { p: b, node: n };
  for (const c of n.children) if (!isGeneral(c)) yield* paragraphsOf(c);
}

function headingYear(n: SectionNode | null): number | null {
  for (let cur = n; cur; cur = cur.parent) {
    const y = targetYear(cur.heading);
    if (y) return y;
  }
  return null;
}

// ---- statements -----------------------------------------------------------------------

/** Splits a clause holding several values at the comma (or "và") before each new value. */
function splitByMentions(clause: string): string[] {
  const ms = mentions(clause);
  if (ms.length < 2) return [clause];
  const pieces: string[] = [];
  let from = 0;
  for (let i = 0; i + 1 < ms.length; i++) {
    // A value that opens its statement quantifies the subject ("100% các khu …, cụm công nghiệp
    // có tối thiểu 1 trạm"): later numbers qualify it, they do not start a new statement.
    if (clause.slice(from, ms[i]!.start).trim().split(/\s+/).filter(Boolean).length <= 2) continue;
    const gap = clause.slice(ms[i]!.end, ms[i + 1]!.start);
    let cut = gap.indexOf(',');
    if (cut < 0) {
      const v = gap.search(/\svà\s/u);
      cut = v >= 0 ? v : -1;
    }
    if (cut < 0) continue;
    const at = ms[i]!.end + cut;
    // Only split when the next part holds more than the value: a new subject, not "20% và 30%".
    if (fold(clause.slice(at + 1, ms[i + 1]!.start)).split(' ').filter(Boolean).length < 2 && /^\s*(va\s+)?$/.test(fold(clause.slice(at + 1, ms[i + 1]!.start)))) continue;
    pieces.push(clause.slice(from, at));
    from = at + 1;
  }
  pieces.push(clause.slice(from));
  return pieces.map((p) => p.replace(/^\s*(và\s+)?/u, '').trim()).filter(Boolean);
}

/** Splits at `sep`, but not inside parentheses ("(gồm 166 dự án thủy điện; 02 dự án …)"). */
function splitOutsideParens(s: string, sep: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '(') depth++;
    else if (ch === ')') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      out.push(s.slice(from, i));
      from = i + 1;
    }
  }
  out.push(s.slice(from));
  return out.map((x) => x.trim()).filter(Boolean);
}

function statements(text: string): string[] {
  const sentences = text.split(/(?<=[.!?])\s+(?=[\p{Lu}“"(])/u);
  const out: string[] = [];
  for (const s of sentences) {
    if (STATUS_OPENERS.some((o) => fold(s).startsWith(o))) continue;
    for (const c of splitOutsideParens(s, ';')) {
      const t = c.trim();
      if (t) out.push(...splitByMentions(t));
    }
  }
  return out;
}

function indicatorsOfText(text: string, fallbackYear: number | null, section: string | null, at: SourcePos): Indicator[] {
  const out: Indicator[] = [];
  const sentenceYear = targetYear(text);
  for (const st of statements(text)) {
    const clean = squash(st);
    const year = targetYear(clean) ?? sentenceYear ?? fallbackYear;
    if (NET_ZERO.test(clean) && /0/.test(clean)) {
      out.push({ text: clean, value: 0, unit: null, op: '=', change: null, year, section, at });
      continue;
    }
    const ms = mentions(clean);
    if (!ms.length) continue;
    // One clause, one indicator: its first value ("100% … (trên 40 ha)" keeps only 100 %).
    const m = ms[0]!;
    const ind: Indicator = { text: clean, value: m.value, unit: m.unit, op: opFor(clean, m), change: null, year, section, at };
    if (m.max !== undefined) ind.max = m.max;
    out.push(ind);
  }
  return out;
}

export function extractIndicators(blocks: Block[], tree: SectionNode[], _diagnostics: Diagnostic[]): Indicator[] {
  const out: Indicator[] = [];
  for (const target of targetSections(tree)) {
    let leadIn = null as { year: number | null; bullet: string | undefined } | null;
    for (const { p, node } of paragraphsOf(target)) {
      if (leadIn && p.bullet && p.bullet === leadIn.bullet) leadIn = null;
      const year = leadIn?.year ?? headingYear(node);
      out.push(...indicatorsOfText(p.text, year, node.path, p.at));
      if (/:\s*$/.test(p.text)) leadIn = { year: targetYear(p.text) ?? year, bullet: p.bullet };
    }
  }
  out.push(...indicatorTables(blocks, tree));
  return out;
}

// ---- indicator tables -------------------------------------------------------------------

function sectionOfLine(tree: SectionNode[], line: number): SectionNode | null {
  let found: SectionNode | null = null;
  for (const n of walkSections(tree)) if (n.at.line <= line) found = n;
  return found;
}

/** A unit cell as written, in normal case: "Doanh nghiệp" → "doanh nghiệp", "%" and "Tbps" kept. */
function normalUnit(u: string): string {
  if (u === '%' || /^phần trăm$/i.test(u)) return '%';
  const lower = u.toLocaleLowerCase('vi');
  return UNIT_LIST.includes(lower) ? lower : u;
}

/** Tables with a "Chỉ tiêu" column: each data row is one indicator. */
function indicatorTables(blocks: Block[], tree: SectionNode[]): Indicator[] {
  const out: Indicator[] = [];
  for (const b of blocks) {
    if (b.type !== 'table' || isLayoutTable(b as TableBlock)) continue;
    const t = asDataTable(b);
    if (!t) continue;
    const ci = colOf(t, 'indicator');
    if (ci < 0 || colOf(t, 'name') >= 0) continue;
    const cu = colOf(t, 'unit');
    // In an indicator table the "Kết quả" / "Mục tiêu" / year columns hold the target values.
    const valueCols = t.columns.filter((c) => c.role === 'target' || c.role === 'output' || (c.role === null && /\d{4}/.test(c.header))).map((c) => c.index);
    const node = sectionOfLine(tree, b.at.line);
    const cn = colOf(t, 'number');
    let groupYear: number | null = null;
    for (const r of t.rows) {
      if (isRepeatedHeader(r, t.headerTexts) || isColumnNumberRow(r)) continue;
      const name = squash(r.cells[ci]?.text ?? '');
      // Group rows ("I | Đến năm 2030") give the year of the rows below.
      const rowNo = cn >= 0 ? squash(r.cells[cn]?.text ?? '').replace(/\.$/, '') : '';
      if (/^[IVXLC]+$/.test(rowNo) || (!rowNo && r.cells.filter((c) => c.text.trim()).length === 1)) {
        groupYear = targetYear(r.cells.map((c) => c.text).join(' ')) ?? groupYear;
        continue;
      }
      if (!name) continue;
      const valueText = valueCols.map((i) => r.cells[i]?.text ?? '').find((x) => /\d/.test(x)) ?? '';
      const unitText = cu >= 0 ? squash(r.cells[cu]?.text ?? '') : '';
      const ms = mentions(`${valueText} ${unitText}`.trim());
      const num = /(\d+(?:[.,]\d+)*)/.exec(maskForValues(valueText));
      if (!num) continue;
      const value = parseViNumber(num[1]!);
      if (value == null) continue;
      const unit = unitText ? normalUnit(unitText) : ms[0]?.unit ?? (/%/.test(valueText) ? '%' : null);
      const opM: Mention = { start: valueText.indexOf(num[1]!), end: valueText.indexOf(num[1]!) + num[1]!.length, value, unit };
      const colHeader = valueCols.map((i) => t.columns[i]?.header ?? '').join(' ');
      const ind: Indicator = {
        text: name,
        value,
        unit,
        op: opFor(valueText, opM),
        change: null,
        year: targetYear(valueText) ?? targetYear(name) ?? groupYear ?? targetYear(colHeader) ?? headingYear(node),
        section: node?.path ?? null,
        at: r.at,
      };
      out.push(ind);
    }
  }
  return out;
}
