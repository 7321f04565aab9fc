/**
 * Data tables as grids with column roles found by header text (never by position): the shared
 * ground of annex task tables and indicator tables. Spanned cells are expanded, header rows
 * (also multi-row headers and "(1) (2) (3)" numbering rows) are recognised.
 */
import type { SourcePos, TableBlock } from '../model/blocks.js';
import { COLUMN_PHRASES, type ColumnRole } from '../text/keywords/columns.js';
import { findFolded, fold } from '../text/vietnamese.js';

export interface GridCell {
  text: string;
  lines: string[];
  bold: boolean;
  /** A copy made for a row span (a vertically merged cell), not the cell's own content. */
  fromRowSpan: boolean;
}

export interface GridRow {
  cells: GridCell[];
  at: SourcePos;
}

export interface Column {
  index: number;
  role: ColumnRole | null;
  header: string;
}

export interface DataTable {
  columns: Column[];
  rows: GridRow[];
  headerTexts: string[];
  source: TableBlock['source'];
  at: SourcePos;
}

const EMPTY: GridCell = { text: '', lines: [], bold: false, fromRowSpan: false };

/** Expands col- and row-spans into a rectangular grid. */
export function toGrid(t: TableBlock): GridRow[] {
  const out: GridRow[] = [];
  const pending: { col: number; left: number; cell: GridCell }[] = [];
  for (const r of t.rows) {
    const cells: GridCell[] = [];
    let col = 0;
    const fillPending = (): void => {
      for (;;) {
        const p = pending.find((x) => x.col === col && x.left > 0);
        if (!p) return;
        cells[col] = { ...p.cell, fromRowSpan: true };
        p.left--;
        col++;
      }
    };
    for (const c of r.cells) {
      fillPending();
      const g: GridCell = { text: c.text, lines: c.lines.length ? c.lines : c.text ? [c.text] : [], bold: c.bold, fromRowSpan: false };
      cells[col] = g;
      if (c.rowspan > 1) pending.push({ col, left: c.rowspan - 1, cell: g });
      for (let k = 1; k < c.colspan; k++) cells[col + k] = { ...EMPTY };
      col += Math.max(1, c.colspan);
    }
    fillPending();
    for (let i = 0; i < cells.length; i++) if (!cells[i]) cells[i] = { ...EMPTY };
    out.push({ cells, at: r.at });
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.left <= 0) pending.splice(i, 1);
  }
  return out;
}

/** The role a header cell names: the longest matching phrase wins ("Nhiệm vụ trọng tâm ưu tiên" is priority). */
export function roleOf(header: string): ColumnRole | null {
  const f = fold(header.replace(/\(.*?\)/g, ' '));
  if (!f) return null;
  let best: { len: number; role: ColumnRole } | null = null;
  for (const p of COLUMN_PHRASES) {
    const hit = p.phrase.length <= 3 ? f === p.phrase || f.startsWith(p.phrase + ' ') : findFolded(f, p.phrase) >= 0;
    if (hit && (!best || p.phrase.length > best.len)) best = { len: p.phrase.length, role: p.role };
  }
  return best?.role ?? null;
}

function isHeaderRow(row: GridRow): boolean {
  const roles = row.cells.map((c) => roleOf(c.text)).filter((r): r is ColumnRole => r !== null);
  const distinct = new Set(roles);
  return distinct.size >= 2 && (distinct.has('name') || distinct.has('number') || distinct.has('indicator'));
}

/** "(1) (2) (3)…" or "1 2 3 …" under a header: column numbers, not data. */
export function isColumnNumberRow(row: GridRow): boolean {
  const vals = row.cells.map((c) => c.text.trim()).filter(Boolean);
  if (vals.length < 3) return false;
  if (!vals.every((v) => /^\(?\d{1,2}\)?$/.test(v) || /^\(?\d{1,2}\)?\s*=/.test(v))) return false;
  const nums = vals.map((v) => parseInt(v.replace(/\D/g, ''), 10));
  return nums.every((n, i) => i === 0 || n === nums[i - 1]! + 1);
}

/** Finds the header in the first rows and maps columns to roles; null when the table is not a data table. */
export function asDataTable(t: TableBlock): DataTable | null {
  const grid = toGrid(t);
  const at = Math.min(grid.length, 4);
  let h = -1;
  for (let i = 0; i < at; i++) if (isHeaderRow(grid[i]!)) {
    h = i;
    break;
  }
  if (h < 0) return null;
  const header = grid[h]!;
  const width = Math.max(...grid.map((r) => r.cells.length));
  const texts = Array.from({ length: width }, (_, i) => header.cells[i]?.text ?? '');
  // A second header row under merged cells ("Đơn vị thực hiện" → "Chủ trì" | "Phối hợp").
  let dataStart = h + 1;
  const next = grid[h + 1];
  if (next && !isColumnNumberRow(next)) {
    const sub = next.cells.map((c) => roleOf(c.text));
    const nonEmpty = next.cells.filter((c) => c.text.trim());
    const looksHeader = nonEmpty.length > 0 && nonEmpty.every((c) => roleOf(c.text) !== null || c.fromRowSpan) && !next.cells.some((c) => /^\d+(\.\d+)*\.?$|^[IVX]+\.?$/.test(c.text.trim()));
    if (looksHeader && sub.some((r) => r !== null)) {
      next.cells.forEach((c, i) => {
        if (c.text.trim() && !c.fromRowSpan) texts[i] = texts[i] && texts[i] !== c.text ? `${texts[i]} ${c.text}` : c.text;
      });
      dataStart = h + 2;
    }
  }
  const columns: Column[] = texts.map((text, index) => {
    // For a merged parent header, the sub-header decides ("Đơn vị thực hiện Phối hợp" → support).
    const words = text.trim();
    let role = roleOf(words);
    const subText = grid[dataStart - 1] !== header ? grid[dataStart - 1]?.cells[index]?.text ?? '' : '';
    const subRole = subText ? roleOf(subText) : null;
    if (subRole) role = subRole;
    return { index, role, header: words };
  });
  // One column per role: the first claims it, later ones fall back to extras.
  const seen = new Set<ColumnRole>();
  for (const c of columns) {
    if (c.role && seen.has(c.role)) c.role = null;
    else if (c.role) seen.add(c.role);
  }
  return { columns, rows: grid.slice(dataStart), headerTexts: texts.map((x) => fold(x)), source: t.source, at: t.at };
}

/** A data row that repeats the header (after a page break). */
export function isRepeatedHeader(row: GridRow, headerTexts: string[]): boolean {
  let same = 0;
  let filled = 0;
  row.cells.forEach((c, i) => {
    if (!c.text.trim()) return;
    filled++;
    if (fold(c.text) === headerTexts[i]) same++;
  });
  return filled >= 2 && same / filled >= 0.6;
}

export function colOf(t: DataTable, role: ColumnRole): number {
  return t.columns.find((c) => c.role === role)?.index ?? -1;
}
