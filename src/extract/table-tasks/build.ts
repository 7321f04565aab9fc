/**
 * Task drafts (a task row with the rows that add to it) → Task objects: ids and parents,
 * sub-rows folded in (lead/support entries, output after "; ", deadline texts joined with "; ",
 * the date of the last one), unknown columns in `extra`.
 */
import type { SourcePos } from '../../model/blocks.js';
import type { Task } from '../../model/plan.js';
import { PRIORITY_MARKS } from '../../text/keywords/columns.js';
import { squash } from '../../text/vietnamese.js';
import { parseDeadline } from '../dates.js';
import { splitUnits } from '../unit-cells.js';
import { splitLeadEntry } from '../lead-support.js';
import type { DataTable, GridCell } from '../tables.js';
import type { TaskColumns } from './rows.js';

export interface Draft {
  /** Own number ("2", "1.1"); for sub-tasks the place among the parent's sub-tasks. */
  number: string;
  group: string | null;
  groupTitle: string | null;
  cells: GridCell[];
  /** Sub-rows without a name of their own, in order. */
  subRows: GridCell[][];
  /** The task a "-" row or a named sub-row belongs to. */
  parent: Draft | null;
  /** A task whose id is its group's (the row under a group row with its own lead or deadline). */
  isGroup: boolean;
  at: SourcePos;
  id?: string;
}

/** Appends the cells of a cut row to the cells they continue, each to the same column. */
export function joinCells(prev: GridCell[], next: GridCell[]): GridCell[] {
  const width = Math.max(prev.length, next.length);
  return Array.from({ length: width }, (_, i) => {
    const p = prev[i] ?? { text: '', lines: [], bold: false, fromRowSpan: false };
    const n = next[i];
    if (!n || !n.text.trim() || n.fromRowSpan) return p;
    if (!p.text.trim()) return { ...n };
    const lines = [...p.lines];
    const last = lines.pop() ?? '';
    const [first, ...rest] = n.lines.length ? n.lines : [n.text];
    return {
      text: squash(`${p.text} ${n.text}`),
      lines: [...lines, squash(`${last} ${first ?? ''}`), ...rest],
      bold: p.bold && n.bold,
      fromRowSpan: false,
    };
  });
}

/** Ids: group + "." + number, a sub-task's parent id + "-k", the group's own id for a group task. */
export function assignIds(drafts: Draft[]): void {
  for (const d of drafts) {
    if (d.parent) d.id = `${d.parent.id}-${d.number}`;
    else if (d.isGroup) d.id = d.group ?? d.number;
    else d.id = d.group ? `${d.group}.${d.number}` : d.number;
  }
}

function parentId(d: Draft, ids: Set<string>): string | null {
  if (d.parent) return d.parent.id ?? null;
  if (d.isGroup || !d.number.includes('.')) return null;
  const p = d.number.slice(0, d.number.lastIndexOf('.'));
  const id = d.group ? `${d.group}.${p}` : p;
  return ids.has(id) ? id : null;
}

const text = (cells: GridCell[], i: number): string => (i >= 0 ? squash(cells[i]?.text ?? '') : '');

export function toTask(d: Draft, t: DataTable, c: TaskColumns, ids: Set<string>, headerYear: number | null): Task {
  const rows = [d.cells, ...d.subRows];
  const useLines = !t.wrapped;
  const deadlines = rows.map((r) => text(r, c.deadline) || text(r, c.end)).filter(Boolean);
  const outputs = rows.map((r) => text(r, c.output)).filter(Boolean);
  // A lead entry "X chủ trì(,) phối hợp với Y, Z" gives lead X and support "Y, Z" (EXTRACTION.md).
  const linked = rows.flatMap((r) => splitUnits(c.lead >= 0 ? r[c.lead] : undefined, useLines)).map(splitLeadEntry);
  const lastDeadline = deadlines[deadlines.length - 1];
  const extra: Record<string, string> = {};
  for (const col of t.columns) {
    if (col.role && col.role !== 'note') continue;
    const v = text(d.cells, col.index);
    if (v && col.header) extra[col.header] = v;
  }
  const task: Task = {
    source: 'table',
    id: d.id!,
    group: d.group,
    groupTitle: d.groupTitle,
    number: d.number,
    parent: parentId(d, ids),
    name: text(d.cells, c.name),
    output: outputs.length ? outputs.join('; ') : null,
    deadline: lastDeadline ? { text: deadlines.join('; '), date: parseDeadline(lastDeadline, { year: headerYear }) } : null,
    lead: linked.flatMap((s) => s.lead),
    // the support column first, then the units a lead entry links ("X chủ trì, phối hợp với Y"), as in text tasks
    support: [...rows.flatMap((r) => splitUnits(c.support >= 0 ? r[c.support] : undefined, useLines)), ...linked.flatMap((s) => s.support)],
    priority: PRIORITY_MARKS.test(text(d.cells, c.priority)),
    at: d.at,
  };
  if (Object.keys(extra).length) task.extra = extra;
  return task;
}
