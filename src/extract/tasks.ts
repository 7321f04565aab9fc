/**
 * Annex task tables → tasks (EXTRACTION.md "Tasks"): group rows set group and title, numbered
 * rows are tasks, rows with an empty number continue the row above, header rows repeated after
 * a page break are dropped. Columns are found by header text.
 */
import type { Block, SourcePos, TableBlock } from '../model/blocks.js';
import { diag, type Diagnostic } from '../model/diagnostics.js';
import type { Task } from '../model/plan.js';
import { PRIORITY_MARKS } from '../text/keywords/columns.js';
import { isRoman } from '../text/numbers.js';
import { squash, upperRatio } from '../text/vietnamese.js';
import type { Frame } from './frame.js';
import { parseDeadline } from './dates.js';
import type { SectionNode } from './sections.js';
import { asDataTable, colOf, isColumnNumberRow, isRepeatedHeader, type DataTable, type GridCell, type GridRow } from './tables.js';
import { isLayoutTable } from './prepare.js';
import { splitUnits } from './units.js';

interface Draft {
  number: string;
  group: string | null;
  groupTitle: string | null;
  cells: GridCell[];
  at: SourcePos;
}

const TASK_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
// Group rows: "II", and sub-groups that carry their group's numeral ("III.1", "III.1.2").
const GROUP = /^([IVXLC]{1,6}(?:\.\d{1,3})*)\.?$/;
const GROUP_WITH_TITLE = /^([IVXLC]{1,6})[.:)\-–]?\s+(\S.*)$/u;
const LETTER_GROUP = /^([A-Z])\.?$/;

function joinCells(prev: GridCell, next: GridCell): GridCell {
  if (!next.text.trim() || next.fromRowSpan) return prev;
  if (!prev.text.trim()) return { ...next };
  const lines = [...prev.lines];
  const last = lines.pop() ?? '';
  const [first, ...rest] = next.lines.length ? next.lines : [next.text];
  return { text: squash(`${prev.text} ${next.text}`), lines: [...lines, squash(`${last} ${first ?? ''}`), ...rest], bold: prev.bold && next.bold, fromRowSpan: false };
}

function isTaskTable(t: DataTable): boolean {
  const roles = new Set(t.columns.map((c) => c.role));
  if (!roles.has('name')) return false;
  // A name column alone is not enough: budget tables have "TT | Nội dung | Dự toán…" too.
  return roles.has('lead') || roles.has('deadline') || roles.has('output') || roles.has('support');
}

/** Consecutive tables with the same header are one table cut by page breaks. */
function logicalTables(blocks: Block[]): { table: DataTable; index: number }[] {
  const out: { table: DataTable; index: number }[] = [];
  let tableNo = 0;
  let prev: { table: DataTable; index: number; blockIdx: number } | null = null;
  blocks.forEach((b, bi) => {
    if (b.type !== 'table') return;
    tableNo++;
    if (isLayoutTable(b as TableBlock)) return;
    const dt = asDataTable(b);
    if (dt) {
      if (prev && bi - prev.blockIdx <= 2 && dt.headerTexts.join('|') === prev.table.headerTexts.join('|')) {
        prev.table.rows.push(...dt.rows);
        prev.blockIdx = bi;
        return;
      }
      const entry = { table: dt, index: tableNo, blockIdx: bi };
      out.push(entry);
      prev = entry;
    } else if (prev && bi - prev.blockIdx <= 2) {
      // A headerless continuation of the previous table (the PDF or Word split it).
      const width = prev.table.columns.length;
      const rows = asRows(b);
      if (rows.length && rows.every((r) => r.cells.length <= width + 1)) {
        prev.table.rows.push(...rows);
        prev.blockIdx = bi;
      }
    }
  });
  return out.map(({ table, index }) => ({ table, index }));
}

function asRows(t: TableBlock): GridRow[] {
  return t.rows.map((r) => ({
    at: r.at,
    cells: r.cells.map((c) => ({ text: c.text, lines: c.lines.length ? c.lines : c.text ? [c.text] : [], bold: c.bold, fromRowSpan: false })),
  }));
}

export function extractTasks(blocks: Block[], _tree: SectionNode[], _frame: Frame, diagnostics: Diagnostic[]): Task[] {
  const tasks: Task[] = [];
  for (const { table, index } of logicalTables(blocks)) {
    if (!isTaskTable(table)) continue;
    tasks.push(...tableTasks(table, index, diagnostics));
  }
  const ids = new Set<string>();
  for (const t of tasks) {
    if (ids.has(t.id)) diagnostics.push(diag('warning', 'annex.duplicate-id', `task id ${t.id} appears more than once`, t.at));
    ids.add(t.id);
  }
  return tasks;
}

function tableTasks(t: DataTable, tableIndex: number, diagnostics: Diagnostic[]): Task[] {
  const c = {
    number: colOf(t, 'number'),
    name: colOf(t, 'name'),
    output: colOf(t, 'output'),
    deadline: colOf(t, 'deadline'),
    end: colOf(t, 'end'),
    lead: colOf(t, 'lead'),
    support: colOf(t, 'support'),
    priority: colOf(t, 'priority'),
  };
  const cellAt = (r: GridRow, i: number): GridCell | undefined => (i >= 0 ? r.cells[i] : undefined);
  const text = (r: GridRow, i: number): string => cellAt(r, i)?.text.trim() ?? '';
  const hasNumbers = c.number >= 0 && t.rows.some((r) => TASK_NUMBER.test(text(r, c.number)));
  const drafts: Draft[] = [];
  let group: string | null = null;
  let groupTitle: string | null = null;
  // Letter sections ("A", "B") above Roman groups that restart under each: ids keep the letter.
  let section: string | null = null;
  let seq = 0;
  t.rows.forEach((r, ri) => {
    const at: SourcePos = { ...r.at, table: tableIndex, row: ri + 1 };
    if (isRepeatedHeader(r, t.headerTexts) || isColumnNumberRow(r)) return;
    const filled = r.cells.filter((x) => x.text.trim() && !x.fromRowSpan);
    if (!filled.length) return;
    const num = text(r, c.number);
    const others = r.cells.filter((x, i) => i !== c.number && x.text.trim() && !x.fromRowSpan);
    // Group rows: a Roman numeral with a title, in one cell or two.
    let gm = GROUP.exec(num) ?? LETTER_GROUP.exec(num);
    let title: string | null = null;
    const nameCell = c.name >= 0 ? r.cells[c.name] : undefined;
    const titleLike = !!nameCell?.text.trim() && (nameCell.bold || upperRatio(nameCell.text) > 0.8);
    if (gm && (isRoman(gm[1]!.split('.')[0]!) || others.length <= 1 || titleLike)) title = (titleLike ? nameCell!.text : others[0]?.text) ?? '';
    else if (!gm) {
      const first = filled[0]!.text.trim();
      const m = GROUP_WITH_TITLE.exec(first);
      if (m && isRoman(m[1]!) && filled.length === 1) {
        gm = m;
        title = m[2]!;
      }
    }
    if (gm && title !== null) {
      const mark = gm[1]!;
      const titleText = squash(title.replace(/^[.:\-–\s]+/, '')) || null;
      if (LETTER_GROUP.test(mark) && !isRoman(mark)) {
        section = mark;
        group = mark;
      } else group = section ? `${section}.${mark}` : mark;
      groupTitle = titleText;
      return;
    }
    if (hasNumbers || c.number >= 0) {
      const m = TASK_NUMBER.exec(num);
      if (m) {
        if (!others.some((x) => x.text.trim())) return; // a numbered but empty form row
        drafts.push({ number: m[1]!, group, groupTitle, cells: r.cells.map((x) => ({ ...x })), at });
        return;
      }
      if (!num || /^[-+*•]$/.test(num)) {
        const prev = drafts[drafts.length - 1];
        if (prev && hasNumbers) {
          prev.cells = prev.cells.map((pc, i) => (i === c.number ? pc : joinCells(pc, r.cells[i] ?? { text: '', lines: [], bold: false, fromRowSpan: false })));
          diagnostics.push(diag('info', 'annex.row-continued', `row continues task ${prev.group ? `${prev.group}.` : ''}${prev.number}`, at));
          return;
        }
        if (hasNumbers) return;
      } else if (hasNumbers) {
        diagnostics.push(diag('warning', 'annex.row-unnumbered', `row with number "${num}" is not a task number; skipped`, at));
        return;
      }
    }
    // A table without numbers: each row with a name is a task, numbered in order.
    if (!text(r, c.name)) return;
    seq++;
    drafts.push({ number: String(seq), group, groupTitle, cells: r.cells.map((x) => ({ ...x })), at });
  });
  const ids = new Set(drafts.map((d) => (d.group ? `${d.group}.${d.number}` : d.number)));
  const useLines = t.source !== 'pdf';
  return drafts.map((d) => {
    const id = d.group ? `${d.group}.${d.number}` : d.number;
    const parentNumber = d.number.includes('.') ? d.number.slice(0, d.number.lastIndexOf('.')) : null;
    const parentId = parentNumber ? (d.group ? `${d.group}.${parentNumber}` : parentNumber) : null;
    const get = (i: number): string => (i >= 0 ? squash(d.cells[i]?.text ?? '') : '');
    const deadlineText = get(c.deadline) || get(c.end);
    const extra: Record<string, string> = {};
    t.columns.forEach((col) => {
      if (col.role && col.role !== 'note') return;
      const v = get(col.index);
      if (v && col.header) extra[col.header] = v;
    });
    const task: Task = {
      source: 'table',
      id,
      group: d.group,
      groupTitle: d.groupTitle,
      number: d.number,
      parent: parentId && ids.has(parentId) ? parentId : null,
      name: get(c.name),
      output: get(c.output),
      deadline: deadlineText ? { text: deadlineText, date: parseDeadline(deadlineText) } : null,
      lead: splitUnits(c.lead >= 0 ? d.cells[c.lead] : undefined, useLines),
      support: splitUnits(c.support >= 0 ? d.cells[c.support] : undefined, useLines),
      priority: PRIORITY_MARKS.test(get(c.priority)),
      at: d.at,
    };
    if (Object.keys(extra).length) task.extra = extra;
    return task;
  });
}
