/** `ghplan batch` end to end: the built CLI over fixture folders with good and bad files. */
import { describe, expect, it, beforeAll } from 'vitest';
import { appendFileSync, existsSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, copyFixtures, ghplan, listFiles, readCsv, readJson, tempDir, type Run } from './helpers.js';

const COLUMNS = {
  'indicators.csv': ['file', 'document_number', 'issuer', 'section', 'value', 'max', 'unit', 'op', 'change', 'year', 'text'],
  'tasks.csv': [
    'file',
    'document_number',
    'issuer',
    'source',
    'id',
    'group',
    'group_title',
    'number',
    'parent',
    'name',
    'output',
    'deadline_text',
    'deadline_date',
    'lead',
    'support',
    'priority',
  ],
  'sections.csv': ['file', 'document_number', 'number_path', 'level', 'kinds', 'heading'],
  'assignments.csv': ['file', 'document_number', 'unit', 'duties'],
} as const;

const GOOD = ['001_e1cdb5c5b8b00bae.txt', 'sub/003_8c19b5a896f0fd48.docx', 'sub/004_46b6ecc3119ca271.txt'];
const BAD: Record<string, string> = {
  'binary.txt': 'GHPLAN_BINARY_FILE',
  'empty.txt': 'GHPLAN_EMPTY_FILE',
  'not-a-docx.docx': 'GHPLAN_DOCX_NOT_ZIP',
  'truncated.docx': 'GHPLAN_DOCX_CORRUPT',
};

function sectionCount(sections: any[]): number {
  return sections.reduce((n, s) => n + 1 + sectionCount(s.children), 0);
}

describe('batch over good and bad files', () => {
  let dir: string;
  let out: string;
  let first: Run;

  beforeAll(() => {
    dir = copyFixtures();
    out = join(dir, 'out');
    first = ghplan(['batch', join(dir, 'good'), join(dir, 'bad'), '--out', out, '--jobs', '2']);
  });

  it('exits 1 and lists each bad file once, in the one-line error format', () => {
    expect(first.code).toBe(1);
    const lines = first.stderr.split('\n').filter((l) => / \[GHPLAN_[A-Z_]+\]$/.test(l));
    expect(lines).toHaveLength(Object.keys(BAD).length);
    for (const [file, code] of Object.entries(BAD)) {
      expect(lines.filter((l) => l.startsWith(`${file}: `) && l.endsWith(`[${code}]`))).toHaveLength(1);
    }
    expect(first.stderr).not.toMatch(/\n\s+at /); // no stack trace
    expect(first.stderr).toMatch(/7 files: 3 ok, .*4 failed, 0 skipped/);
    expect(first.stdout).toBe('');
  });

  it('writes the JSON of every good file, and nothing for hidden, non-plan or bad files', () => {
    expect(listFiles(join(out, 'json'))).toEqual([
      '001_e1cdb5c5b8b00bae.txt.json',
      'sub__003_8c19b5a896f0fd48.docx.json',
      'sub__004_46b6ecc3119ca271.txt.json',
    ]);
    const plan = readJson(join(out, 'json/sub__003_8c19b5a896f0fd48.docx.json'));
    expect(plan.source.file).toBe('sub/003_8c19b5a896f0fd48.docx');
    expect(plan.source.format).toBe('docx');
    // no temp files left behind
    expect(listFiles(out).filter((f) => f.includes('ghplan-tmp'))).toEqual([]);
  });

  it('writes summary.json: version, statuses, sha256, errors, counts, totals, no timestamps', () => {
    const s = readJson(join(out, 'summary.json'));
    expect(s.ghplan).toBe(readJson(join(ROOT, 'package.json')).version);
    expect(s.files.map((f: any) => f.file)).toEqual([...Object.keys(BAD), ...GOOD].sort());
    for (const f of s.files) {
      expect(f.sha256).toMatch(/^[0-9a-f]{64}$/);
      if (BAD[f.file]) {
        expect(f.status).toBe('failed');
        expect(f.error.code).toBe(BAD[f.file]);
        expect(f.json).toBeNull();
      } else {
        expect(f.status).toBe('ok');
        expect(f.error).toBeNull();
        const plan = readJson(join(out, f.json));
        expect(f.indicators).toBe(plan.indicators.length);
        expect(f.tasks).toBe(plan.tasks.length);
      }
    }
    expect(s.totals).toMatchObject({ files: 7, ok: 3, failed: 4, skipped: 0 });
    expect(s.totals.indicators).toBe(s.files.reduce((n: number, f: any) => n + f.indicators, 0));
    expect(JSON.stringify(s)).not.toMatch(/startedAt|finishedAt|extractedAt/);
  });

  it('writes the four CSVs: BOM, CRLF, the spec columns, one row per item, in input order', () => {
    const plans = GOOD.map((f) => readJson(join(out, 'json', f.replace('/', '__') + '.json')));
    const expected = {
      'indicators.csv': plans.map((p) => p.indicators.length),
      'tasks.csv': plans.map((p) => p.tasks.length),
      'sections.csv': plans.map((p) => sectionCount(p.sections)),
      'assignments.csv': plans.map((p) => p.assignments.length),
    };
    for (const [name, cols] of Object.entries(COLUMNS)) {
      const csv = readCsv(join(out, name));
      expect(csv.bom, name).toBe(true);
      expect(csv.raw.replace(/"[^"]*"/g, '').match(/(?<!\r)\n/g), `${name}: bare LF`).toBeNull();
      expect(csv.raw.endsWith('\r\n')).toBe(true);
      expect(csv.header).toEqual(cols);
      for (const r of csv.rows) expect(r).toHaveLength(cols.length);
      const perFile = GOOD.map((f) => csv.rows.filter((r) => r[0] === f).length);
      expect(perFile, name).toEqual(expected[name as keyof typeof expected]);
      // rows come file by file in sorted input order
      const order = csv.rows.map((r) => r[0]).filter((f, i, a) => a.indexOf(f) === i);
      expect(order).toEqual(GOOD.filter((_, i) => expected[name as keyof typeof expected][i]! > 0));
    }
    expect(GOOD.reduce((n, _, i) => n + expected['tasks.csv'][i]!, 0)).toBeGreaterThan(0);
    expect(expected['indicators.csv'].reduce((a, b) => a + b)).toBeGreaterThan(0);
  });

  it('keeps Vietnamese intact (NFC) and matches the JSON field by field', () => {
    const csv = readCsv(join(out, 'tasks.csv'));
    const plan = readJson(join(out, 'json/sub__004_46b6ecc3119ca271.txt.json'));
    const rows = csv.rows.filter((r) => r[0] === 'sub/004_46b6ecc3119ca271.txt');
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r[(COLUMNS['tasks.csv'] as readonly string[]).indexOf('name')])).toEqual(
      plan.tasks.map((t: any) => (/^[=+\-@]/.test(t.name) ? `'${t.name}` : t.name)),
    );
    expect(rows.map((r) => r[(COLUMNS['tasks.csv'] as readonly string[]).indexOf('lead')])).toEqual(
      plan.tasks.map((t: any) => t.lead.join('; ')),
    );
    expect(csv.raw).toMatch(/Ủy ban nhân dân|Phòng|xã/);
    expect(csv.raw).toBe(csv.raw.normalize('NFC'));
    const sections = readCsv(join(out, 'sections.csv'));
    expect(sections.rows.some((r) => /[ạảãắằẳẵặấầẩẫậđêếềểễệ]/i.test(r[5]!))).toBe(true);
  });

  it('a second run skips unchanged successes, retries failures and writes the same bytes', () => {
    const before = Object.fromEntries(
      ['summary.json', 'tasks.csv', 'indicators.csv', 'json/001_e1cdb5c5b8b00bae.txt.json'].map((f) => [f, readFileSync(join(out, f))]),
    );
    const again = ghplan(['batch', join(dir, 'good'), join(dir, 'bad'), '--out', out]);
    expect(again.code).toBe(1);
    expect(again.stderr).toMatch(/7 files: 0 ok, .*4 failed, 3 skipped/);
    for (const file of Object.keys(BAD)) expect(again.stderr).toContain(`${file}: `);
    const s = readJson(join(out, 'summary.json'));
    expect(s.files.filter((f: any) => f.status === 'skipped').map((f: any) => f.file)).toEqual(GOOD);
    expect(s.files.filter((f: any) => f.status === 'failed')).toHaveLength(4);
    for (const f of ['tasks.csv', 'indicators.csv', 'json/001_e1cdb5c5b8b00bae.txt.json'])
      expect(readFileSync(join(out, f)).equals(before[f]!), f).toBe(true);
  });

  it('re-extracts a file whose content changed, and a fixed bad file', () => {
    const d = copyFixtures();
    const o = join(d, 'out');
    expect(ghplan(['batch', join(d, 'good'), join(d, 'bad'), '--out', o]).code).toBe(1);
    appendFileSync(join(d, 'good/sub/004_46b6ecc3119ca271.txt'), '\n');
    writeFileSync(join(d, 'bad/empty.txt'), readFileSync(join(d, 'good/001_e1cdb5c5b8b00bae.txt')));
    const r = ghplan(['batch', join(d, 'good'), join(d, 'bad'), '--out', o, '--quiet']);
    const byFile = Object.fromEntries(readJson(join(o, 'summary.json')).files.map((f: any) => [f.file, f.status]));
    expect(byFile).toMatchObject({
      'sub/004_46b6ecc3119ca271.txt': 'ok',
      '001_e1cdb5c5b8b00bae.txt': 'skipped',
      'empty.txt': 'ok',
      'binary.txt': 'failed',
    });
    expect(r.code).toBe(1);
    expect(readCsv(join(o, 'sections.csv')).rows.some((row) => row[0] === 'empty.txt')).toBe(true);
  });

  it('--force redoes every file', () => {
    const r = ghplan(['batch', join(dir, 'good'), join(dir, 'bad'), '--out', out, '--force', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/7 files: 3 ok, .*4 failed, 0 skipped/);
  });
});

describe('batch options', () => {
  it('exit 0 when every file succeeds; same bytes with --jobs 1 and --jobs 2', () => {
    const dir = copyFixtures('good');
    const a = ghplan(['batch', dir, '--out', join(dir, 'a'), '--jobs', '1']);
    const b = ghplan(['batch', dir, '--out', join(dir, 'b'), '--jobs', '2']);
    expect(a.code).toBe(0);
    expect(b.code).toBe(0);
    for (const f of listFiles(join(dir, 'a')))
      expect(readFileSync(join(dir, 'a', f)).equals(readFileSync(join(dir, 'b', f))), f).toBe(true);
    expect(listFiles(join(dir, 'a'))).toEqual(listFiles(join(dir, 'b')));
  });

  it('skips its own --out folder inside an input folder', () => {
    const dir = copyFixtures('good');
    expect(ghplan(['batch', dir, '--out', join(dir, 'res')]).code).toBe(0);
    const r = ghplan(['batch', dir, '--out', join(dir, 'res'), '--json']);
    expect(JSON.parse(r.stdout).totals.files).toBe(3);
  });

  it('--json prints the summary on stdout', () => {
    const dir = copyFixtures();
    const r = ghplan(['batch', join(dir, 'good'), join(dir, 'bad'), '--out', join(dir, 'o'), '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.totals).toMatchObject({ files: 7, ok: 3, failed: 4 });
    expect(s).toEqual(readJson(join(dir, 'o/summary.json')));
  });

  it('--fail-fast stops at the first failure', () => {
    const dir = copyFixtures();
    // bad files sort first (binary.txt); with one job nothing after it starts
    const r = ghplan(['batch', join(dir, 'bad'), join(dir, 'good'), '--out', join(dir, 'o'), '--fail-fast', '--jobs', '1', '--json']);
    expect(r.code).toBe(1);
    const s = JSON.parse(r.stdout);
    expect(s.stopped).toBe('fail-fast');
    expect(s.totals.failed).toBe(1);
    expect(s.totals.files).toBeLessThan(7);
    expect(r.stderr.split('\n').filter((l) => /\[GHPLAN_/.test(l))).toHaveLength(1);
  });

  it('--format json writes no CSV; --format csv keeps no per-file JSON', () => {
    const dir = copyFixtures('good');
    expect(ghplan(['batch', dir, '--out', join(dir, 'j'), '--format', 'json']).code).toBe(0);
    expect(listFiles(join(dir, 'j')).filter((f) => f.endsWith('.csv'))).toEqual([]);
    expect(ghplan(['batch', dir, '--out', join(dir, 'c'), '--format', 'csv']).code).toBe(0);
    expect(listFiles(join(dir, 'c'))).toEqual([
      'assignments.csv',
      'findings.csv',
      'indicators.csv',
      'plans.csv',
      'sections.csv',
      'summary.json',
      'tasks.csv',
    ]);
  });

  it('expands globs itself (as Windows shells leave them)', () => {
    const dir = copyFixtures('good');
    const r = ghplan(['batch', 'sub/*.txt', '*.txt', '--out', 'o', '--json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).files.map((f: any) => f.file)).toEqual(['001_e1cdb5c5b8b00bae.txt', '004_46b6ecc3119ca271.txt']);
    const all = ghplan(['batch', '**/*.{txt,docx}', '--out', 'o2', '--json'], { cwd: dir });
    expect(JSON.parse(all.stdout).files.map((f: any) => f.file)).toEqual([
      '001_e1cdb5c5b8b00bae.txt',
      'sub/003_8c19b5a896f0fd48.docx',
      'sub/004_46b6ecc3119ca271.txt',
    ]);
  });

  it('usage errors exit 2: no --out, no inputs, missing path, unwritable --out, bad options', () => {
    const dir = copyFixtures('good');
    const empty = tempDir();
    writeFileSync(join(empty, 'file'), 'x');
    const cases: string[][] = [
      ['batch', dir],
      ['batch', empty, '--out', join(empty, 'o')],
      ['batch', join(dir, 'nope'), '--out', join(empty, 'o')],
      ['batch', join(dir, '*.nomatch'), '--out', join(empty, 'o')],
      ['batch', dir, '--out', join(empty, 'file')],
      ['batch', dir, '--out', join(empty, 'file', 'below')],
      ['batch', dir, '--out', join(empty, 'o'), '--jobs', '0'],
      ['batch', dir, '--out', join(empty, 'o'), '--format', 'pdf'],
    ];
    for (const args of cases) {
      const r = ghplan(args);
      expect(r.code, args.join(' ')).toBe(2);
      expect(r.stderr.trim().split('\n').length, args.join(' ')).toBeLessThanOrEqual(3);
    }
    if (process.platform !== 'win32' && process.getuid?.() !== 0) {
      const ro = tempDir();
      mkdirSync(join(ro, 'locked'), { mode: 0o500 });
      expect(ghplan(['batch', dir, '--out', join(ro, 'locked', 'o')]).code).toBe(2);
    }
    expect(existsSync(join(empty, 'o', 'summary.json'))).toBe(false);
  });
});
