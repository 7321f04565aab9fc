/**
 * The same plan text saved differently gives the same facts: CRLF line ends, no blank lines
 * between paragraphs (some exports drop them), a UTF-8 BOM.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractBytes } from '../../src/api.js';
import { goldDiff } from '../helpers/gold.js';

const dir = join(import.meta.dirname, '../../fixtures/corpus');
const stems = readdirSync(dir)
  .filter((f) => f.endsWith('.gold.json'))
  .map((f) => f.replace(/\.gold\.json$/, ''));

const variants: Record<string, (text: string) => string> = {
  crlf: (t) => t.replace(/\n/g, '\r\n'),
  'no blank lines': (t) =>
    t
      .split('\n')
      .filter((l) => l.trim())
      .join('\n') + '\n',
  bom: (t) => `\ufeff${t}`,
};

describe('text variants give the gold facts', () => {
  for (const stem of stems) {
    const gold = JSON.parse(readFileSync(join(dir, `${stem}.gold.json`), 'utf8'));
    const text = readFileSync(join(dir, `${stem}.txt`), 'utf8');
    for (const [name, make] of Object.entries(variants)) {
      it(`${stem}: ${name}`, async () => {
        const plan = await extractBytes(new TextEncoder().encode(make(text)), { fileName: `${stem}.txt` });
        expect(goldDiff(gold, plan)).toEqual([]);
      });
    }
  }
});
