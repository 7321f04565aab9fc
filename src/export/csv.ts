/**
 * CSV export for Excel (EXTRACTION.md "CSV"): UTF-8 with BOM, CRLF, one header row, list cells
 * joined with "; ", cells that would start a formula written as text (csv-stringify's
 * escape_formulas). An exporter never re-parses text: it only lays out the plan's fields.
 */
import { stringify } from 'csv-stringify/sync';
import { showControls } from '../text/controls.js';
import type { Plan, Section } from '../model/plan.js';
import type { FileOverview } from '../model/overview.js';

export const CSV_FILES = ['indicators.csv', 'tasks.csv', 'sections.csv', 'assignments.csv'] as const;
/** The two views of every input file (failed ones included) and of its check findings. */
export const OVERVIEW_CSV_FILES = ['plans.csv', 'findings.csv'] as const;
/** The CSV files made from one plan's items (the overview files come from `check`'s overview). */
export type PlanCsvFile = (typeof CSV_FILES)[number];
export type CsvFile = PlanCsvFile | (typeof OVERVIEW_CSV_FILES)[number];

export const CSV_COLUMNS: Record<CsvFile, string[]> = {
  'plans.csv': [
    'file',
    'status',
    'error_code',
    'error',
    'kind',
    'document_number',
    'issuer',
    'place',
    'date',
    'title',
    'sections',
    'indicators',
    'tasks',
    'assignments',
    'missing_kinds',
    'check_errors',
    'check_warnings',
  ],
  'findings.csv': ['file', 'line', 'page', 'table', 'row', 'rule_id', 'slug', 'severity', 'message'],
  'indicators.csv': ['file', 'document_number', 'issuer', 'section', 'value', 'max', 'unit', 'op', 'change', 'year', 'text'],
  'tasks.csv': [
    'file',
    'document_number',
    'issuer',
    'source',
    'id',
    'group',
    'group_title',
    'number',
    'parent',
    'name',
    'output',
    'deadline_text',
    'deadline_date',
    'lead',
    'support',
    'priority',
  ],
  'sections.csv': ['file', 'document_number', 'number_path', 'level', 'kinds', 'heading'],
  'assignments.csv': ['file', 'document_number', 'unit', 'duties'],
};

type Cell = string | number | boolean | null;

function sectionRows(sections: Section[], out: Cell[][], head: Cell[]): void {
  for (const s of sections) {
    out.push([...head, s.path ?? '', s.level, s.kinds.join('; '), s.heading]);
    sectionRows(s.children, out, head);
  }
}

/** The rows of plans.csv and findings.csv for one input file. */
export function overviewCsvRows(o: FileOverview): Record<(typeof OVERVIEW_CSV_FILES)[number], Cell[][]> {
  const d = o.document;
  const c = o.counts;
  const failed = o.status === 'failed';
  return {
    'plans.csv': [
      [
        o.file,
        o.status,
        o.error?.code ?? '',
        o.error?.message ?? '',
        d?.kind ?? '',
        d?.number ?? '',
        d?.issuer ?? '',
        d?.place ?? '',
        d?.date ?? '',
        d?.title ?? '',
        c?.sections ?? '',
        c?.indicators ?? '',
        c ? c.tableTasks + c.textTasks : '',
        c?.assignments ?? '',
        o.missingKinds.join('; '),
        failed ? '' : o.checkErrors,
        failed ? '' : o.checkWarnings,
      ],
    ],
    'findings.csv': o.findings.map((f) => [
      f.file,
      f.line,
      f.page ?? '',
      f.table ?? '',
      f.row ?? '',
      f.ruleId,
      f.slug,
      f.severity,
      f.message,
    ]),
  };
}

/** The data rows (no header) each CSV file gets from one plan. */
export function csvRows(plan: Plan, file: string = plan.source.file): Record<(typeof CSV_FILES)[number], Cell[][]> {
  const num = plan.document.number ?? '';
  const issuer = plan.document.issuer ?? '';
  const sections: Cell[][] = [];
  sectionRows(plan.sections, sections, [file, num]);
  return {
    'indicators.csv': plan.indicators.map((i) => [
      file,
      num,
      issuer,
      i.section ?? '',
      i.value,
      i.max ?? '',
      i.unit ?? '',
      i.op,
      i.change ?? '',
      i.year ?? '',
      i.text,
    ]),
    'tasks.csv': plan.tasks.map((t) => [
      file,
      num,
      issuer,
      t.source,
      t.id,
      t.group ?? '',
      t.groupTitle ?? '',
      t.number,
      t.parent ?? '',
      t.name,
      t.output ?? '',
      t.deadline?.text ?? '',
      t.deadline?.date ?? '',
      t.lead.join('; '),
      t.support.join('; '),
      t.priority ? 'x' : '',
    ]),
    'sections.csv': sections,
    'assignments.csv': plan.assignments.map((a) => [file, num, a.unit, a.duties.join('; ')]),
  };
}

// A cell holding a line break is quoted whatever the break: csv-stringify quotes only on the
// record delimiter (CRLF), and a bare LF left unquoted would split the row.
const OPTIONS = {
  record_delimiter: '\r\n',
  quoted_match: /[\r\n]/,
  escape_formulas: true,
  cast: {
    boolean: (b: boolean) => (b ? 'true' : 'false'),
    // text fields are clean already; a file name or an error message may still hold an ESC
    string: (v: string) => showControls(v, true),
  },
} as const;

/** The header line of a CSV file, with the BOM. */
export function csvHeader(name: CsvFile): string {
  return stringify([CSV_COLUMNS[name]], { ...OPTIONS, bom: true });
}

/** Rows as CSV text (no header, no BOM), to append after `csvHeader`. */
export function csvBody(rows: Cell[][]): string {
  return rows.length ? stringify(rows, OPTIONS) : '';
}

/**
 * One plan's share of each CSV file: the data rows as CSV text, without header or BOM. `batch`
 * appends these, file after file, after `csvHeader`; `planToCsv` is the one-plan case.
 */
export function planCsvBodies(plan: Plan, file: string = plan.source.file): Record<(typeof CSV_FILES)[number], string> {
  const rows = csvRows(plan, file);
  const out = {} as Record<(typeof CSV_FILES)[number], string>;
  for (const name of CSV_FILES) out[name] = csvBody(rows[name]);
  return out;
}

/** The four CSV files of one plan, complete. */
export function planToCsv(plan: Plan, file: string = plan.source.file): Record<(typeof CSV_FILES)[number], string> {
  const bodies = planCsvBodies(plan, file);
  const out = {} as Record<(typeof CSV_FILES)[number], string>;
  for (const name of CSV_FILES) out[name] = csvHeader(name) + bodies[name];
  return out;
}

/** plans.csv and findings.csv of one input file, complete. */
export function overviewToCsv(o: FileOverview): Record<(typeof OVERVIEW_CSV_FILES)[number], string> {
  const rows = overviewCsvRows(o);
  return {
    'plans.csv': csvHeader('plans.csv') + csvBody(rows['plans.csv']),
    'findings.csv': csvHeader('findings.csv') + csvBody(rows['findings.csv']),
  };
}
