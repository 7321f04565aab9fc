/**
 * Target indicators (chỉ tiêu) from the target sections only (EXTRACTION.md "Indicators"):
 * paragraphs are split into statements that each measure one thing; each statement's value,
 * unit, comparator, change and target year are read with the keyword tables of src/text.
 */
import type { Block, ParagraphBlock } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import type { Indicator } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import { NET_ZERO } from '../text/keywords/indicators.js';
import { hasMoreWords, sameKey } from '../text/vietnamese.js';
import { changeFor } from './indicators/change.js';
import { endsWithWord, opFor } from './indicators/comparator.js';
import { indicatorTables } from './indicators/indicator-tables.js';
import { maskForValues } from './indicators/mask.js';
import { isLeadOnly, isLed, statements } from './indicators/split.js';
import { headingYear, paragraphsOf, targetSections } from './indicators/target-sections.js';
import { mentions, type Mention } from './indicators/values.js';
import { targetYear, titleYear } from './indicators/years.js';
import type { SectionNode } from './sections.js';
import { positionsIn } from './positions.js';

export { targetYear, titleYear } from './indicators/years.js';
export { targetSections } from './indicators/target-sections.js';

const RATE = /(?:^|[^\p{L}])t[ỷỉ] lệ(?![\p{L}])/iu;

// The rest of the first value's noun (a few words), then "xuống"/"lên", then only lead words.
const FROM_TO = /^(?:\S+\s+){0,6}?(?:xuống|lên)(?:\s|$)(.*)$/u;

export interface IndicatorContext {
  /** The plan's title: the end of its own period is the last fallback for the year. */
  title: string | null;
}

/** "từ 5% xuống 3%", "từ 23 ca sinh/1.000 phụ nữ xuống 18 ca …": the first number is where the level starts. */
function isFromValue(s: string, a: Mention, b: Mention | undefined): boolean {
  // the word before the value: a short window, so that many values cost linear time
  if (!b || !endsWithWord(sameKey(s.slice(Math.max(0, a.start - 6), a.start)), 'từ')) return false;
  const gap = FROM_TO.exec(sameKey(s.slice(a.end, b.start)));
  return !!gap && isLeadOnly(gap[1]!);
}

/**
 * How surely a value is the statement's target: a percent of the subject ("100% xã … có ít
 * nhất 04 tin") or a value opening the statement first, then one after a target verb or
 * comparator ("tốc độ 1 Gb/s đạt 100%"), then one with a listed unit.
 */
function weight(s: string, m: Mention, before: string, first: boolean): number {
  const led = isLed(before);
  // A bare number (no measure word) counts only after a target verb or comparator.
  if (!m.unit && !led) return -1;
  let w = led ? 2 : 0;
  if (m.unit === '%' && !led && first) w += 5;
  if (m.unit && !hasMoreWords(s, 0, m.start, 2)) w += 4;
  // A rate ("tỷ lệ …") is measured in percent: "tỷ lệ … trẻ em dưới 5 tuổi xuống dưới 15%".
  if (m.unit === '%' && RATE.test(s)) w += 1;
  if (m.unit && m.known) w += 1;
  return w;
}

/** The value a statement targets, with the text between the value before it and it. */
function mainValue(s: string): { m: Mention; before: string } | null {
  const ms = mentions(s);
  const masked = maskForValues(s);
  let best: { m: Mention; before: string; w: number } | null = null;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    if (isFromValue(s, m, ms[i + 1])) continue;
    const before = masked.slice(i > 0 && !isFromValue(s, ms[i - 1]!, m) ? ms[i - 1]!.end : 0, m.start);
    const w = weight(s, m, before, !best);
    if (w < 0) continue;
    if (!best || w > best.w) best = { m, before, w };
  }
  return best;
}

/** The indicators of one paragraph, each at the column where its statement starts (text input). */
function indicatorsOfParagraph(p: ParagraphBlock, fallbackYear: number | null, section: string | null): Result<Indicator[]> {
  const out: Indicator[] = [];
  const diagnostics: Diagnostic[] = [];
  const text = p.text;
  // Most paragraphs of a target section hold no number at all.
  if (!/\d/.test(text)) return result(out);
  const sentenceYear = targetYear(text);
  const positionAt = positionsIn(p);
  let cursor = 0;
  for (const st of statements(text)) {
    const found = text.indexOf(st, cursor);
    if (found >= 0) cursor = found + st.length;
    if (!/\d/.test(st)) continue;
    const clean = st.replace(/\s+/g, ' ').trim();
    // where the statement's text starts in the paragraph (-1: not found as written)
    const start = found < 0 ? -1 : found + st.length - st.trimStart().length;
    const at = positionAt(start);
    const year = targetYear(clean) ?? sentenceYear ?? fallbackYear;
    if (NET_ZERO.test(clean) && /0/.test(clean)) {
      out.push({ text: clean, value: 0, unit: null, op: '=', change: null, year, section, at });
      continue;
    }
    const main = mainValue(clean);
    if (!main) continue;
    const { m, before } = main;
    const ind: Indicator = {
      text: clean,
      value: m.value,
      unit: m.unit,
      op: opFor(clean, m, before),
      change: changeFor(before),
      year,
      section,
      at,
    };
    if (m.max !== undefined) ind.max = m.max;
    out.push(ind);
    if (!m.known) {
      diagnostics.push(
        diag(
          'info',
          'indicator.unknown-unit',
          `"${m.unit}" after ${m.value} is not in the measure-word list; kept as the unit`,
          start < 0 ? at : positionAt(start + m.start),
        ),
      );
    }
  }
  return result(out, diagnostics);
}

export function extractIndicators(blocks: Block[], tree: SectionNode[], context: IndicatorContext): Result<Indicator[]> {
  const out: Indicator[] = [];
  const diagnostics: Diagnostic[] = [];
  const planYear = titleYear(context.title);
  for (const target of targetSections(tree)) {
    let leadIn = null as { year: number | null; bullet: string | undefined } | null;
    for (const { p, node } of paragraphsOf(target)) {
      if (leadIn && p.bullet && p.bullet === leadIn.bullet) leadIn = null;
      const year = leadIn?.year ?? headingYear(node) ?? planYear;
      const found = indicatorsOfParagraph(p, year, node.path);
      out.push(...found.value);
      diagnostics.push(...found.diagnostics);
      if (/:\s*$/.test(p.text)) leadIn = { year: targetYear(p.text) ?? year, bullet: p.bullet };
    }
  }
  out.push(...indicatorTables(blocks, tree, planYear));
  return result(out, diagnostics);
}
