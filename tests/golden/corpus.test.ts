/**
 * Golden tests: the CLI, run as a process on every corpus document in every format, gives
 * exactly the facts of the document's gold file (fixtures/corpus/<stem>.gold.json).
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldDiff } from '../helpers/gold.js';

const dir = join(import.meta.dirname, '../../fixtures/corpus');
const bin = join(import.meta.dirname, '../../bin/ghplan.js');
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''));

describe('corpus documents match their gold files', () => {
  for (const stem of stems) {
    const gold = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8'));
    for (const ext of ['txt', 'docx', 'pdf']) {
      it(`${stem}.${ext}`, () => {
        const r = spawnSync(process.execPath, [bin, 'extract', join(dir, `${stem}.${ext}`)], { encoding: 'utf8' });
        expect(r.stderr).toBe('');
        expect(r.status).toBe(0);
        const out = JSON.parse(r.stdout);
        expect(goldDiff(gold, out)).toEqual([]);
      });
    }
  }
});
