/**
 * Labelled fields written in the text (EXTRACTION.md "Tasks written in the text"): a paragraph,
 * bullet or clause that opens with a label and a colon ("Đơn vị chủ trì: Phòng Kinh tế"). The
 * labels are keyword data shared with the task table's column headers; diacritics, case and
 * bold/italic markup are ignored, and a label may carry qualifiers before its colon.
 */
import { FIELD_LABELS, LABEL_HEADING_WORDS, LABEL_QUALIFIERS, type FieldRole } from '../text/keywords/columns.js';
import { escapeRegExp, fold, squash } from '../text/vietnamese.js';
import { trimEndWhile, trimStartWhile } from '../text/trim.js';
import { PARENS, replaceDelimited } from '../text/brackets.js';

export interface Field {
  role: FieldRole;
  /** The label as written, without its colon: "Cơ quan chủ trì". */
  label: string;
  /** The text after the colon up to the next field, trailing punctuation dropped ("" when the value follows on the next lines). */
  value: string;
}

export interface FieldedText {
  /** The text before the first field, trailing punctuation dropped. */
  content: string;
  fields: Field[];
}

const LABELS = [...new Map(FIELD_LABELS.map((l) => [l.phrase, l])).values()].sort((a, b) => b.phrase.length - a.phrase.length);
const QUALIFIERS = [...LABEL_QUALIFIERS].sort((a, b) => b.length - a.length);
// The label part: short, no sentence punctuation, then the colon.
const LABEL_PART = /^([^:;.!?\n]{2,60}?)\s*:/u;
// Markup and bullets that may stand before a label.
const LEAD_IN = /^[\s*_"“'\-–+•]+/u;

function consumeQualifiers(rest: string): boolean {
  let r = rest;
  while (r) {
    const q = QUALIFIERS.find((x) => r === x || r.startsWith(x + ' '));
    if (!q) return false;
    r = r.slice(q.length).trim();
  }
  return true;
}

/** The role of a label text ("Đơn vị chủ trì thực hiện"), or null when it is no field label. */
export function labelRole(labelText: string): FieldRole | null {
  const f = trimEndWhile(fold(replaceDelimited(labelText.replace(/[*_]/g, ' '), PARENS, () => ' ')), /[\s,]/);
  for (const l of LABELS) {
    if (f !== l.phrase && !f.startsWith(l.phrase + ' ')) continue;
    if (consumeQualifiers(f.slice(l.phrase.length).trim())) return l.role;
  }
  return null;
}

/** The field that opens `s` (after bullets and markup): its role, label and where its value starts. */
export function fieldAt(s: string): { role: FieldRole; label: string; valueStart: number } | null {
  const lead = LEAD_IN.exec(s)?.[0].length ?? 0;
  const m = LABEL_PART.exec(s.slice(lead));
  if (!m) return null;
  const role = labelRole(m[1]!);
  if (!role) return null;
  return { role, label: squash(m[1]!.replace(/[*_]/g, ' ')), valueStart: lead + m[0].length };
}

const count = (s: string, ch: string): number => s.split(ch).length - 1;

/**
 * A value without markup, white space folded, outer punctuation dropped, and the parenthesis
 * that fields written in brackets leave behind ("Xây dựng quy chế (Cơ quan chủ trì: Sở Tư pháp)").
 */
export function tidyValue(s: string): string {
  let t = trimEndWhile(trimStartWhile(squash(s.replace(/[*_]{1,3}/g, ' ')), /[\s:;,.]/), /[\s;,.]/);
  for (;;) {
    const before = t;
    if (t.endsWith('(')) t = t.slice(0, -1);
    else if (t.endsWith(')') && count(t, ')') > count(t, '(')) t = t.slice(0, -1);
    t = trimEndWhile(t, /[\s;,.]/);
    if (t === before) return t;
  }
}

/**
 * Where a field may start: the text's start, after a ";", a full stop or an opening parenthesis
 * ("… ; Thời gian: …", "… (Cơ quan chủ trì: …)"), and at the start of a source line (a line
 * break inside one paragraph).
 */
function candidates(text: string, lineStarts: readonly string[]): number[] {
  const out = new Set<number>([0]);
  for (const m of text.matchAll(/;\s*|\(\s*|\.\s+(?=[*_"“\-–+•]*\p{Lu})/gu)) out.add(m.index! + m[0].length);
  let from = 0;
  for (const line of lineStarts.slice(1)) {
    const l = squash(line);
    if (!l) continue;
    const i = text.indexOf(l, from);
    if (i < 0) continue;
    out.add(i);
    from = i + l.length;
  }
  return [...out].sort((a, b) => a - b);
}

/** Splits a paragraph into its content and the labelled fields in it. */
export function splitFields(text: string, lineStarts: readonly string[] = []): FieldedText {
  const starts: { at: number; role: FieldRole; label: string; valueAt: number }[] = [];
  for (const at of candidates(text, lineStarts)) {
    const f = fieldAt(text.slice(at));
    if (f) starts.push({ at, role: f.role, label: f.label, valueAt: at + f.valueStart });
  }
  if (!starts.length) return { content: tidyValue(text), fields: [] };
  const fields = starts.map((s, i) => ({
    role: s.role,
    label: s.label,
    value: tidyValue(text.slice(s.valueAt, starts[i + 1]?.at ?? text.length)),
  }));
  return { content: tidyValue(text.slice(0, starts[0]!.at)), fields };
}

/** True when `text` opens with a field label ("b) Cơ quan thực hiện: …" without its number). */
export function opensWithField(text: string): boolean {
  return fieldAt(text) !== null;
}

const LABEL_HEADING = new RegExp(`^(?:${LABEL_HEADING_WORDS.map(escapeRegExp).join('|')})\\s+(?:so\\s+)?(?:\\d{1,3}|[ivxlc]{1,5}|[a-z])$`);

/** A heading that is only a label with a number ("Hoạt động 1", "Nhiệm vụ 2"). */
export function isLabelHeading(heading: string): boolean {
  return LABEL_HEADING.test(trimEndWhile(fold(heading), /[\s.:;,]/));
}
