/**
 * Real agency documents (fixtures/real-gold/, copied from the shared corpus with their sources
 * in its PROVENANCE.md) against expectations written for them and reviewed line by line
 * against each document.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldDiff } from '../helpers/gold.js';

const dir = join(import.meta.dirname, '../../fixtures/real-gold');
const bin = join(import.meta.dirname, '../../bin/ghplan.js');
const golds = readdirSync(dir).filter((f) => f.endsWith('.gold.json'));

describe('real documents match their reviewed expectations', () => {
  for (const g of golds) {
    const stem = g.replace(/\.gold\.json$/, '');
    const doc = readdirSync(dir).find((f) => f.startsWith(`${stem}.`) && !f.endsWith('.gold.json'))!;
    it(doc, () => {
      const gold = JSON.parse(readFileSync(join(dir, g), 'utf8'));
      const r = spawnSync(process.execPath, [bin, 'extract', join(dir, doc)], { encoding: 'utf8', maxBuffer: 1 << 28 });
      expect(r.status, r.stderr).toBe(0);
      expect(goldDiff(gold, JSON.parse(r.stdout))).toEqual([]);
    });
  }
});
