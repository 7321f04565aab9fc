/** JSON export: the validated plan, keys in schema order, stable across runs. */
import { PlanSchema, type Plan } from '../model/plan.js';
import { GhplanError, ErrorCodes } from '../model/errors.js';

/** Validates a plan against the schema; a failure is a bug in ghplan, reported as such. */
export function validatePlan(plan: Plan): Plan {
  const r = PlanSchema.safeParse(plan);
  if (!r.success) {
    const first = r.error.issues[0];
    throw new GhplanError(ErrorCodes.INTERNAL, `internal error: result does not match the schema at ${first?.path.join('.') ?? '?'}: ${first?.message ?? ''}`);
  }
  return r.data as Plan;
}

export function planToJson(plan: Plan, pretty = false): string {
  return JSON.stringify(plan, null, pretty ? 2 : undefined) + '\n';
}
