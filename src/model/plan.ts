/**
 * The output contract of `ghplan extract` (shared spec EXTRACTION.md), as zod schemas.
 * This file is the single source of truth: `schemas/plan.schema.json` is generated from it
 * (`npm run schema`) and every result is validated against it before it is printed.
 */
import { z } from 'zod';
import { SCHEMA_VERSION } from './schema-version.js';

export { SCHEMA_VERSION };

export const SourcePosSchema = z
  .object({
    line: z.number().int().min(0),
    column: z.number().int().min(1).optional().describe('text input: the column (1-based, in the line) where the item starts'),
    endLine: z.number().int().min(0).optional(),
    page: z.number().int().min(1).optional(),
    table: z.number().int().min(1).optional(),
    row: z.number().int().min(1).optional(),
  })
  .describe('Where an item stands in the input: line in the text the reader produced, and page/table/row where the format has them');

export const DiagnosticSchema = z.object({
  severity: z.enum(['error', 'warning', 'info']),
  code: z.string(),
  message: z.string(),
  at: SourcePosSchema.optional(),
});

export const ReferenceSchema = z.object({
  type: z.enum(['Luật', 'NQ', 'KH', 'CTr', 'QĐ', 'NĐ', 'CT', 'TB', 'other']),
  symbol: z.string().describe('số ký hiệu as written, stray spaces removed: 08-NQ/TU, 133/KH-UBND'),
  date: z.string().nullable(),
  text: z.string(),
});

export const SignerSchema = z.object({
  name: z.string().nullable(),
  position: z.string().nullable(),
  authority: z.array(z.string()),
});

export const DocumentSchema = z.object({
  kind: z.enum(['KH', 'CTr', 'other']),
  number: z.string().nullable(),
  symbol: z.string().nullable(),
  issuer: z.string().nullable(),
  place: z.string().nullable(),
  date: z.string().nullable().describe('YYYY-MM-DD, YYYY-MM or YYYY'),
  title: z.string().nullable(),
  references: z.array(ReferenceSchema),
  signer: SignerSchema.nullable(),
  recipients: z.array(z.string()),
});

export const SectionKindSchema = z.enum(['muc_dich', 'muc_tieu', 'nhiem_vu', 'phan_cong', 'kinh_phi', 'lo_trinh', 'phu_luc', 'khac']);

export interface Section {
  number: string | null;
  /** Dotted number path from the root ("II.2.1"); the annex's path is null. One computation for JSON, CSV, xlsx and check. */
  path: string | null;
  heading: string;
  kinds: z.infer<typeof SectionKindSchema>[];
  level: number;
  at: z.infer<typeof SourcePosSchema>;
  text: string;
  children: Section[];
}

export const SectionSchema: z.ZodType<Section> = z.object({
  number: z.string().nullable(),
  path: z.string().nullable().describe('dotted number path from the root, e.g. II.2.1; the same value as indicator.section'),
  heading: z.string(),
  kinds: z.array(SectionKindSchema).min(1),
  level: z.number().int().min(1),
  at: SourcePosSchema,
  text: z.string(),
  get children() {
    return z.array(SectionSchema);
  },
});

export const IndicatorSchema = z.object({
  text: z.string(),
  value: z.number(),
  max: z.number().optional(),
  unit: z.string().nullable(),
  op: z.enum(['=', '>=', '<=', '~']),
  change: z
    .enum(['increase', 'decrease'])
    .nullable()
    .describe('increase/decrease when the value is the size of a rise or cut ("tăng 20%"); null when it is the level to reach'),
  year: z.number().int().nullable(),
  section: z.string().nullable().describe('dotted number path of the section, e.g. II.2'),
  at: SourcePosSchema,
});

export const DeadlineSchema = z.object({
  text: z.string(),
  date: z.string().nullable().describe('2026-12, 2027-Q3, 2027, 2026/2030, 2030-01-01'),
});

export const TaskSchema = z.object({
  source: z.enum(['table', 'text']).describe('table: a row of a task table; text: a numbered item of the body with labelled fields'),
  id: z.string(),
  group: z.string().nullable(),
  groupTitle: z.string().nullable(),
  number: z.string(),
  parent: z.string().nullable(),
  name: z.string(),
  output: z.string().nullable(),
  deadline: DeadlineSchema.nullable(),
  lead: z.array(z.string()),
  support: z.array(z.string()),
  priority: z.boolean(),
  extra: z.record(z.string(), z.string()).optional(),
  at: SourcePosSchema,
});

export const AssignmentSchema = z.object({
  unit: z.string(),
  duties: z.array(z.string()),
  section: z.string().nullable(),
  at: SourcePosSchema,
});

export const SourceSchema = z.object({
  file: z.string(),
  format: z.enum(['txt', 'md', 'docx', 'pdf']),
  sha256: z.string(),
  bytes: z.number().int().min(0),
});

export const PlanSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  source: SourceSchema,
  document: DocumentSchema,
  sections: z.array(SectionSchema),
  indicators: z.array(IndicatorSchema),
  tasks: z.array(TaskSchema),
  assignments: z.array(AssignmentSchema),
  diagnostics: z.array(DiagnosticSchema),
  extractedAt: z.string().optional().describe('only with --timestamps'),
});

export type SectionKind = z.infer<typeof SectionKindSchema>;
export type Reference = z.infer<typeof ReferenceSchema>;
export type Signer = z.infer<typeof SignerSchema>;
export type PlanDocument = z.infer<typeof DocumentSchema>;
export type Indicator = z.infer<typeof IndicatorSchema>;
export type Deadline = z.infer<typeof DeadlineSchema>;
export type Task = z.infer<typeof TaskSchema>;
export type Assignment = z.infer<typeof AssignmentSchema>;
export type Plan = z.infer<typeof PlanSchema>;

export function planJsonSchema(): unknown {
  return z.toJSONSchema(PlanSchema, { target: 'draft-2020-12' });
}
