// `ghplan check` as a process: output formats, configuration, --stage, --require,
// --max-warnings and exit codes. Needs a build (`npm test` builds first).
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'bin', 'ghplan.js');
const SEEDS = 'fixtures/check/seeds';
const EMPTY = 'fixtures/bad/empty.txt';
const S = {
  s000: `${SEEDS}/000_50b50b607dcb6ce6.txt`,
  s001: `${SEEDS}/001_e1cdb5c5b8b00bae.txt`,
  s002: `${SEEDS}/002_43a256f70d3623bb.txt`,
  s003: `${SEEDS}/003_8c19b5a896f0fd48.txt`,
  s004: `${SEEDS}/004_46b6ecc3119ca271.txt`,
};

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

function ghplan(args: string[], env: Record<string, string | undefined> = {}, cwd = ROOT): Promise<Run> {
  const base = { ...process.env };
  delete base.FORCE_COLOR;
  delete base.NO_COLOR;
  delete base.GITHUB_ACTIONS;
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, 'check', ...args], { cwd, env: { ...base, ...env }, maxBuffer: 1 << 24 }, (err, stdout, stderr) => {
      const code = err ? (typeof (err as { code?: unknown }).code === 'number' ? (err as { code: number }).code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

interface JsonFinding {
  file: string;
  line: number;
  page: number | null;
  table: number | null;
  row: number | null;
  ruleId: string;
  slug: string;
  severity: string;
  message: string;
}

const json = (r: Run): JsonFinding[] => JSON.parse(r.stdout) as JsonFinding[];
const brief = (fs: JsonFinding[]): string[] => fs.map((f) => `${f.file}:${f.line} ${f.severity} ${f.ruleId} ${f.slug}`);

const temps: string[] = [];
function tempDir(): string {
  const d = mkdtempSync(join(tmpdir(), 'ghplan-check-'));
  temps.push(d);
  return d;
}
afterAll(() => {
  for (const d of temps) rmSync(d, { recursive: true, force: true });
});

describe.concurrent('ghplan check on the five seeds (default configuration)', () => {
  it('reports every real finding and nothing else', async () => {
    const r = await ghplan([SEEDS, '--format', 'json']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('');
    const found = json(r);
    expect(brief(found)).toEqual([
      // 000: the second "III." (TỔ CHỨC THỰC HIỆN) should be IV.
      `${S.s000}:141 warning GP004 section-numbering`,
      // 001: no MỤC TIÊU section at all.
      `${S.s001}:1 error GP001 required-sections`,
      // 002: nothing (VI.1, VI.4 and VI.6 are sentences, so VI's headings 2, 3, 5 are not gaps).
      // 003: no date line anywhere (no "Số:" line either, normal for a draft); its targets are in II.2.
      `${S.s003}:1 error GP006 metadata`,
      // 004: no MỤC TIÊU; annex row 1.1 of group III has nothing, row 1.3 no lead unit.
      `${S.s004}:1 error GP001 required-sections`,
      `${S.s004}:128 error GP002 task-complete`,
      `${S.s004}:130 error GP002 task-complete`,
    ]);
    expect(found[0]!.message).toContain('section III "TỔ CHỨC THỰC HIỆN" repeats number III (already used at line 99)');
    expect(found[1]!.message).toBe('no section of kind muc_tieu (Mục tiêu) at any level');
    expect(found[2]!.message).toContain('no date line');
    expect(found[4]!.message).toMatch(
      /^task III\.1\.1 ".*" has no lead unit \(đơn vị chủ trì\), deadline \(thời gian hoàn thành\) or output \(kết quả\/sản phẩm\)$/,
    );
    expect(found[5]!.message).toMatch(/^task III\.1\.3 ".*" has no lead unit \(đơn vị chủ trì\)$/);
    expect(found[4]).toMatchObject({ table: 1, row: 11, page: null });
  });

  it('declared-counts passes on seed 004 (9 tasks, 4 priority) and fails when the prose is changed', async () => {
    const ok = await ghplan([S.s004, '--format', 'json']);
    expect(json(ok).filter((f) => f.slug === 'declared-counts')).toEqual([]);
    const bad = await ghplan(['fixtures/check/declared-counts/004-counts-changed.txt', '--format', 'json']);
    const found = json(bad).filter((f) => f.slug === 'declared-counts');
    expect(found.map((f) => [f.line, f.severity, f.message])).toEqual([
      [57, 'error', expect.stringContaining('declares "10 chương trình, nhiệm vụ" (10) but the annex has 9 top-level tasks')],
      [
        57,
        'error',
        expect.stringContaining(
          'declares "trong đó có 03 chương trình, nhiệm vụ ưu tiên" (3 priority) but the annex marks 4 tasks as priority',
        ),
      ],
    ]);
  });
});

describe.concurrent('output formats', () => {
  it('text: grouped by file, line:col (line alone without a column) severity message rule, a summary; no colour off a terminal', async () => {
    const r = await ghplan([S.s000, S.s001, S.s002]);
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(/\u001b\[/);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe(S.s000);
    expect(lines[1]).toMatch(
      /^ {2}141:1 {2}warning {2}section III "TỔ CHỨC THỰC HIỆN" repeats number III \(already used at line 99\) {2}section-numbering$/,
    );
    expect(lines[2]).toBe('');
    expect(lines[3]).toBe(S.s001);
    // a finding about the whole document has a line and no column
    expect(lines[4]).toMatch(/^ {2}1 {2}error {2}no section of kind muc_tieu \(Mục tiêu\) at any level {2}required-sections$/);
    expect(r.stdout).not.toContain(S.s002);
    expect(r.stdout.trimEnd().split('\n').pop()).toBe('1 error, 1 warning in 3 files');
  });

  it('text: colour with FORCE_COLOR, none with NO_COLOR or --no-color', async () => {
    expect((await ghplan([S.s001], { FORCE_COLOR: '1' })).stdout).toMatch(/\u001b\[/);
    expect((await ghplan([S.s001], { FORCE_COLOR: '1', NO_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
    expect((await ghplan([S.s001, '--no-color'], { FORCE_COLOR: '1' })).stdout).not.toMatch(/\u001b\[/);
  });

  it('text: --quiet shows only errors, the summary counts all', async () => {
    const r = await ghplan([S.s000, S.s001, '--quiet']);
    expect(r.stdout).not.toContain('section-numbering');
    expect(r.stdout).toContain('required-sections');
    expect(r.stdout).toContain('1 error, 1 warning in 2 files');
  });

  it('json: an array of findings with file, line, column, page, row, ruleId, slug, severity, message', async () => {
    const r = await ghplan([S.s004, '--format', 'json']);
    const found = json(r);
    expect(Object.keys(found[0]!)).toEqual(['file', 'line', 'column', 'page', 'table', 'row', 'ruleId', 'slug', 'severity', 'message']);
    expect(found[0]).toEqual({
      file: S.s004,
      line: 1,
      column: null,
      page: null,
      table: null,
      row: null,
      ruleId: 'GP001',
      slug: 'required-sections',
      severity: 'error',
      message: 'no section of kind muc_tieu (Mục tiêu) at any level',
    });
    const clean = await ghplan([S.s002, '--format', 'json']);
    expect(clean.code).toBe(0);
    expect(clean.stdout).toBe('[]\n');
  });

  it('github: workflow commands with the rule as title', async () => {
    const r = await ghplan([S.s000, S.s001, '--format', 'github']);
    expect(r.stdout).toBe(
      `::warning file=${S.s000},line=141,col=1,title=GP004 section-numbering::section III "TỔ CHỨC THỰC HIỆN" repeats number III (already used at line 99)\n` +
        `::error file=${S.s001},line=1,title=GP001 required-sections::no section of kind muc_tieu (Mục tiêu) at any level\n`,
    );
  });

  it('junit: one testsuite per file, one testcase per rule, failures for errors', async () => {
    const r = await ghplan([S.s000, S.s004, EMPTY, '--format', 'junit']);
    expect(r.code).toBe(1);
    const x = r.stdout;
    expect(
      x.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="ghplan check" tests="13" failures="2" errors="1">\n'),
    ).toBe(true);
    expect(x.match(/<testsuite /g)).toHaveLength(3);
    expect(x.match(/<testcase /g)).toHaveLength(13);
    expect(x).toContain(`<testsuite name="${S.s004}" tests="6" failures="2" errors="0" skipped="0">`);
    expect(x).toContain('<failure type="error" message="2 errors">');
    expect(x).toContain('<system-out>' + `${S.s000}:141:1 warning section III &quot;TỔ CHỨC THỰC HIỆN&quot; repeats number III`);
    expect(x).toContain('<error type="GHPLAN_EMPTY_FILE"');
    expect(x.trimEnd().endsWith('</testsuites>')).toBe(true);
    expect(x).not.toMatch(/time=|timestamp=/);
  });

  it('every format is byte-identical across runs', async () => {
    for (const format of ['text', 'json', 'github', 'junit']) {
      const a = await ghplan([SEEDS, '--format', format]);
      const b = await ghplan([SEEDS, '--format', format]);
      expect(a.stdout).toBe(b.stdout);
    }
  });
});

describe.concurrent('inputs and exit codes', () => {
  it('0 when there is no error finding', async () => {
    const r = await ghplan([S.s002]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('0 errors, 0 warnings in 1 file\n');
  });
  it('0 with warnings only', async () => {
    expect((await ghplan([S.s000])).code).toBe(0);
  });
  it('1 when a file cannot be read, listed as <file>: <message> [<CODE>]; the others are still checked', async () => {
    const r = await ghplan([EMPTY, S.s002]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`${EMPTY}: file is empty; check that you picked the right file, or ask for it again [GHPLAN_EMPTY_FILE]\n`);
    expect(r.stdout).toBe('0 errors, 0 warnings in 2 files (1 could not be read)\n');
  });
  it('2 when a path does not exist, before any work', async () => {
    const r = await ghplan(['fixtures/check/missing.txt', S.s002]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('fixtures/check/missing.txt: file not found; check the path and the file name [GHPLAN_NOT_FOUND]\n');
    expect(r.stdout).toBe('');
  });
  it('globs are expanded by ghplan (no shell), folders searched for plan files', async () => {
    const r = await ghplan([`${SEEDS}/00[12]_*.txt`, '--format', 'json']);
    expect([...new Set(json(r).map((f) => f.file))]).toEqual([S.s001]);
    const all = await ghplan(['fixtures/check/**/*.txt', '--format', 'junit']);
    expect(all.stdout.match(/<testsuite /g)).toHaveLength(7);
  });
  it.each([
    [['--format', 'xml', S.s001], /xml/],
    [['--stage', 'final', S.s001], /final/],
    [['--max-warnings', 'many', S.s001], /--max-warnings/],
    [['--require', 'muc_tieu,objectives', S.s001], /unknown section kind "objectives"/],
    [['fixtures/check/nothing-*.txt'], /no files match fixtures\/check\/nothing-\*\.txt/],
    [[], /missing required argument/],
  ])('2 on usage errors: %j', async (args, message) => {
    const r = await ghplan(args);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stdout).toBe('');
  });
});

describe.concurrent('--stage, --require, --max-warnings', () => {
  it('--stage issued makes a blank number and a blank day errors', async () => {
    const draft = await ghplan([S.s004, '--format', 'json']);
    expect(json(draft).filter((f) => f.slug === 'metadata')).toEqual([]);
    const issued = await ghplan([S.s004, '--format', 'json', '--stage', 'issued']);
    expect(
      json(issued)
        .filter((f) => f.slug === 'metadata')
        .map((f) => `${f.severity} ${f.message}`),
    ).toEqual([
      'error the number is blank ("Số: /KH-SNNMT"); an issued plan has a số ký hiệu',
      'error the date has no day (2026-05); an issued plan is dated to the day',
    ]);
  });
  it('--require overrides the required kinds', async () => {
    const r = await ghplan([S.s001, S.s002, '--require', 'muc_tieu,phu_luc', '--format', 'json']);
    expect(
      json(r)
        .filter((f) => f.slug === 'required-sections')
        .map((f) => `${f.file} ${f.message}`),
    ).toEqual([
      `${S.s001} no section of kind muc_tieu (Mục tiêu) at any level`,
      `${S.s001} no section of kind phu_luc (Phụ lục) at any level`,
    ]);
    const only = await ghplan([S.s001, '--require', 'muc_dich']);
    expect(only.code).toBe(0);
  });
  it('--max-warnings: exit 1 when warnings exceed it', async () => {
    expect((await ghplan([S.s000, '--max-warnings', '1'])).code).toBe(0);
    const over = await ghplan([S.s000, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toContain('1 warning, more than --max-warnings 0');
    expect((await ghplan([S.s000, '--max-warnings', '-1'])).code).toBe(0);
  });
});

describe.concurrent('configuration', () => {
  it('the nearest ghplan.config.json above a file applies to it', async () => {
    // fixtures/check/lenient: required-sections without muc_tieu, as a warning; GP002 a warning.
    const r = await ghplan(['fixtures/check/lenient/001.txt', '--format', 'json']);
    expect(r.code).toBe(0);
    expect(json(r)).toEqual([]);
  });

  function withConfig(config: unknown, name = 'ghplan.config.json'): { dir: string; plan: string } {
    const dir = tempDir();
    mkdirSync(join(dir, 'plans'));
    copyFileSync(join(ROOT, S.s004), join(dir, 'plans', '004.txt'));
    writeFileSync(join(dir, name), typeof config === 'string' ? config : JSON.stringify(config));
    return { dir, plan: join('plans', '004.txt') };
  }

  it('severities, options, false, ids and stage from the config file', async () => {
    const { dir, plan } = withConfig({
      rules: {
        'required-sections': { severity: 'warning', kinds: ['muc_dich', 'phu_luc'] },
        GP002: 'info',
        metadata: true,
        'section-numbering': false,
      },
      stage: 'issued',
    });
    const r = await ghplan([plan, '--format', 'json'], {}, dir);
    expect(json(r).map((f) => `${f.line} ${f.severity} ${f.slug}`)).toEqual([
      '1 error metadata',
      '1 error metadata',
      '128 info task-complete',
      '130 info task-complete',
    ]);
    expect(r.code).toBe(1);
    // --stage on the command line wins over the config's stage
    const draft = await ghplan([plan, '--format', 'json', '--stage', 'draft'], {}, dir);
    expect(draft.code).toBe(0);
  });

  it('--config FILE is used for every file', async () => {
    const { dir, plan } = withConfig({ rules: { 'required-sections': false, 'task-complete': false } }, 'custom.json');
    const r = await ghplan([plan, '--config', 'custom.json'], {}, dir);
    expect(r.code).toBe(0);
    const missing = await ghplan([plan, '--config', 'nope.json'], {}, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nope\.json: config file not found/);
  });

  it.each([
    [
      { rules: { 'task-complete': 'warn' } },
      /rules\.task-complete: expected false, true, "error", "warning", "info" or an object .*, got "warn"/,
    ],
    [{ rules: { 'task-complete': 1 } }, /rules\.task-complete: expected .* got 1/],
    [{ rules: { 'no-such-rule': true } }, /rules\.no-such-rule: unknown rule \(known: required-sections, /],
    [
      { rules: { 'required-sections': { kinds: ['muc_tieu'], kind: [] } } },
      /rules\.required-sections: unknown option "kind" \(options: severity, kinds\)/,
    ],
    [{ rules: { 'required-sections': { kinds: ['objectives'] } } }, /rules\.required-sections\.kinds\.0: /],
    [
      { rules: { 'required-sections': { severity: 'fatal' } } },
      /rules\.required-sections\.severity: expected "error", "warning", "info", got "fatal"/,
    ],
    [
      { rules: { 'declared-counts': { strict: true } } },
      /rules\.declared-counts: unknown option "strict" \(this rule takes only "severity"\)/,
    ],
    [{ rules: { GP001: false, 'required-sections': true } }, /rules\.required-sections: rule GP001 is already configured as "GP001"/],
    [{ stage: 'final' }, /stage: expected "draft" or "issued", got "final"/],
    [{ rule: {} }, /unknown key "rule"/],
    [[], /expected a JSON object/],
    ['{ "rules": ', /not valid JSON: the text ends too early .* at line 1, column 12/],
    ['{\r\n  "stage": "draft",\r\n}', /not valid JSON: unexpected character at line 3, column 1/],
    [{ rules: { 'required-sections': { kinds: [] } } }, /rules\.required-sections\.kinds: expected a list of at least 1/],
    [{ rules: { 'task-complete': { datedDeadline: 'yes' } } }, /rules\.task-complete\.datedDeadline: expected true or false, got "yes"/],
  ])('a bad config fails loudly (exit 2, naming the key): %j', async (config, message) => {
    const { dir, plan } = withConfig(config);
    const r = await ghplan([plan], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(r.stderr).toMatch(/ghplan\.config\.json/);
    expect(r.stdout).toBe('');
  });

  it.each([
    ['{ "rules": ', 'không phải JSON hợp lệ: văn bản kết thúc giữa chừng (thiếu dấu đóng }, ] hoặc ") ở dòng 1, cột 12'],
    ['{\n  "stage": "draft",\n}', 'không phải JSON hợp lệ: ký tự không đúng chỗ ở dòng 3, cột 1'],
    [{ stage: 'final' }, 'stage: cần "draft" (dự thảo) hoặc "issued" (đã ban hành), không phải "final"'],
    [{ rule: {} }, 'khoá "rule" không có (chỉ dùng "rules", "stage" hoặc "$schema")'],
    [{ rules: { 'no-such-rule': true } }, 'rules.no-such-rule: không có quy tắc này (các quy tắc: required-sections, '],
    [{ rules: { 'task-complete': 'warn' } }, 'rules.task-complete: cần false, true, "error", "warning", "info" hoặc một đối tượng'],
    [
      { rules: { 'required-sections': { kinds: ['objectives'] } } },
      'rules.required-sections.kinds.0: cần một trong các giá trị "muc_dich", ',
    ],
    [{ rules: { 'required-sections': { kinds: [] } } }, 'rules.required-sections.kinds: cần một danh sách có ít nhất 1 phần tử'],
    [
      { rules: { 'declared-counts': { strict: true } } },
      'rules.declared-counts: không có tuỳ chọn "strict" (quy tắc này chỉ có tuỳ chọn "severity")',
    ],
  ])('a bad config is said in Vietnamese, with the file and where in it: %j', async (config, message) => {
    const { dir, plan } = withConfig(config);
    const r = await ghplan([plan, '--lang', 'vi'], {}, dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`ghplan.config.json: ${message}`);
    expect(r.stderr).not.toMatch(/expected|unknown|not valid|got /);
  });

  it('--require and --config errors in Vietnamese', async () => {
    const { dir, plan } = withConfig({});
    const kind = await ghplan([plan, '--require', 'muc_tieu,objectives', '--lang', 'vi'], {}, dir);
    expect(kind.code).toBe(2);
    expect(kind.stderr).toContain('--require: không có loại mục "objectives" (các loại: muc_dich, muc_tieu,');
    const missing = await ghplan([plan, '--config', 'nope.json', '--lang', 'vi'], {}, dir);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('nope.json: không tìm thấy tệp cấu hình');
  });
});
