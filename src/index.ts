/**
 * ghplan as a library.
 *
 *   import { extract } from 'ghplan';
 *   const plan = await extract('plan.docx');                       // a path
 *   const plan2 = await extract(bytes, { fileName: 'plan.pdf' });  // bytes
 *   const findings = await check('plan.docx', { stage: 'issued' }); // what `ghplan check` finds
 */
import { extractBytes, extractFile, type ExtractInputOptions } from './api.js';
import type { Plan } from './model/plan.js';

export async function extract(input: string | Uint8Array, options: ExtractInputOptions = {}): Promise<Plan> {
  return typeof input === 'string' ? extractFile(input, options) : extractBytes(input, options);
}

export { extractBytes, extractFile, type ExtractInputOptions } from './api.js';
export { check, type CheckOptions } from './check/library.js';
export type { Finding } from './check/run.js';
export type { Stage } from './rules/types.js';
export type { Text } from './i18n/index.js';
export { PlanSchema, planJsonSchema, SCHEMA_VERSION } from './model/plan.js';
export type { Plan, PlanDocument, Section, SectionKind, Indicator, Task, Assignment, Reference, Deadline, Signer } from './model/plan.js';
export type { Diagnostic, Severity } from './model/diagnostics.js';
export { GhplanError, ErrorCodes } from './model/errors.js';
export { DEFAULT_LIMITS, type Limits } from './model/limits.js';
export { planToCsv, CSV_COLUMNS, CSV_FILES } from './export/csv.js';
