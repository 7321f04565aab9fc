/** JSON export: the validated plan, keys in schema order, stable across runs. */
import type { Plan } from '../model/plan.js';
import { GhplanError, ErrorCodes } from '../model/errors.js';
import { planSchemaValidator } from '../model/validate.js';

/**
 * Validates a plan against schemas/plan.schema.json (generated from the zod schema; walked
 * without zod, which would cost more start-up than a small file's extraction); a failure is a
 * bug in ghplan, reported as such.
 */
export function validatePlan(plan: Plan): Plan {
  const r = planSchemaValidator().parse(plan);
  if (!r.success) {
    throw new GhplanError(
      ErrorCodes.INTERNAL,
      `internal error: result does not match the schema at ${r.issue.path.join('.') || '?'}: ${r.issue.message}`,
    );
  }
  return r.data as Plan;
}

export function planToJson(plan: Plan, pretty = false): string {
  return JSON.stringify(plan, null, pretty ? 2 : undefined) + '\n';
}
