/**
 * What each data row of a task table is (EXTRACTION.md "Tasks from tables"). The continuation
 * rule — a row with an empty number cell after a data row is a cut row or a sub-row — lives here
 * and nowhere else.
 */
import type { GridCell, GridRow } from '../tables.js';
import { enterGroup, groupInOneCell, groupMark, type GroupState } from './groups.js';
import { upperRatio } from '../../text/vietnamese.js';
import { TOTAL_WORDS } from '../../text/keywords/total-words.js';

export interface TaskColumns {
  number: number;
  name: number;
  output: number;
  deadline: number;
  end: number;
  lead: number;
  support: number;
  priority: number;
}

export type RowKind =
  | { kind: 'skip' }
  | { kind: 'group' }
  /** The row after a group row that carries on its title. */
  | { kind: 'title' }
  /** The row after a group row with lead or deadline cells of its own: a task with the group's id. */
  | { kind: 'groupTask' }
  | { kind: 'task'; number: string }
  /** A row numbered "-" or "+": a sub-task of the numbered row above. */
  | { kind: 'dash' }
  /** A row cut by a page break: its cells go on in the row above. */
  | { kind: 'cut' }
  /** A sub-row of merged cells without a name of its own: adds to the task above. */
  | { kind: 'subRow' }
  /** A sub-row of merged cells with a name of its own: a sub-task inheriting the merged cells. */
  | { kind: 'subTask' }
  | { kind: 'unnumbered'; text: string };

export interface RowContext {
  cols: TaskColumns;
  /** The table numbers its rows (some row has a task number). */
  numbered: boolean;
  groups: GroupState;
  /** Kind of the previous data row, null at the start. */
  prev: RowKind['kind'] | null;
  /** Cells of the physical row above, for the mid-sentence test. */
  above: GridCell[] | null;
}

const TASK_NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const DASH = /^[-+–]$/;
/** A totals row ("Tổng cộng", "Cộng"): a sum, not a task. */
const TOTAL = new RegExp(`^(?:${TOTAL_WORDS.map((w) => w.replace(/ /g, '\\s')).join('|')})[:.]?$`, 'iu');

/** An own cell: written in this row, not the copy of a cell merged down from above. */
const own = (c: GridCell | undefined): string => (c && !c.fromRowSpan ? c.text.trim() : '');

/** "09" → "9", "1.02" → "1.2". */
export function normalNumber(n: string): string {
  return n
    .split('.')
    .map((p) => (/^\d+$/.test(p) ? String(parseInt(p, 10)) : p))
    .join('.');
}

/** Classifies one row and updates the group state for group rows. */
export function classifyRow(r: GridRow, ctx: RowContext): RowKind {
  const { cols, groups } = ctx;
  const filled = r.cells.map((c, i) => ({ c, i })).filter(({ c }) => own(c));
  if (!filled.length) return { kind: 'skip' };
  const num = own(r.cells[cols.number]);
  if (TOTAL.test(filled[0]!.c.text.trim())) return { kind: 'skip' };
  const others = filled.filter(({ i }) => i !== cols.number);
  const group = groupRow(
    r,
    num,
    others.map(({ c }) => c),
    ctx,
  );
  if (group) {
    enterGroup(groups, group.mark, group.letter, group.title);
    return { kind: 'group' };
  }
  const task = TASK_NUMBER.exec(num);
  if (task) return others.length ? { kind: 'task', number: normalNumber(task[1]!) } : { kind: 'skip' };
  if (DASH.test(num)) return ctx.prev && ctx.prev !== 'group' && ctx.prev !== 'title' ? { kind: 'dash' } : { kind: 'skip' };
  if (num && ctx.numbered) return { kind: 'unnumbered', text: num };
  if (ctx.prev === 'group' || ctx.prev === 'title')
    return afterGroup(
      r,
      others.map(({ i }) => i),
      cols,
    );
  if (!ctx.prev || ctx.prev === 'skip' || ctx.prev === 'unnumbered')
    return ctx.numbered || !own(r.cells[cols.name]) ? { kind: 'skip' } : { kind: 'task', number: '' };
  return continuation(r, ctx);
}

function groupRow(
  r: GridRow,
  num: string,
  others: GridCell[],
  ctx: RowContext,
): { mark: string; letter: boolean; title: string | null } | null {
  const nameCell = ctx.cols.name >= 0 ? r.cells[ctx.cols.name] : undefined;
  const name = own(nameCell);
  const titleLike = !!name && (nameCell!.bold || upperRatio(name) > 0.8);
  const m = num ? groupMark(num, ctx.groups) : null;
  if (m && (!m.letter || others.length <= 1 || titleLike)) return { ...m, title: clean((titleLike ? name : others[0]?.text) ?? '') };
  if (!m && others.length + (num ? 1 : 0) === 1) {
    const one = groupInOneCell(num || others[0]!.text, ctx.groups);
    if (one && (!one.letter || nameCell?.bold || upperRatio(one.title) > 0.8 || others.length === 1))
      return { ...one, title: clean(one.title) };
  }
  return null;
}

const clean = (s: string): string | null =>
  s
    .replace(/^[.:\-–\s]+/, '')
    .replace(/\s+/g, ' ')
    .trim() || null;

/** After a group row: a lone cell (the name, or a title merged across) continues the title; lead or deadline cells of its own make a task. */
function afterGroup(r: GridRow, filledCols: number[], cols: TaskColumns): RowKind {
  const has = (i: number): boolean => i >= 0 && filledCols.includes(i);
  if (has(cols.lead) || has(cols.deadline) || has(cols.end)) return { kind: 'groupTask' };
  if (filledCols.length === 1) return { kind: 'title' };
  return has(cols.name) ? { kind: 'groupTask' } : { kind: 'skip' };
}

/** "(5) …" under a cell whose list reached "(4)": the same list, cut. */
function continuesList(text: string, above: string): boolean {
  const m = /^\((\d{1,2})\)/.exec(text);
  return !!m && above.includes(`(${Number(m[1]) - 1})`);
}

/**
 * A row with an empty number cell after a data row: a cut row when it directly follows a page
 * break or its first cell goes on mid-sentence (lower case where the cell above ends without a
 * full stop); otherwise a sub-row (Word's vertically merged cells), a sub-task when it has a
 * name of its own. In a table without numbers every named row is a task of its own.
 */
function continuation(r: GridRow, ctx: RowContext): RowKind {
  const first = r.cells.findIndex((c) => own(c));
  const text = own(r.cells[first]);
  const above = ctx.above?.[first]?.text.trim() ?? '';
  const midSentence = !!above && !/[.!?…]$/.test(above) && (/^\p{Ll}/u.test(text) || continuesList(text, above));
  const name = own(r.cells[ctx.cols.name]);
  if (midSentence || (r.pageBreakBefore && (ctx.numbered || !name))) return { kind: 'cut' };
  if (!ctx.numbered) return name ? { kind: 'task', number: '' } : { kind: 'skip' };
  return name ? { kind: 'subTask' } : { kind: 'subRow' };
}
