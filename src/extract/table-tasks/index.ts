/**
 * Task tables → tasks, in named steps: find the columns (a schedule without a task column takes
 * its content column as the name), classify each row (rows.ts), gather drafts (a task with its
 * cut rows, sub-rows and sub-tasks), then ids and Task objects (build.ts).
 */
import type { SourcePos } from '../../model/blocks.js';
import { diag, type Diagnostic } from '../../model/diagnostics.js';
import type { Task } from '../../model/plan.js';
import { result, type Result } from '../../model/result.js';
import { colOf, type DataTable, type GridCell, type GridRow } from '../tables.js';
import { assignIds, joinCells, toTask, type Draft } from './build.js';
import { newGroupState } from './groups.js';
import { fold } from '../../text/vietnamese.js';
import { classifyRow, type RowContext, type TaskColumns } from './rows.js';

/** What a table gives: tasks (a task column with a lead or deadline column), a schedule (annex, deadline, no task column), or nothing. */
export function taskColumns(t: DataTable, inAnnex: boolean): TaskColumns | null {
  const c: TaskColumns = {
    number: colOf(t, 'number'),
    name: colOf(t, 'name'),
    output: colOf(t, 'output'),
    deadline: colOf(t, 'deadline'),
    end: colOf(t, 'end'),
    lead: colOf(t, 'lead'),
    support: colOf(t, 'support'),
    priority: colOf(t, 'priority'),
  };
  const when = c.deadline >= 0 || c.end >= 0;
  if (c.name >= 0) {
    // A name column alone is not enough: budget tables have "TT | Nội dung | Dự toán…" too.
    return c.lead >= 0 || when || c.output >= 0 || c.support >= 0 ? c : null;
  }
  if (!inAnnex || !when || colOf(t, 'indicator') >= 0) return null;
  // The date column of a schedule opens with its word ("Thời gian kiểm tra"), not "Tên phương tiện đo".
  const dateHeader = fold(t.columns[c.deadline >= 0 ? c.deadline : c.end]!.header);
  if (!/^(thoi gian|thoi han|tien do|han|moc|nam|ngay|thang|ket thuc)\b/.test(dateHeader)) return null;
  // An inspection schedule (STT | the body inspected | its date): the content column is the name.
  const SIDE = new Set(['number', 'deadline', 'start', 'end', 'lead', 'support', 'priority', 'note']);
  const content = t.columns.find((col) => !col.role || !SIDE.has(col.role));
  if (!content) return null;
  content.role = 'name';
  return { ...c, name: content.index };
}

/** A year in the deadline header ("Thời gian (năm 2027)") completes the dates of its cells. */
function headerYear(t: DataTable, c: TaskColumns): number | null {
  const h = t.columns[c.deadline >= 0 ? c.deadline : c.end]?.header ?? '';
  const m = /\b((?:19|20)\d{2})\b/.exec(h);
  return m ? Number(m[1]) : null;
}

const ownCells = (cells: GridCell[]): GridCell[] =>
  cells.map((x) => (x.fromRowSpan ? { text: '', lines: [], bold: false, fromRowSpan: false } : { ...x }));

/** What gathering the drafts of one table keeps between rows. */
interface Gathering {
  ctx: RowContext;
  drafts: Draft[];
  /** Numbers given to the rows of a table without a number column. */
  seq: number;
  tableIndex: number;
  diagnostics: Diagnostic[];
}

/** Rows → drafts: each task row opens a draft; cut rows, sub-rows and sub-tasks attach to it. */
function gatherDrafts(t: DataTable, cols: TaskColumns, tableIndex: number): Result<Draft[]> {
  const numbered =
    cols.number >= 0 &&
    t.rows.some((r) => /^\d{1,3}(\.\d{1,3})*\.?$/.test(r.cells[cols.number]?.text.trim() ?? '') && !r.cells[cols.number]!.fromRowSpan);
  const st: Gathering = {
    ctx: { cols, numbered, groups: newGroupState(), prev: null, above: null },
    drafts: [],
    seq: 0,
    tableIndex,
    diagnostics: [],
  };
  for (const r of t.rows) addRow(st, r);
  return result(st.drafts, st.diagnostics);
}

/** One row, as classifyRow says: a group row, more of a group title, a task, a sub-task, a sub-row, a cut row. */
function addRow(st: Gathering, r: GridRow): void {
  const { ctx } = st;
  const at: SourcePos = { ...r.at, table: st.tableIndex, row: r.index };
  const kind = classifyRow(r, ctx);
  switch (kind.kind) {
    case 'skip':
      return;
    case 'group':
      break;
    case 'title':
      ctx.groups.title = [ctx.groups.title, r.cells.find((x) => x.text.trim() && !x.fromRowSpan)!.text.trim()].filter(Boolean).join(' ');
      break;
    case 'groupTask': {
      const mark = ctx.groups.group ?? '';
      openDraft(st, r, at, mark.slice(mark.lastIndexOf('.') + 1), { isGroup: true });
      break;
    }
    case 'task':
      openDraft(st, r, at, kind.number || String(++st.seq));
      break;
    case 'dash':
    case 'subTask':
      if (!addSubTask(st, r, at, kind.kind === 'subTask')) return;
      break;
    case 'subRow':
      addSubRow(st, r, at);
      break;
    case 'cut':
      if (!addCutRow(st, r, at)) return;
      break;
    case 'unnumbered':
      st.diagnostics.push(diag('warning', 'annex.row-unnumbered', `row with number "${kind.text}" is not a task number; skipped`, at));
      break;
  }
  ctx.prev = kind.kind;
  ctx.above = r.cells;
}

const lastDraft = (st: Gathering): Draft | undefined => st.drafts[st.drafts.length - 1];
const draftName = (d: Draft): string => `${d.group ? `${d.group}.` : ''}${d.number}`;

function openDraft(st: Gathering, r: GridRow, at: SourcePos, number: string, extra: Partial<Draft> = {}): Draft {
  const d: Draft = {
    number,
    group: st.ctx.groups.group,
    groupTitle: st.ctx.groups.title,
    cells: r.cells.map((x) => ({ ...x })),
    subRows: [],
    parent: null,
    isGroup: false,
    at,
    ...extra,
  };
  st.drafts.push(d);
  return d;
}

/** A "-" row or a named sub-row: a sub-task of the task above (a named sub-row inherits its merged cells); false when there is none. */
function addSubTask(st: Gathering, r: GridRow, at: SourcePos, inherits: boolean): boolean {
  const d = lastDraft(st);
  const parent = d?.parent ?? d;
  if (!parent) return false;
  const k = st.drafts.filter((x) => x.parent === parent).length + 1;
  const sub = openDraft(st, r, at, String(k), { parent });
  if (inherits) inherit(sub, parent, st.ctx.cols);
  return true;
}

function addSubRow(st: Gathering, r: GridRow, at: SourcePos): void {
  const d = lastDraft(st)!;
  d.subRows.push(ownCells(r.cells));
  st.diagnostics.push(diag('info', 'annex.sub-row', `row adds to task ${draftName(d)}`, at));
}

/** A cut row's cells go on in the row above (the last sub-row, else the task); false when there is none. */
function addCutRow(st: Gathering, r: GridRow, at: SourcePos): boolean {
  const d = lastDraft(st);
  if (!d) return false;
  const rows = d.subRows;
  if (rows.length) rows[rows.length - 1] = joinCells(rows[rows.length - 1]!, r.cells);
  else d.cells = joinCells(d.cells, r.cells);
  st.diagnostics.push(diag('info', 'annex.row-continued', `row continues task ${draftName(d)}`, at));
  return true;
}

/** A named sub-row inherits the task's merged cells: its empty cells but the number take the task's (a text export leaves them empty). */
function inherit(d: Draft, parent: Draft, cols: TaskColumns): void {
  parent.cells.forEach((pc, i) => {
    if (i !== cols.number && i !== cols.name && !d.cells[i]?.text.trim()) d.cells[i] = { ...pc };
  });
}

/** The tasks of one task table. */
export function tableTasks(t: DataTable, cols: TaskColumns, tableIndex: number): Result<Task[]> {
  const { value: drafts, diagnostics } = gatherDrafts(t, cols, tableIndex);
  assignIds(drafts);
  const ids = new Set(drafts.map((d) => d.id!));
  const year = headerYear(t, cols);
  return result(
    drafts.map((d) => toTask(d, t, cols, ids, year)),
    diagnostics,
  );
}
