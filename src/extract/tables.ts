/**
 * The one interpretation of table blocks, whatever reader made them: a rectangular grid
 * (spanned cells expanded, a vertically merged cell's copies marked), the header (one or two
 * rows, found by text, or the rows the reader marked), column roles found by header text
 * (never by position), and page breaks (a row the reader marked, a repeated header row).
 * Task tables and indicator tables both start here.
 */
import type { Block, SourcePos, TableBlock } from '../model/blocks.js';
import { COLUMN_PHRASES, type ColumnRole } from '../text/keywords/columns.js';
import { findFolded, fold } from '../text/vietnamese.js';
import { PARENS, replaceDelimitedInLines } from '../text/brackets.js';
import { isFrameLine } from '../text/frame-lines.js';

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
  /** The row follows a page break: a marked one, or a header row repeated at the top of a page. */
  pageBreakBefore: boolean;
  /** 1-based place among the data rows of the (logical) table, dropped rows counted: `at.row`. */
  index: number;
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
  /** Cell lines are visual wraps, not line breaks (the reader said so). */
  wrapped: boolean;
  at: SourcePos;
}

const EMPTY: GridCell = { text: '', lines: [], bold: false, fromRowSpan: false };

/** Expands col- and row-spans into a rectangular grid; a cell merged across columns belongs to the first. */
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
    out.push({ cells, at: r.at, pageBreakBefore: !!r.pageBreakBefore, index: out.length + 1 });
    for (let i = pending.length - 1; i >= 0; i--) if (pending[i]!.left <= 0) pending.splice(i, 1);
  }
  return out;
}

interface RoleMatch {
  role: ColumnRole;
  /** Length of the matched phrase: the longer, the more specific the header. */
  len: number;
}

function matchRole(header: string): RoleMatch | null {
  const f = fold(replaceDelimitedInLines(header, PARENS, () => ' '));
  if (!f) return null;
  let best: RoleMatch | null = null;
  for (const p of COLUMN_PHRASES) {
    const hit = p.phrase.length <= 3 ? f === p.phrase || f.startsWith(p.phrase + ' ') : findFolded(f, p.phrase) >= 0;
    if (hit && (!best || p.phrase.length > best.len)) best = { len: p.phrase.length, role: p.role };
  }
  return best;
}

/** The role a header cell names: the longest matching phrase wins ("Nhiệm vụ trọng tâm ưu tiên" is priority). */
export function roleOf(header: string): ColumnRole | null {
  return matchRole(header)?.role ?? null;
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

/** A row under the header that is more header: every own cell names a role, none is a row number. */
function isSubHeaderRow(row: GridRow): boolean {
  if (isColumnNumberRow(row)) return false;
  const own = row.cells.filter((c) => c.text.trim() && !c.fromRowSpan);
  if (!own.length || own.some((c) => /^\d+(\.\d+)*\.?$|^[IVX]+\.?$|^[A-Z]\.?$/.test(c.text.trim()))) return false;
  return own.every((c) => roleOf(c.text) !== null);
}

/** Where the header starts: the reader's header rows, else the first header-like row among the first four. */
function headerStart(t: TableBlock, grid: GridRow[]): number {
  if (t.headerRows && t.headerRows > 0 && isHeaderRow(mergedHeader(grid.slice(0, t.headerRows)))) return 0;
  for (let i = 0; i < Math.min(grid.length, 4); i++) if (isHeaderRow(grid[i]!)) return i;
  // A two-row header whose roles only appear together ("Nội dung" over "Chủ trì | Thời gian").
  for (let i = 0; i + 1 < Math.min(grid.length, 4); i++)
    if (isSubHeaderRow(grid[i + 1]!) && isHeaderRow(mergedHeader(grid.slice(i, i + 2)))) return i;
  return -1;
}

/** Header rows as one row: each column's texts top to bottom ("Đơn vị thực hiện" + "Phối hợp"). */
function mergedHeader(rows: GridRow[]): GridRow {
  const width = Math.max(0, ...rows.map((r) => r.cells.length));
  const cells = Array.from({ length: width }, (_, i): GridCell => {
    const parts: string[] = [];
    for (const r of rows) {
      const c = r.cells[i];
      if (c && c.text.trim() && !c.fromRowSpan && parts[parts.length - 1] !== c.text) parts.push(c.text);
    }
    const text = parts.join(' ');
    return { text, lines: text ? [text] : [], bold: true, fromRowSpan: false };
  });
  return { cells, at: rows[0]!.at, pageBreakBefore: false, index: 0 };
}

/**
 * The role of each header column. Under a parent header the sub-header decides ("Đơn vị thực
 * hiện" over "Phối hợp" is support). When two columns name one role, the more specific header
 * wins ("Nội dung nhiệm vụ" over "Thuộc nhóm nhiệm vụ"), the other keeps no role (its text goes
 * to `extra`); indicator roles keep the first column, as indicator tables expect.
 */
function columnsOf(header: GridRow[], width: number): Column[] {
  const top = header[0]!;
  const merged = mergedHeader(header);
  const columns = Array.from({ length: width }, (_, index): Column & { len: number } => {
    const text = merged.cells[index]?.text.trim() ?? '';
    const last = header.length > 1 ? header[header.length - 1]!.cells[index] : undefined;
    const sub = last && !last.fromRowSpan && last.text.trim() && last !== top.cells[index] ? matchRole(last.text) : null;
    const m = sub ?? matchRole(text) ?? matchRole(top.cells[index]?.text ?? '');
    return { index, role: m?.role ?? null, header: text, len: m?.len ?? 0 };
  });
  const FIRST_WINS = new Set<ColumnRole>(['indicator', 'target', 'unit', 'number', 'start', 'end', 'note']);
  const claimed = new Map<ColumnRole, Column & { len: number }>();
  for (const c of columns) {
    if (!c.role) continue;
    const prev = claimed.get(c.role);
    if (!prev) claimed.set(c.role, c);
    else if (!FIRST_WINS.has(c.role) && c.len > prev.len) {
      prev.role = null;
      claimed.set(c.role, c);
    } else c.role = null;
  }
  return columns.map(({ index, role, header: h }) => ({ index, role, header: h }));
}

/** A data row that repeats the header (after a page break). */
export function isRepeatedHeader(row: GridRow, headerTexts: string[]): boolean {
  return repeatsHeader(foldedCells(row), headerTexts);
}

function repeatsHeader(folded: (string | null)[], headerTexts: string[]): boolean {
  let same = 0;
  let filled = 0;
  folded.forEach((f, i) => {
    if (f === null) return;
    filled++;
    if (f === headerTexts[i]) same++;
  });
  return filled >= 2 && same / filled >= 0.6;
}

/** A row's cells folded (null for an empty cell). */
const foldedCells = (row: GridRow): (string | null)[] => row.cells.map((c) => (c.text.trim() ? fold(c.text) : null));

/**
 * Data rows with the page breaks made explicit: header rows repeated at the top of a page (and
 * the column-number row under them) are dropped, and the row after them marked as following a
 * page break. This is the one place that recognises repeated headers.
 */
function dataRows(rows: GridRow[], headerRows: GridRow[]): GridRow[] {
  const texts = headerRows.map((h) => h.cells.map((c) => (c.fromRowSpan ? '' : fold(c.text))));
  const out: GridRow[] = [];
  let brk = false;
  for (const [i, row] of rows.entries()) {
    const r = { ...row, index: i + 1 };
    // folded once for every header row it is compared with
    const folded = foldedCells(r);
    const repeated = texts.some((t) => repeatsHeader(folded, t));
    if (repeated || isColumnNumberRow(r)) {
      brk ||= r.pageBreakBefore || repeated;
      continue;
    }
    out.push(brk ? { ...r, pageBreakBefore: true } : r);
    brk = false;
  }
  return out;
}

/** The table's first rows hold a header that names data columns (task or indicator tables), whatever the borders. */
export function hasDataHeader(t: TableBlock): boolean {
  const head = { ...t, rows: t.rows.slice(0, 5) };
  return headerStart(head, toGrid(head)) >= 0;
}

// Each table block read as a data table once: indicator tables and task tables both ask for
// every table, and the grid, header search and row folding were a large table's main cost.
// Callers get their own copy of the row list and columns (task tables may name a column);
// rows and cells are never changed after this.
const DATA_TABLES = new WeakMap<TableBlock, DataTable | null>();

/** Finds the header in the first rows and maps columns to roles; null when the table is not a data table. */
export function asDataTable(t: TableBlock): DataTable | null {
  let dt = DATA_TABLES.get(t);
  if (dt === undefined) {
    dt = readDataTable(t);
    DATA_TABLES.set(t, dt);
  }
  return dt && { ...dt, columns: dt.columns.map((c) => ({ ...c })), rows: dt.rows.slice(), headerTexts: dt.headerTexts.slice() };
}

function readDataTable(t: TableBlock): DataTable | null {
  const grid = toGrid(t);
  const h = headerStart(t, grid);
  if (h < 0) return null;
  let end = h + 1;
  if (t.headerRows && h === 0 && t.headerRows > 1) end = Math.min(grid.length, t.headerRows);
  else while (end < Math.min(grid.length, h + 3) && isSubHeaderRow(grid[end]!)) end++;
  const header = grid.slice(h, end);
  const width = Math.max(...grid.map((r) => r.cells.length));
  const columns = columnsOf(header, width);
  return {
    columns,
    rows: dataRows(grid.slice(end), header),
    headerTexts: columns.map((c) => fold(c.header)),
    wrapped: !!t.wrapped,
    at: t.at,
  };
}

/**
 * Header and signature blocks: the reader says so (a borderless Word table, a portal table of
 * frame lines), or a small table carries their cues. A table whose header names task or
 * indicator columns is data, borders or not.
 */
export function isLayoutTable(t: TableBlock): boolean {
  if (hasDataHeader(t)) return false;
  if (t.layout) return true;
  const cols = Math.max(0, ...t.rows.map((r) => r.cells.length));
  if (t.rows.length > 6 || cols > 3) return false;
  const all = t.rows.flatMap((r) => r.cells.flatMap((c) => (c.lines.length ? c.lines : [c.text])));
  return all.some((l) => isFrameLine(l));
}

export function colOf(t: DataTable, role: ColumnRole): number {
  return t.columns.find((c) => c.role === role)?.index ?? -1;
}

export interface LogicalTable {
  /** Null for a table that is no data table (no header names its columns). */
  table: DataTable | null;
  /** 1-based place of the first part among the document's table blocks. */
  index: number;
  /** Index of the first part in the block list. */
  block: number;
}

/**
 * Data tables in block order; a table continued after a page break (the same header again, or
 * no header and no wider rows, right after it) is one table whose
 * continuation rows follow a page break. Layout tables are metadata, never data.
 */
export function logicalTables(blocks: Block[]): LogicalTable[] {
  const out: LogicalTable[] = [];
  let tableNo = 0;
  let prev: { table: DataTable; index: number; block: number; last: number } | null = null;
  blocks.forEach((b, bi) => {
    if (b.type !== 'table') return;
    tableNo++;
    if (isLayoutTable(b)) return;
    // Readers drop the page-number lines that cut a table, so its parts are next to each other.
    const adjacent = prev && prev.last === bi - 1;
    const dt = asDataTable(b);
    if (dt) {
      if (prev && adjacent && dt.headerTexts.join('|') === prev.table.headerTexts.join('|')) {
        prev.table.rows.push(...continued(prev.table.rows, dt.rows));
        prev.last = bi;
        return;
      }
      prev = { table: dt, index: tableNo, block: bi, last: bi };
      out.push(prev);
      return;
    }
    // A headerless continuation of the previous table (the PDF or Word split it at a page).
    const rows = toGrid(b);
    if (prev && adjacent && rows.length && rows.every((r) => r.cells.length <= prev!.table.columns.length + 1)) {
      prev.table.rows.push(...continued(prev.table.rows, rows));
      prev.last = bi;
      return;
    }
    out.push({ table: null, index: tableNo, block: bi });
  });
  return out.map(({ table, index, block }) => ({ table, index, block }));
}

/** Rows that go on after a page break: the first marked, all numbered after the rows before. */
function continued(before: GridRow[], rows: GridRow[]): GridRow[] {
  const base = before.length ? before[before.length - 1]!.index : 0;
  return rows.map((r, i) => ({ ...r, index: base + i + 1, pageBreakBefore: r.pageBreakBefore || i === 0 }));
}
