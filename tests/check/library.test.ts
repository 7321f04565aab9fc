/**
 * `check()` as a library user calls it: imported from the built package (dist/index.js, what
 * `import { check } from 'ghplan'` loads), compared with `ghplan check --format json` run as a
 * process on the same files, so that both are one code path.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// dist/ is what the package exports; `npm test` builds it before the tests run
import { check, GhplanError, type Finding } from '../../dist/index.js';

const ROOT = join(import.meta.dirname, '../..');
const SEEDS = join(ROOT, 'fixtures/check/seeds');
const S001 = join(SEEDS, '001_e1cdb5c5b8b00bae.txt');
const S002 = join(SEEDS, '002_43a256f70d3623bb.txt');

/** `ghplan check --format json` on the files, as the CLI prints it. */
function cliFindings(args: string[]): Record<string, unknown>[] {
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/ghplan.js'), 'check', '--format', 'json', '--lang', 'en', ...args], {
    encoding: 'utf8',
  });
  expect(r.status === 0 || r.status === 1, r.stderr).toBe(true);
  return JSON.parse(r.stdout);
}

/** The fields `--format json` prints of a finding. */
const asJson = (f: Finding): Record<string, unknown> => ({
  file: f.file,
  line: f.line,
  column: f.column,
  page: f.page,
  table: f.table,
  row: f.row,
  ruleId: f.ruleId,
  slug: f.slug,
  severity: f.severity,
  message: f.message,
});

async function rejection(p: Promise<unknown>): Promise<{ code: string; message: string }> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e, 'expected the call to reject').toBeInstanceOf(GhplanError);
  return e as { code: string; message: string };
}

describe('check(input, options) from the package', () => {
  it('a valid plan: no findings', async () => {
    expect(await check(S002)).toEqual([]);
  });

  it('an invalid plan: the findings ghplan check gives, with their rule, severity, message and line', async () => {
    const found: Finding[] = await check(S001);
    expect(found.map((f) => [f.ruleId, f.severity, f.line])).toContainEqual(['GP001', 'error', 1]);
    expect(found.find((f) => f.ruleId === 'GP001')!.message).toBe('no section of kind muc_tieu (Mục tiêu) at any level');
    expect(found.map(asJson)).toEqual(cliFindings([S001]));
  });

  it('the nearest ghplan.config.json applies, options.config overrides it', async () => {
    const lenient = join(ROOT, 'fixtures/check/lenient/001.txt');
    // lenient/ghplan.config.json does not require muc_tieu and makes task-complete a warning
    expect(await check(lenient)).toEqual(cliFindings([lenient]));
    expect((await check(lenient)).some((f) => f.ruleId === 'GP001')).toBe(false);
    const strict = await check(lenient, { config: join(SEEDS, 'ghplan.config.json') });
    expect(strict.map((f) => [f.ruleId, f.severity])).toContainEqual(['GP001', 'error']);
    expect(strict.map(asJson)).toEqual(cliFindings([lenient, '--config', join(SEEDS, 'ghplan.config.json')]));
  });

  it('stage "issued" asks for the number and the day, as --stage issued does', async () => {
    const issued = await check(S002, { stage: 'issued' });
    expect(issued.map((f) => f.message)).toEqual([
      'the number is blank ("Số: /KH-UBND"); an issued plan has a số ký hiệu',
      'the date has no day (2026-06); an issued plan is dated to the day',
    ]);
    expect(issued.map(asJson)).toEqual(cliFindings([S002, '--stage', 'issued']));
  });

  it('bytes: the same findings, named by options.fileName', async () => {
    const found = await check(new Uint8Array(readFileSync(S001)), { fileName: '001.txt' });
    expect(found.map((f) => f.file)).toEqual(found.map(() => '001.txt'));
    expect(found.map((f) => ({ ...f, file: S001 }))).toEqual(await check(S001));
  });

  it('a file that cannot be read rejects with its code, as extract does', async () => {
    const e = await rejection(check(join(ROOT, 'fixtures/bad/binary.txt')));
    expect(e.code).toMatch(/^GHPLAN_/);
    expect(e.code).not.toBe('GHPLAN_INTERNAL');
    expect((await rejection(check(join(ROOT, 'fixtures/check/missing.txt')))).code).toBe('GHPLAN_NOT_FOUND');
  });

  it('bad options reject with GHPLAN_USAGE naming the option', async () => {
    const stage = await rejection(check(S002, { stage: 'final' as never }));
    expect(stage.code).toBe('GHPLAN_USAGE');
    expect(stage.message).toContain('options.stage');
    const require = await rejection(check(S002, { require: ['muc_tieu', 'nothing'] as never }));
    expect(require.code).toBe('GHPLAN_USAGE');
    expect(require.message).toContain('options.require');
    expect((await rejection(check(42 as never))).code).toBe('GHPLAN_USAGE');
  });

  it('a config file that is not valid is a config error', async () => {
    const e = await rejection(check(S002, { config: join(ROOT, 'fixtures/check/seeds/002_43a256f70d3623bb.txt') }));
    expect(e.code).toBe('GHPLAN_CONFIG_INVALID');
  });
});
