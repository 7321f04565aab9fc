// schemas/ghplan.config.schema.json is generated from the rule list (node scripts/write-config-schema.js
// after a build). This test fails when the checked-in file is stale: regenerate it and review the diff.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { configJsonSchema } from '../../src/check/config.js';

const FILE = new URL('../../schemas/ghplan.config.schema.json', import.meta.url);

describe('schemas/ghplan.config.schema.json', () => {
  it('is up to date with the rule list (run `npx tsc -p . && node scripts/write-config-schema.js`)', () => {
    const expected = {
      $id: 'https://ghplan.dev/schemas/ghplan.config.schema.json',
      title: 'ghplan check configuration (ghplan.config.json)',
      ...configJsonSchema(),
    };
    expect(readFileSync(FILE, 'utf8')).toBe(JSON.stringify(expected, null, 2) + '\n');
  });
  it('describes every rule by slug and by id, with its options', () => {
    const schema = JSON.parse(readFileSync(FILE, 'utf8'));
    const rules = schema.properties.rules;
    expect(rules.additionalProperties).toBe(false);
    expect(Object.keys(rules.properties)).toContain('required-sections');
    expect(rules.properties.GP001).toEqual({ $ref: '#/$defs/required-sections' });
    const object = schema.$defs['required-sections'].anyOf.find((s: { type?: string }) => s.type === 'object');
    expect(Object.keys(object.properties)).toEqual(['severity', 'kinds']);
    expect(object.additionalProperties).toBe(false);
  });
});
