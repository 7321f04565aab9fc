/**
 * Dispatch order of a batch: the largest files start first (one big file must not end the
 * batch alone), while every output stays in input order; CSV rows made in the workers equal
 * those the main thread makes from the JSON (a second, incremental run rebuilds them so).
 */
import { copyFileSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBatchJob } from '../../dist/batch/run.js';
import { ROOT, tempDir } from './helpers.js';

const FILES = [
  'fixtures/corpus/000_50b50b607dcb6ce6.txt',
  'fixtures/corpus/002_43a256f70d3623bb.docx',
  'fixtures/corpus/004_46b6ecc3119ca271.txt',
  'fixtures/corpus/000_50b50b607dcb6ce6.docx',
];

describe('batch dispatch', () => {
  it('starts the largest file first and writes everything in input order', async () => {
    const dir = tempDir();
    const inputs = FILES.map((f, i) => {
      const path = join(dir, `${i}-${f.split('/').pop()}`);
      copyFileSync(join(ROOT, f), path);
      return { path, file: path.split('/').pop()! };
    });
    const started: string[] = [];
    const run = (force: boolean) =>
      runBatchJob(inputs, {
        outDir: join(dir, 'out'),
        formats: { json: true, csv: true },
        jobs: 1,
        failFast: false,
        force,
        extract: { ocr: 'off', convertLegacy: 'off' },
        version: 'test',
        timestamps: false,
        events: { start: (input) => started.push(input.file) },
      });
    const summary = await run(true);
    const bySize = [...inputs].sort((a, b) => statSync(b.path).size - statSync(a.path).size).map((i) => i.file);
    expect(started).toEqual(bySize);
    expect(summary.files.map((f) => f.file)).toEqual(inputs.map((i) => i.file));
    const csv = (name: string) => readFileSync(join(dir, 'out', name), 'utf8');
    const first = ['tasks.csv', 'indicators.csv', 'sections.csv', 'assignments.csv'].map(csv);
    expect(first[2]!.split('\n').length).toBeGreaterThan(10);
    // all skipped now: the CSVs are rebuilt from the JSON by the main thread, and must not change
    const again = await run(false);
    expect(again.files.every((f) => f.status === 'skipped')).toBe(true);
    expect(['tasks.csv', 'indicators.csv', 'sections.csv', 'assignments.csv'].map(csv)).toEqual(first);
  }, 120_000);
});
