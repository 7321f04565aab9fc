/** The checked-in JSON Schema is generated from the zod schema and must not be stale. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { planJsonSchema } from '../../src/model/plan.js';

it('schemas/plan.schema.json is up to date (run `npm run schema`)', () => {
  const onDisk = JSON.parse(readFileSync(join(import.meta.dirname, '../../schemas/plan.schema.json'), 'utf8'));
  const { $id: _id, title: _title, ...rest } = onDisk;
  expect(rest).toEqual(planJsonSchema());
});
