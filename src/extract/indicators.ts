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
import { COMPARATORS_AFTER, COMPARATORS_BEFORE, COMPARATOR_SYMBOLS, NET_ZERO, STATUS_OPENERS, UNITS, type Op } from '../text/keywords/indicators.js';
import { parseViNumber } from '../text/numbers.js';
import { containsAny, escapeRegExp, fold, squash } from '../text/vietnamese.js';
import { findSymbols } from './references.js';
import { type SectionNode, walkSections } from './sections.js';
import { asDataTable, colOf, isColumnNumberRow, isRepeatedHeader } from './tables.js';
import { isLayoutTable } from './prepare.js';

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

// ---- years ----------------------------------------------------------------------------

const DATES = /\b(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}\b|\btháng\s+\d{1,2}\s*[/-]\s*\d{4}\b/giu;

/** Blanks dates and cited documents so their years are not taken for target years. */
function maskCitations(s: string): string {
  let out = s.replace(DATES, (m) => ' '.repeat(m.length));
  for (const sym of findSymbols(out)) out = out.slice(0, sym.index) + ' '.repeat(sym.end - sym.index) + out.slice(sym.end);
  return out;
}

const YEAR_AFTER_WORD = /(?:vào|đến|tới|trước|hết|cuối|trong|đạt|sau)\s+(?:năm\s+)?((?:19|20)\d{2})\b/giu;
const YEAR_RANGE = /((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})/gu;
const YEAR_WORD = /năm\s+((?:19|20)\d{2})\b/giu;

/** The target year a text names: "vào năm 2030", "đến 2045", the end of "2026 – 2030". */
export function targetYear(text: string): number | null {
  const s = maskCitations(text);
  let year: number | null = null;
  for (const m of s.matchAll(YEAR_AFTER_WORD)) year = +m[1]!;
  if (year) return year;
  for (const m of s.matchAll(YEAR_RANGE)) year = +m[2]!;
  if (year) return year;
  for (const m of s.matchAll(YEAR_WORD)) year = +m[1]!;
  return year;
}

function headingYear(n: SectionNode | null): number | null {
  for (let cur = n; cur; cur = cur.parent) {
    const y = targetYear(cur.heading);
    if (y) return y;
  }
  return null;
}

// ---- values ---------------------------------------------------------------------------

interface Mention {
  start: number;
  end: number;
  value: number;
  max?: number;
  unit: string | null;
}

const UNIT_LIST = [...UNITS].sort((a, b) => b.length - a.length);
const UNIT_RE = new RegExp(`^\\s*(${UNIT_LIST.map(escapeRegExp).join('|')})(?![\\p{L}\\d])`, 'iu');
const NUM = String.raw`\d+(?:[.,]\d+)*`;
const VALUE = new RegExp(
  String.raw`(?<![\p{L}\d.,/\-])(${NUM})\s*(%)?(?:\s*(?:-|–|—|đến|tới)\s*(${NUM}))?(?![\d])`,
  'gu',
);

/** Blanks what must not be read as values: quotes, parentheses, citations, years, "số 08". */
function maskForValues(s: string): string {
  const blank = (m: string): string => ' '.repeat(m.length);
  let out = maskCitations(s);
  out = out.replace(/“[^”]*”|"[^"]*"|‘[^’]*’/g, blank);
  out = out.replace(/\([^)]*\)/g, blank);
  out = out.replace(/\b(?:số|khóa|khoá|lần thứ|thứ|kỳ|nhiệm kỳ)\s+\d+\b/giu, blank);
  out = out.replace(/\b(?:năm|giai đoạn)\s+(?:19|20)\d{2}(?:\s*[-–—]\s*(?:19|20)\d{2})?/giu, blank);
  out = out.replace(/(?<![\d.,])(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/g, blank);
  return out;
}

function unitAfter(rest: string): { unit: string; length: number } | null {
  const m = UNIT_RE.exec(rest);
  if (!m) return null;
  const raw = m[1]!;
  // As written, in normal case: "Sản phẩm" → "sản phẩm"; "MW", "tỷ USD", "kWh" keep their capitals.
  const unit = /^\p{Lu}\p{Ll}/u.test(raw) ? raw.charAt(0).toLocaleLowerCase('vi') + raw.slice(1) : raw;
  return { unit: unit === 'phần trăm' ? '%' : unit, length: m[0].length };
}

function mentions(clause: string): Mention[] {
  const masked = maskForValues(clause);
  const out: Mention[] = [];
  for (const m of masked.matchAll(VALUE)) {
    const start = m.index!;
    let end = start + m[0].length;
    const value = parseViNumber(m[1]!);
    if (value == null) continue;
    const after = masked.slice(end);
    // A number glued to letters is a name ("5G"), unless the letters are a unit ("20ha");
    // one followed by "/digits" is a ratio or a date ("4/100.000", "12/2026").
    if (/^[\p{L}]/u.test(after) && !unitAfter(after)) continue;
    if (/^\s*\/\s*\d/.test(after)) continue;
    let unit: string | null = m[2] ? '%' : null;
    let max = m[3] ? parseViNumber(m[3]) ?? undefined : undefined;
    if (!unit) {
      const u = unitAfter(after);
      if (u) {
        unit = u.unit;
        end += u.length;
      } else if (/^\s*%/.test(after)) {
        unit = '%';
        end += after.indexOf('%') + 1;
      }
    }
    if (m[3] && !unit) {
      const u = unitAfter(masked.slice(end));
      if (u) {
        unit = u.unit;
        end += u.length;
      }
    }
    // "85%-90%": the range's second percent.
    if (unit === '%' && !m[3]) {
      const r = /^\s*[-–—]\s*(\d+(?:[.,]\d+)?)\s*%/.exec(masked.slice(end));
      if (r) {
        max = parseViNumber(r[1]!) ?? undefined;
        end += r[0].length;
      }
    }
    if (!unit) {
      // "tỷ lệ … đạt 100": a rate without its sign.
      if (/tỷ lệ|tỉ lệ/i.test(masked.slice(Math.max(0, start - 60), start)) && value <= 100 && !/^\s*[\p{L}]/u.test(after)) unit = '%';
      else continue;
    }
    const mention: Mention = { start, end, value, unit };
    if (max !== undefined && max > value) mention.max = max;
    out.push(mention);
  }
  return out;
}

function opFor(clause: string, m: Mention): Op {
  if (m.max !== undefined) return '>=';
  const before = fold(clause.slice(Math.max(0, m.start - 40), m.start));
  const rawBefore = clause.slice(Math.max(0, m.start - 4), m.start).trim();
  for (const [sym, op] of Object.entries(COMPARATOR_SYMBOLS)) if (rawBefore.endsWith(sym)) return op;
  let best: { at: number; op: Op } | null = null;
  for (const c of COMPARATORS_BEFORE) {
    const re = new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(c.phrase)}\\s*(?:muc\\s+|ty le\\s+|la\\s+|tu\\s+|dat\\s+)?$`);
    if (c.adjacent ? new RegExp(`(?:^|[^a-z0-9])${escapeRegExp(c.phrase)}\\s*$`).test(before) : re.test(before)) {
      const at = before.lastIndexOf(c.phrase);
      if (!best || at > best.at) best = { at, op: c.op };
    }
    if (!c.adjacent && !best) {
      const i = before.lastIndexOf(c.phrase);
      if (i >= 0 && before.length - i - c.phrase.length < 20) best = { at: i, op: c.op };
    }
  }
  if (best) return best.op;
  const after = fold(clause.slice(m.end, m.end + 30));
  for (const c of COMPARATORS_AFTER) if (after.startsWith(c.phrase) || after.startsWith(' ' + c.phrase) || new RegExp(`^\\s*\\S+\\s+${c.phrase}`).test(after)) return c.op;
  return '=';
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
      out.push({ text: clean, value: 0, unit: null, op: '=', year, section, at });
      continue;
    }
    const ms = mentions(clean);
    if (!ms.length) continue;
    // One clause, one indicator: its first value ("100% … (trên 40 ha)" keeps only 100 %).
    const m = ms[0]!;
    const ind: Indicator = { text: clean, value: m.value, unit: m.unit, op: opFor(clean, m), year, section, at };
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
        year: targetYear(valueText) ?? targetYear(name) ?? groupYear ?? targetYear(colHeader) ?? headingYear(node),
        section: node?.path ?? null,
        at: r.at,
      };
      out.push(ind);
    }
  }
  return out;
}
