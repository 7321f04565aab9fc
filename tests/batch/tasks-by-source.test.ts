/** summary.json counts tasks by source: rows of task tables and tasks written in the text. */
import { cpSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ghplan, readCsv, readJson, ROOT, tempDir } from './helpers.js';

describe('batch: tasks by source', () => {
  it('counts table and text tasks per file and in the totals of summary.json, and the CSV tells them apart', () => {
    const dir = tempDir();
    cpSync(join(ROOT, 'fixtures/text-tasks/labels-after.txt'), join(dir, 'in/labels-after.txt'));
    cpSync(join(ROOT, 'fixtures/corpus/002_43a256f70d3623bb.txt'), join(dir, 'in/002.txt'));
    const out = join(dir, 'out');
    const r = ghplan(['batch', join(dir, 'in'), '--out', out, '--jobs', '1', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const s = readJson(join(out, 'summary.json'));
    const byFile = Object.fromEntries(s.files.map((f: any) => [f.file, f]));
    const seedTasks = readJson(join(out, 'json', '002.txt.json')).tasks.length;
    expect(seedTasks).toBeGreaterThan(0);
    expect(byFile['labels-after.txt']).toMatchObject({ tasks: 3, tasksBySource: { table: 0, text: 3 } });
    expect(byFile['002.txt']).toMatchObject({ tasks: seedTasks, tasksBySource: { table: seedTasks, text: 0 } });
    expect(s.totals).toMatchObject({ tasks: seedTasks + 3, tasksBySource: { table: seedTasks, text: 3 } });
    const csv = readCsv(join(out, 'tasks.csv'));
    const source = csv.header.indexOf('source');
    expect(csv.rows.filter((row) => row[source] === 'text')).toHaveLength(3);
  });
});
