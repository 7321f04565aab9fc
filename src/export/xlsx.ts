/**
 * The clerk's workbook (.xlsx): Tổng hợp (one row per input file, failed ones and expected
 * issuers without a plan included), Chỉ tiêu, Nhiệm vụ, Phân công, Mục, Kiểm tra. Written
 * with exceljs's streaming WorkbookWriter, one sheet at a time, one plan in memory at a time.
 *
 * - Cells are typed: numbers and years are numbers, full dates are dates shown dd/mm/yyyy,
 *   ids and section numbers are text. Nothing is a formula, so nothing can run.
 * - Header row frozen and filtered, widths set, long text wrapped; every row names its file
 *   and, where it has one, its position (line, page).
 * - Vietnamese unless `lang` is en: headers and values (≥ ≤ ≈ =, "Mục tiêu", "bảng"…).
 * - Deterministic: fixed document dates, zip entry dates fixed afterwards (zip-dates.ts), so the same inputs give the same
 *   bytes; written to a temp file renamed over the target (atomic).
 */
import ExcelJS from 'exceljs';
import { say, t, type Lang, type MessageKey } from '../i18n/index.js';
import { localMessage } from '../model/errors.js';
import type { Indicator, Plan, Section, SectionKind, Task } from '../model/plan.js';
import type { FileOverview } from '../model/overview.js';
import { fullDate, partialDateText, periodEnd } from './dates.js';
import { fixZipDates } from './zip-dates.js';
import { writeAtomic } from './atomic.js';

export interface WorkbookInput {
  /** Tổng hợp rows, in input order. */
  overviews: readonly FileOverview[];
  /** Per overview, the indexes of the other inputs that are the same plan (samePlans). */
  same: readonly number[][];
  /** Expected issuers (--expected) with no plan. */
  missing: readonly string[];
  /** Visits every good result in input order, one plan at a time (called once per sheet). */
  eachPlan(visit: (plan: Plan, file: string) => void): Promise<void>;
  lang: Lang;
}

type Kind = 'text' | 'number' | 'date';
interface Column {
  header: MessageKey;
  width: number;
  kind?: Kind;
  wrap?: boolean;
}
type Value = string | number | Date | null;

/** A fixed date for the workbook's properties and its zip entries (no timestamps: CLI.md). */
const FIXED_DATE = new Date(Date.UTC(2000, 0, 1));
/** Excel's limit for one cell. */
const MAX_CELL = 32_000;
const DATE_FORMAT = 'dd/mm/yyyy';
const OPS: Record<Indicator['op'], string> = { '>=': '≥', '<=': '≤', '~': '≈', '=': '=' };

const SHEETS = {
  overview: 'xlsx.sheet.overview',
  indicators: 'xlsx.sheet.indicators',
  tasks: 'xlsx.sheet.tasks',
  assignments: 'xlsx.sheet.assignments',
  sections: 'xlsx.sheet.sections',
  findings: 'xlsx.sheet.findings',
} as const satisfies Record<string, MessageKey>;

const FILE: Column = { header: 'xlsx.col.file', width: 28, wrap: true };
const LINE: Column = { header: 'xlsx.col.line', width: 7, kind: 'number' };
const PAGE: Column = { header: 'xlsx.col.page', width: 7, kind: 'number' };
const STT: Column = { header: 'xlsx.col.stt', width: 6, kind: 'number' };
const NUMBER: Column = { header: 'xlsx.col.documentNumber', width: 16 };
const TABLE: Column = { header: 'xlsx.col.table', width: 6, kind: 'number' };
const ROW: Column = { header: 'xlsx.col.row', width: 6, kind: 'number' };

const OVERVIEW: Column[] = [
  STT,
  FILE,
  { header: 'xlsx.col.status', width: 16 },
  { header: 'xlsx.col.error', width: 40, wrap: true },
  { header: 'xlsx.col.errorCode', width: 22 },
  { header: 'xlsx.col.issuer', width: 30, wrap: true },
  { header: 'xlsx.col.place', width: 14 },
  NUMBER,
  { header: 'xlsx.col.date', width: 12, kind: 'date' },
  { header: 'xlsx.col.title', width: 48, wrap: true },
  { header: 'xlsx.col.kind', width: 14 },
  { header: 'xlsx.col.sections', width: 8, kind: 'number' },
  { header: 'xlsx.col.indicators', width: 9, kind: 'number' },
  { header: 'xlsx.col.tableTasks', width: 11, kind: 'number' },
  { header: 'xlsx.col.textTasks', width: 11, kind: 'number' },
  { header: 'xlsx.col.assignments', width: 10, kind: 'number' },
  { header: 'xlsx.col.missingKinds', width: 24, wrap: true },
  { header: 'xlsx.col.checkErrors', width: 10, kind: 'number' },
  { header: 'xlsx.col.checkWarnings', width: 10, kind: 'number' },
  { header: 'xlsx.col.samePlan', width: 16, wrap: true },
];
const INDICATORS: Column[] = [
  STT,
  FILE,
  LINE,
  PAGE,
  NUMBER,
  { header: 'xlsx.col.section', width: 10 },
  { header: 'xlsx.col.indicator', width: 60, wrap: true },
  { header: 'xlsx.col.op', width: 7 },
  { header: 'xlsx.col.value', width: 10, kind: 'number' },
  { header: 'xlsx.col.max', width: 10, kind: 'number' },
  { header: 'xlsx.col.unit', width: 14, wrap: true },
  { header: 'xlsx.col.change', width: 10 },
  { header: 'xlsx.col.year', width: 8, kind: 'number' },
];
const TASKS: Column[] = [
  STT,
  FILE,
  LINE,
  PAGE,
  TABLE,
  ROW,
  NUMBER,
  { header: 'xlsx.col.source', width: 10 },
  { header: 'xlsx.col.id', width: 9 },
  { header: 'xlsx.col.group', width: 7 },
  { header: 'xlsx.col.groupTitle', width: 28, wrap: true },
  { header: 'xlsx.col.number', width: 7 },
  { header: 'xlsx.col.parent', width: 9 },
  { header: 'xlsx.col.task', width: 50, wrap: true },
  { header: 'xlsx.col.output', width: 30, wrap: true },
  { header: 'xlsx.col.deadline', width: 18, wrap: true },
  { header: 'xlsx.col.deadlineDate', width: 12, kind: 'date' },
  { header: 'xlsx.col.deadlineEnd', width: 12, kind: 'date' },
  { header: 'xlsx.col.lead', width: 26, wrap: true },
  { header: 'xlsx.col.support', width: 30, wrap: true },
  { header: 'xlsx.col.priority', width: 9 },
];
const ASSIGNMENTS: Column[] = [
  STT,
  FILE,
  LINE,
  PAGE,
  NUMBER,
  { header: 'xlsx.col.section', width: 10 },
  { header: 'xlsx.col.unit2', width: 32, wrap: true },
  { header: 'xlsx.col.duties', width: 80, wrap: true },
];
const SECTIONS: Column[] = [
  STT,
  FILE,
  LINE,
  PAGE,
  NUMBER,
  { header: 'xlsx.col.sectionPath', width: 12 },
  { header: 'xlsx.col.level', width: 6, kind: 'number' },
  { header: 'xlsx.col.sectionKinds', width: 20, wrap: true },
  { header: 'xlsx.col.heading', width: 60, wrap: true },
];
const FINDINGS: Column[] = [
  STT,
  FILE,
  LINE,
  PAGE,
  TABLE,
  ROW,
  { header: 'xlsx.col.rule', width: 26 },
  { header: 'xlsx.col.severity', width: 11 },
  { header: 'xlsx.col.message', width: 80, wrap: true },
];

const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

/**
 * About how many lines a wrapped text takes in a column `width` units wide (a unit is the width
 * of a digit): words laid greedily, line breaks after spaces and hyphens, capitals wider.
 */
export function lineCount(text: string, width: number): number {
  const room = Math.max(1, width - 1);
  const charWidth = (c: string): number => (c === ' ' ? 0.5 : c !== c.toLowerCase() ? 1.25 : 0.95);
  let lines = 0;
  for (const para of text.split('\n')) {
    lines++;
    let used = 0;
    for (const word of para.match(/[^\s-]*[\s-]*/g) ?? []) {
      if (!word) continue;
      let w = 0;
      for (const c of word) w += charWidth(c);
      if (used > 0 && used + w > room) {
        lines++;
        used = 0;
      }
      // a word longer than the line is cut wherever it reaches the edge
      while (w > room) {
        lines++;
        w -= room;
      }
      used += w;
    }
  }
  return Math.max(1, lines);
}

/** Text a cell can hold: XML-safe, within Excel's length limit. */
function clean(s: string): string {
  const out = s
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '');
  return out.length > MAX_CELL ? out.slice(0, MAX_CELL - 1) + '…' : out;
}

class Sheet {
  private n = 0;
  constructor(
    private readonly ws: ExcelJS.Worksheet,
    private readonly columns: readonly Column[],
  ) {}

  /** Adds a row; STT (when the first column) is filled in here. */
  add(values: Value[]): void {
    const all = (this.columns[0] === STT ? [++this.n, ...values] : values).map((v) => (typeof v === 'string' ? clean(v) : (v ?? null)));
    const row = this.ws.addRow(all);
    const lines = Math.max(
      1,
      ...all.map((v, i) => (typeof v === 'string' && this.columns[i]?.wrap ? lineCount(v, this.columns[i]!.width) : 1)),
    );
    // Spreadsheets do not grow a row for wrapped text they did not lay out themselves: say how tall.
    if (lines > 1) row.height = Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 3);
    row.commit();
  }

  async commit(): Promise<void> {
    await this.ws.commit();
  }
}

async function openSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, name: string, columns: readonly Column[], lang: Lang): Promise<Sheet> {
  const ws = wb.addWorksheet(name, {
    views: [{ state: 'frozen', xSplit: 0, ySplit: 1, activeCell: 'A2' }],
    pageSetup: { paperSize: 9, orientation: 'landscape', fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  ws.columns = columns.map((c) => {
    const style: Partial<ExcelJS.Style> = { alignment: { vertical: 'top', wrapText: !!c.wrap } };
    if (c.kind === 'date') style.numFmt = DATE_FORMAT;
    if (!c.kind || c.kind === 'text') style.numFmt = '@';
    return { width: c.width, style };
  });
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: columns.length } };
  const titles = columns.map((c) => t(c.header, undefined, lang));
  const header = ws.addRow(titles);
  header.height = Math.max(...titles.map((h, i) => lineCount(h, columns[i]!.width))) * LINE_HEIGHT + 4;
  header.font = { bold: true };
  header.alignment = { vertical: 'middle', wrapText: true };
  header.eachCell((cell) => {
    cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
    cell.border = { bottom: { style: 'thin' } };
  });
  header.commit();
  return new Sheet(ws, columns);
}

function kindsText(kinds: readonly SectionKind[], lang: Lang): string {
  return kinds.map((k) => t(`xlsx.kind.${k}`, undefined, lang)).join('; ');
}

function docDate(s: string | null): Value {
  if (!s) return null;
  return fullDate(s) ?? partialDateText(s);
}

function overviewRows(sheet: Sheet, input: WorkbookInput): void {
  const { lang } = input;
  input.overviews.forEach((o, i) => {
    const d = o.document;
    const c = o.counts;
    const same = input.same[i] ?? [];
    sheet.add([
      o.file,
      t(`xlsx.status.${o.status}`, undefined, lang),
      o.error ? localMessage(o.error, lang) : null,
      o.error?.code ?? null,
      d?.issuer ?? null,
      d?.place ?? null,
      d?.number ?? null,
      docDate(d?.date ?? null),
      d?.title ?? null,
      d ? t(`xlsx.docKind.${d.kind}`, undefined, lang) : null,
      c?.sections ?? null,
      c?.indicators ?? null,
      c?.tableTasks ?? null,
      c?.textTasks ?? null,
      c?.assignments ?? null,
      o.missingKinds.length ? kindsText(o.missingKinds, lang) : null,
      o.status === 'failed' ? null : o.checkErrors,
      o.status === 'failed' ? null : o.checkWarnings,
      same.length ? t('xlsx.samePlanAs', { rows: same.map((j) => j + 1).join(', ') }, lang) : null,
    ]);
  });
  for (const issuer of input.missing) {
    sheet.add([null, t('xlsx.status.missing', undefined, lang), null, null, issuer, ...Array(14).fill(null)]);
  }
}

function pos(at: { line: number; page?: number }): Value[] {
  return [at.line, at.page ?? null];
}

function taskRow(task: Task, file: string, number: string | null, lang: Lang): Value[] {
  const deadline = task.deadline;
  return [
    file,
    ...pos(task.at),
    task.at.table ?? null,
    task.at.row ?? null,
    number,
    t(`xlsx.source.${task.source}`, undefined, lang),
    task.id,
    task.group,
    task.groupTitle,
    task.number,
    task.parent,
    task.name,
    task.output,
    deadline?.text ?? null,
    fullDate(deadline?.date),
    periodEnd(deadline?.date),
    task.lead.join('; ') || null,
    task.support.join('; ') || null,
    task.priority ? 'x' : null,
  ];
}

function sectionRows(sheet: Sheet, sections: readonly Section[], file: string, number: string | null, lang: Lang): void {
  for (const s of sections) {
    sheet.add([file, ...pos(s.at), number, s.path, s.level, kindsText(s.kinds, lang), s.heading]);
    sectionRows(sheet, s.children, file, number, lang);
  }
}

/** Writes the workbook at `path` (atomically). */
export function writeWorkbook(path: string, input: WorkbookInput): Promise<void> {
  return writeAtomic(path, async (tmp) => {
    await writeTo(tmp, input);
    await fixZipDates(tmp);
  });
}

async function writeTo(file: string, input: WorkbookInput): Promise<void> {
  const { lang } = input;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useStyles: true, useSharedStrings: true });
  wb.creator = 'ghplan';
  wb.lastModifiedBy = 'ghplan';
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  const name = (k: keyof typeof SHEETS): string => t(SHEETS[k], undefined, lang);

  const overview = await openSheet(wb, name('overview'), OVERVIEW, lang);
  overviewRows(overview, input);
  await overview.commit();

  const indicators = await openSheet(wb, name('indicators'), INDICATORS, lang);
  await input.eachPlan((plan, f) => {
    for (const i of plan.indicators) {
      const change = i.change ? t(`xlsx.change.${i.change}`, undefined, lang) : null;
      indicators.add([f, ...pos(i.at), plan.document.number, i.section, i.text, OPS[i.op], i.value, i.max ?? null, i.unit, change, i.year]);
    }
  });
  await indicators.commit();

  const tasks = await openSheet(wb, name('tasks'), TASKS, lang);
  await input.eachPlan((plan, f) => {
    for (const task of plan.tasks) tasks.add(taskRow(task, f, plan.document.number, lang));
  });
  await tasks.commit();

  const assignments = await openSheet(wb, name('assignments'), ASSIGNMENTS, lang);
  await input.eachPlan((plan, f) => {
    for (const a of plan.assignments) assignments.add([f, ...pos(a.at), plan.document.number, a.section, a.unit, a.duties.join('\n')]);
  });
  await assignments.commit();

  const sections = await openSheet(wb, name('sections'), SECTIONS, lang);
  await input.eachPlan((plan, f) => sectionRows(sections, plan.sections, f, plan.document.number, lang));
  await sections.commit();

  const findings = await openSheet(wb, name('findings'), FINDINGS, lang);
  for (const o of input.overviews) {
    for (const x of o.findings) {
      findings.add([
        o.file,
        x.line,
        x.page,
        x.table,
        x.row,
        `${x.ruleId} ${x.slug}`,
        t(`severity.${x.severity}`, undefined, lang),
        x.text && lang !== 'en' ? say(x.text, lang) : x.message,
      ]);
    }
  }
  await findings.commit();
  await wb.commit();
}
