/**
 * The zod-free validator (src/model/validate.ts) walks schemas/plan.schema.json: it must accept
 * and rebuild what zod accepts (same keys, same order, unknown keys dropped) and reject what
 * zod rejects, on real extraction results and on broken copies of them.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractFile } from '../../src/api.js';
import { PlanSchema, type Plan } from '../../src/model/plan.js';
import { planSchemaValidator } from '../../src/model/validate.js';

const FIX = join(import.meta.dirname, '../../fixtures');
const opts = { ocr: 'off', convertLegacy: 'off' } as const;

const clone = <T>(x: T): T => JSON.parse(JSON.stringify(x)) as T;
const ours = (x: unknown) => planSchemaValidator().parse(x);

describe('plan validator without zod', () => {
  let plans: Plan[] = [];
  it('accepts real plans and rebuilds them as zod does', async () => {
    plans = [
      await extractFile(join(FIX, 'corpus/002_43a256f70d3623bb.docx'), opts),
      await extractFile(join(FIX, 'corpus/004_46b6ecc3119ca271.txt'), opts),
    ];
    for (const plan of plans) {
      expect(plan.sections.length).toBeGreaterThan(0);
      const r = ours(plan);
      expect(r.success).toBe(true);
      if (r.success) expect(JSON.stringify(r.data)).toBe(JSON.stringify(PlanSchema.parse(plan)));
    }
  });

  it('drops unknown keys and puts keys in schema order, like zod', () => {
    const plan = clone(plans[0]!);
    const s = plan.sections[0] as unknown as Record<string, unknown>;
    s.internal = 1;
    const reordered = Object.fromEntries(Object.entries(plan).reverse());
    const r = ours(reordered);
    expect(r.success).toBe(true);
    if (r.success) expect(JSON.stringify(r.data)).toBe(JSON.stringify(PlanSchema.parse(reordered)));
  });

  const breakages: [string, (p: any) => void][] = [
    ['a missing required field', (p) => delete p.document.kind],
    ['an enum value outside the list', (p) => (p.document.kind = 'QD')],
    ['a wrong schemaVersion', (p) => (p.schemaVersion = '2')],
    ['a negative byte count', (p) => (p.source.bytes = -1)],
    ['a fractional line', (p) => (p.sections[0].at.line = 1.5)],
    ['a level below 1', (p) => (p.sections[0].level = 0)],
    ['a section without kinds', (p) => (p.sections[0].kinds = [])],
    ['a nested child with a bad kind', (p) => (p.sections[0].children = [{ ...p.sections[0], kinds: ['nope'], children: [] }])],
    ['null where a string is required', (p) => (p.sections[0].heading = null)],
    ['a string where an array is required', (p) => (p.document.recipients = 'x')],
    ['a NaN value', (p) => p.indicators.length && (p.indicators[0].value = NaN)],
    ['a bad signer object', (p) => (p.document.signer = { name: 1, position: null, authority: [] })],
    ['a non-string extra cell', (p) => p.tasks.length && (p.tasks[0].extra = { a: 1 })],
  ];
  for (const [what, breakIt] of breakages) {
    it(`rejects ${what}, as zod does`, () => {
      const plan = plans.map(clone).find((p) => {
        breakIt(p);
        return !PlanSchema.safeParse(p).success;
      });
      expect(plan, `no plan could be broken by ${what}`).toBeDefined();
      const r = ours(plan);
      expect(r.success).toBe(false);
    });
  }

  it('names the path of the first problem', () => {
    const plan = clone(plans[0]!) as any;
    plan.sections[0].level = 0;
    const r = ours(plan);
    expect(r.success ? null : r.issue.path).toEqual(['sections', 0, 'level']);
  });
});
