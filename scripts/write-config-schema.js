#!/usr/bin/env node
// Writes schemas/ghplan.config.schema.json (the JSON Schema of ghplan.config.json) from the rule
// list, through dist/. Run after a build: `npx tsc -p . && node scripts/write-config-schema.js`.
// A test (tests/rules/config-schema.test.ts) fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { configJsonSchema } from '../dist/check/config.js';

export function configSchemaDocument() {
  return {
    $id: 'https://ghplan.dev/schemas/ghplan.config.schema.json',
    title: 'ghplan check configuration (ghplan.config.json)',
    ...configJsonSchema(),
  };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const out = fileURLToPath(new URL('../schemas/ghplan.config.schema.json', import.meta.url));
  writeFileSync(out, JSON.stringify(configSchemaDocument(), null, 2) + '\n');
  console.log(`wrote ${out}`);
}
