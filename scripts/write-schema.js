#!/usr/bin/env node
// Writes schemas/plan.schema.json from the zod schema (src/model/plan.ts). Run after a build:
// `npm run schema`. A test fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { planJsonSchema } from '../dist/model/plan.js';

const out = fileURLToPath(new URL('../schemas/plan.schema.json', import.meta.url));
const schema = { $id: 'https://ghplan.dev/schemas/plan.schema.json', title: 'ghplan extract output', ...planJsonSchema() };
writeFileSync(out, JSON.stringify(schema, null, 2) + '\n');
console.log(`wrote ${out}`);
