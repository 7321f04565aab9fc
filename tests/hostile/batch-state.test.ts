// Issue 15, batch state: what a batch leaves in --out is never stale, half-written or trusted
// blindly — after kill -9, with a stale temp folder or lock, with a corrupted summary.json or
// per-file JSON, with a full or read-only disk, after Ctrl-C or SIGTERM. Inputs are built here.
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, expectOneLine, ghplan, manyPagePdf, startGhplan, tempDir, type Run } from './helpers.js';

/** A small plan with two indicators; `n` makes its number and title its own. */
function planText(n: number): string {
  return [
    'ỦY BAN NHÂN DÂN',
    'XÃ AN PHÚ',
    '',
    `Số: ${n}/KH-UBND`,
    '',
    'An Phú, ngày 5 tháng 4 năm 2026',
    '',
    'KẾ HOẠCH',
    `Phát triển kinh tế thôn số ${n} năm 2026`,
    '',
    'I. MỤC TIÊU',
    '1. Chỉ tiêu cụ thể',
    '- Tỷ lệ hộ nghèo giảm còn dưới 2% vào năm 2026.',
    '- 100% thôn có nhà văn hóa đạt chuẩn vào năm 2027.',
    '',
    'II. TỔ CHỨC THỰC HIỆN',
    'Phòng Văn hóa - Xã hội chủ trì, phối hợp với các thôn tổ chức thực hiện.',
    '',
  ].join('\n');
}
const INDICATORS_PER_PLAN = 2;

/** A folder of `count` plans (plan-01.txt …). */
function plans(count: number): string {
  const dir = join(tempDir(), 'in');
  mkdirSync(dir);
  for (let n = 1; n <= count; n++) writeFileSync(join(dir, name(n)), planText(n));
  return dir;
}
const name = (n: number): string => `plan-${String(n).padStart(2, '0')}.txt`;
const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/**
 * A folder with one PDF of 5,000 pages that takes its worker seconds (run with SLOW): a batch
 * given it is still running while the plans are done.
 */
let slowDir: string | undefined;
function slow(): string {
  if (!slowDir) {
    slowDir = join(tempDir(), 'slow');
    mkdirSync(slowDir);
    writeFileSync(join(slowDir, 'slow.pdf'), manyPagePdf(5000));
  }
  return slowDir;
}

const SLOW = ['--max-pages', '5000', '--timeout', '120'];

const out = (): string => join(tempDir(), 'out');
const summaryOf = (dir: string): any => JSON.parse(readFileSync(join(dir, 'summary.json'), 'utf8'));
const entry = (dir: string, file: string): any => summaryOf(dir).files.find((f: { file: string }) => f.file === file);
/** Data rows of indicators.csv (header and BOM aside; no cell here holds a line break). */
const indicatorRows = (dir: string): string[] => readFileSync(join(dir, 'indicators.csv'), 'utf8').split('\r\n').slice(1, -1);
/** Temporary files and folders left anywhere under `dir`. */
/** How many plans' CSV rows the workers have written into the run's temp folder. */
function csvRowFiles(dir: string): number {
  const tmp = readdirSync(dir).find((n) => n.startsWith('.ghplan-tmp-csv-'));
  return tmp ? readdirSync(join(dir, tmp)).filter((n) => !n.includes('ghplan-tmp')).length : 0;
}

function temps(dir: string): string[] {
  const found: string[] = [];
  const walk = (d: string): void => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (e.name.includes('ghplan-tmp-')) found.push(join(d, e.name));
      else if (e.isDirectory()) walk(join(d, e.name));
    }
  };
  walk(dir);
  return found;
}

/** Polls `ok` (a throw, e.g. a folder not made yet, counts as not yet). */
async function waitFor(what: string, ok: () => boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  const test = (): boolean => {
    try {
      return ok();
    } catch {
      return false;
    }
  };
  while (!test()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** A run that succeeded quietly: exit 0, nothing on stderr but the summary lines. */
function expectClean(r: Run): void {
  expect(r.code, r.stderr).toBe(0);
  expect(r.stderr).not.toMatch(/GHPLAN_|\n\s+at |Error/);
}

const batch = (args: string[]): Promise<Run> => ghplan(['batch', ...args, '--quiet']);

describe('--out', () => {
  it('a folder that cannot be created (/proc/sub) fails at once with exit 2, naming it', async () => {
    const r = await ghplan(['batch', plans(1), '--out', '/proc/sub/results'], { killAfterMs: 20_000 });
    expect(r.signal, 'the command did not end by itself').toBeNull();
    expect(r.code, r.stderr).toBe(2);
    expect(r.stderr).toContain('/proc/sub/results');
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
  });
});

describe('kill -9', () => {
  it('a file changed, a run killed after writing its JSON, the file changed back: it is redone, not skipped', async () => {
    const dir = plans(3);
    const o = out();
    expectClean(await batch([dir, '--out', o]));
    const file = join(dir, name(2));
    const jsonPath = join(o, 'json', `${name(2)}.json`);
    const changed = planText(99);
    writeFileSync(file, changed);
    const run = startGhplan(['batch', dir, slow(), '--out', o, '--jobs', '2', '--quiet', ...SLOW]);
    await waitFor('the changed plan JSON', () => JSON.parse(readFileSync(jsonPath, 'utf8')).source.sha256 === sha256(changed));
    run.child.kill('SIGKILL');
    expect((await run.done).signal).toBe('SIGKILL');
    // the state a power cut leaves: summary.json of the first run, the JSON of the second
    expect(entry(o, name(2)).sha256).toBe(sha256(planText(2)));
    writeFileSync(file, planText(2));

    const r = await batch([dir, '--out', o]);
    expectClean(r);
    expect(entry(o, name(2)).status).toBe('ok');
    expect(JSON.parse(readFileSync(jsonPath, 'utf8')).source.sha256).toBe(sha256(planText(2)));
    expect(entry(o, name(1)).status).toBe('skipped');
    expect(indicatorRows(o)).toHaveLength(3 * INDICATORS_PER_PLAN);
    expect(temps(o)).toEqual([]);
    expect(existsSync(join(o, '.ghplan-lock')), 'the dead run’s lock is taken over and removed').toBe(false);
  });

  it('a killed --format csv run leaves a temp folder; the next run removes it and succeeds', async () => {
    const dir = plans(3);
    const o = out();
    const run = startGhplan(['batch', dir, slow(), '--out', o, '--format', 'csv', '--jobs', '2', '--quiet', ...SLOW]);
    const tmpJson = (): string[] =>
      temps(o)
        .filter((p) => !p.includes('-csv-'))
        .flatMap((d) => readdirSync(d).filter((n) => n.endsWith('.txt.json')));
    await waitFor('the plans in the temp folder', () => tmpJson().length === 3);
    run.child.kill('SIGKILL');
    await run.done;
    expect(temps(o).length).toBeGreaterThan(0);

    const r = await batch([dir, '--out', o, '--format', 'csv']);
    expectClean(r);
    expect(temps(o)).toEqual([]);
    expect(indicatorRows(o)).toHaveLength(3 * INDICATORS_PER_PLAN);
  });
});

describe('one batch per --out', () => {
  it('a second batch on a busy --out exits 2 with GHPLAN_OUT_LOCKED naming the holder; SIGTERM stops the first cleanly', async () => {
    const dir = plans(2);
    const o = out();
    const first = startGhplan(['batch', dir, slow(), '--out', o, '--jobs', '2', '--quiet', ...SLOW]);
    await waitFor('the lock', () => existsSync(join(o, '.ghplan-lock')));
    const second = await batch([dir, '--out', o]);
    expect(second.code, second.stderr).toBe(2);
    const line = expectOneLine(second, o, 'GHPLAN_OUT_LOCKED');
    expect(line).toContain(`process ${first.child.pid} `);

    await waitFor('the plans of the first batch', () => readdirSync(join(o, 'json')).filter((n) => n.endsWith('.txt.json')).length === 2);
    // a plan is finished once its worker has also made its CSV rows and reported back: a plan
    // whose JSON alone is written when the stop comes is redone next time, not listed
    await waitFor('the CSV rows of both plans', () => csvRowFiles(o) === 2);
    await new Promise((r) => setTimeout(r, 1000));
    first.child.kill('SIGTERM');
    const r = await first.done;
    expect(r.code, r.stderr).toBe(143);
    expect(summaryOf(o).stopped).toBe('interrupted');
    expect(indicatorRows(o)).toHaveLength(2 * INDICATORS_PER_PLAN);
    expect(existsSync(join(o, '.ghplan-lock'))).toBe(false);
    expect(temps(o)).toEqual([]);
  });

  it('the lock of a dead process is taken over (and the Vietnamese refusal names the holder too)', async () => {
    const dir = plans(1);
    const o = out();
    mkdirSync(o);
    const lock = join(o, '.ghplan-lock');
    const dead = Number(spawnSync(process.execPath, ['-e', 'console.log(process.pid)'], { encoding: 'utf8' }).stdout);
    writeFileSync(lock, JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
    // and the half-made lock of a run killed while taking it
    writeFileSync(join(o, `.ghplan-lock.${dead}.00c0ffee`), '{"pid":');
    expectClean(await batch([dir, '--out', o]));
    expect(readdirSync(o).filter((n) => n.startsWith('.ghplan-lock'))).toEqual([]);

    if (existsSync('/proc/self/stat')) {
      // a live pid that is not the holder (the system says it started at another time): taken over too
      writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString(), processStart: '1' }));
      expectClean(await batch([dir, '--out', o]));
      expect(existsSync(lock)).toBe(false);
    } else {
      console.warn('skipped the pid-reuse case: no /proc/PID/stat on this system');
    }

    // held by a live process (this one): refused, in the user's language
    writeFileSync(lock, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
    const r = await ghplan(['batch', dir, '--out', o, '--quiet'], { env: { GHPLAN_LANG: 'vi' } });
    expect(r.code).toBe(2);
    expect(expectOneLine(r, o, 'GHPLAN_OUT_LOCKED')).toContain(`tiến trình ${process.pid} `);
    expect(existsSync(lock), 'a live holder’s lock is left alone').toBe(true);
  });
});

describe('Ctrl-C', () => {
  it('SIGINT during --force keeps every file’s rows in the CSVs, from the JSONs of the earlier run', async () => {
    const dir = plans(4);
    const o = out();
    expectClean(await batch([dir, '--out', o]));
    expect(indicatorRows(o)).toHaveLength(4 * INDICATORS_PER_PLAN);
    // --jobs 1: the slow PDF (largest first) holds the only worker, none of the plans is redone yet
    const run = startGhplan(['batch', dir, slow(), '--out', o, '--force', '--jobs', '1', '--quiet', ...SLOW]);
    await waitFor('the lock', () => existsSync(join(o, '.ghplan-lock')));
    await new Promise((r) => setTimeout(r, 300));
    run.child.kill('SIGINT');
    const r = await run.done;
    expect(r.code, r.stderr).toBe(130);
    const s = summaryOf(o);
    expect(s.stopped).toBe('interrupted');
    expect(s.totals.indicators).toBe(4 * INDICATORS_PER_PLAN);
    expect(indicatorRows(o)).toHaveLength(4 * INDICATORS_PER_PLAN);
    expect(readFileSync(join(o, 'plans.csv'), 'utf8').split('\r\n').slice(1, -1)).toHaveLength(4);
    expect(temps(o)).toEqual([]);
  });
});

describe('what an earlier run left is checked before it is reused', () => {
  /** A folder of 3 plans batched once into a fresh --out. */
  async function batched(): Promise<{ dir: string; o: string }> {
    const dir = plans(3);
    const o = out();
    expectClean(await batch([dir, '--out', o]));
    return { dir, o };
  }
  const statuses = (o: string): string[] => summaryOf(o).files.map((f: { status: string }) => f.status);
  /** The next run: clean, with these statuses, and every file's rows in the CSV. */
  async function rerun(dir: string, o: string, expected: string[], args: string[] = []): Promise<void> {
    expectClean(await batch([dir, '--out', o, ...args]));
    expect(statuses(o)).toEqual(expected);
    expect(summaryOf(o).totals.indicators).toBe(3 * INDICATORS_PER_PLAN);
    expect(indicatorRows(o)).toHaveLength(3 * INDICATORS_PER_PLAN);
  }

  it('a corrupted summary.json redoes every file, no crash; fake counts are never trusted; an entry of wrong types redoes its file', async () => {
    const { dir, o } = await batched();
    const good = summaryOf(o);
    for (const text of [
      '{"ghplan":"0.1.0","files":[null]}',
      '{"ghplan": "0.1.0", "files": [',
      '{"ghplan":"0.1.0","files":{"a":1}}',
      'null',
    ]) {
      writeFileSync(join(o, 'summary.json'), text);
      await rerun(dir, o, ['ok', 'ok', 'ok']);
    }
    const fake = structuredClone(good);
    fake.files[0].indicators = 999;
    fake.files[0].tasks = 1234;
    fake.totals.indicators = 5000;
    fake.files[1].sha256 = 5;
    fake.files[2].status = 'great';
    writeFileSync(join(o, 'summary.json'), JSON.stringify(fake));
    await rerun(dir, o, ['skipped', 'ok', 'ok']);
    expect(summaryOf(o).files[0]).toMatchObject({ indicators: INDICATORS_PER_PLAN, tasks: 0 });
  });

  it('a per-file JSON replaced by null, by text that is not JSON or by another file’s plan: that file is redone, the others skipped', async () => {
    const { dir, o } = await batched();
    const target = join(o, 'json', `${name(2)}.json`);
    for (const text of ['null', '{"schemaVersion":', readFileSync(join(o, 'json', `${name(1)}.json`), 'utf8')]) {
      writeFileSync(target, text);
      await rerun(dir, o, ['skipped', 'ok', 'skipped']);
      expect(JSON.parse(readFileSync(target, 'utf8')).source.file).toBe(name(2));
    }
  });

  it('a change of --max-pages, --no-ocr, --stage or the check config redoes every file; the same options again skip them', async () => {
    const { dir, o } = await batched();
    const redone = ['ok', 'ok', 'ok'];
    await rerun(dir, o, redone, ['--max-pages', '50']);
    await rerun(dir, o, ['skipped', 'skipped', 'skipped'], ['--max-pages', '50']);
    await rerun(dir, o, redone, ['--max-pages', '50', '--no-ocr']);
    await rerun(dir, o, redone, ['--max-pages', '50', '--no-ocr', '--stage', 'issued']);
    writeFileSync(join(dir, 'ghplan.config.json'), JSON.stringify({ rules: { 'indicator-year': false } }));
    await rerun(dir, o, redone, ['--max-pages', '50', '--no-ocr', '--stage', 'issued']);
  });
});

/**
 * Runs a shell script in a user and mount namespace (where an unprivileged test may mount a
 * small tmpfs), or says why it cannot.
 */
function inMountNamespace(script: string): { status: number | null; stdout: string; stderr: string } {
  return spawnSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', script], { encoding: 'utf8', timeout: 60_000 });
}
const mountReason = ((): string | null => {
  try {
    execFileSync('unshare', ['--user', '--map-root-user', '--mount', 'sh', '-c', `mount -t tmpfs -o size=64k tmpfs ${tempDir()}`], {
      stdio: 'pipe',
    });
    return null;
  } catch (e) {
    return `cannot mount a tmpfs in a user namespace here (${String((e as Error).message).split('\n')[0]})`;
  }
})();

describe('a disk that is full or read-only', () => {
  /**
   * `body(o, batch)` run in a mount namespace with a tmpfs of `size` on --out `o` (`batch` is the
   * command line of a batch of `dir` into it); --out is then copied out for the assertions.
   */
  function onTmpfs(dir: string, size: string, body: (o: string, batch: string) => string) {
    const o = out();
    mkdirSync(o);
    const copy = join(tempDir(), 'copy');
    const cmd = `GHPLAN_LANG=en NO_COLOR=1 "${process.execPath}" "${BIN}" batch "${dir}" --out "${o}" --quiet --jobs 1`;
    const r = inMountNamespace(
      `mount -t tmpfs -o size=${size} tmpfs "${o}" && { ${body(o, cmd)}; }; rc=$?; cp -a "${o}" "${copy}"; exit $rc`,
    );
    const run: Run = { code: r.status, signal: null, stdout: r.stdout, stderr: r.stderr, ms: 0 };
    return { r: run, o, copy };
  }

  it('ENOSPC mid-batch: exit 2 with GHPLAN_OUT_NOT_WRITABLE and what to do; nothing half-written', (ctx) => {
    if (mountReason) {
      console.warn(`skipped: ${mountReason}`);
      return ctx.skip();
    }
    const { r, o, copy } = onTmpfs(plans(12), '40k', (_o, batch) => batch);
    expect(r.code, r.stderr).toBe(2);
    const line = expectOneLine(r, o, 'GHPLAN_OUT_NOT_WRITABLE');
    expect(line).toContain('the disk is full (ENOSPC); free some space');
    expect(temps(copy)).toEqual([]);
    // every file there is whole: the JSONs parse, and summary.json (when it fitted) lists only files whose JSON is there
    const jsons = readdirSync(join(copy, 'json'));
    expect(jsons.length, 'the disk filled up mid-batch').toBeGreaterThan(0);
    expect(jsons.length).toBeLessThan(12);
    for (const n of jsons) JSON.parse(readFileSync(join(copy, 'json', n), 'utf8'));
    if (existsSync(join(copy, 'summary.json'))) {
      const s = summaryOf(copy);
      expect(s.stopped).toBe('out-not-writable');
      expect(line).toContain(`summary.json lists the ${s.files.length} files finished`);
      for (const f of s.files) expect(existsSync(join(copy, f.json))).toBe(true);
    } else {
      expect(line).toContain('summary.json could not be written either');
    }
    expect(existsSync(join(copy, '.ghplan-lock'))).toBe(false);
  });

  it('extract --format csv and check --output-file on a full disk: exit 2 with GHPLAN_OUT_NOT_WRITABLE, each file whole or absent', (ctx) => {
    if (mountReason) {
      console.warn(`skipped: ${mountReason}`);
      return ctx.skip();
    }
    const plan = join(plans(1), name(1));
    const o = out();
    mkdirSync(o);
    const copy = join(tempDir(), 'copy');
    const cli = `GHPLAN_LANG=en NO_COLOR=1 "${process.execPath}" "${BIN}"`;
    // one 4 KiB page: the first CSV fits, the next does not
    const script = [
      `mount -t tmpfs -o size=4k tmpfs "${o}"`,
      `{ ${cli} extract "${plan}" --format csv --out "${o}"; echo "extract=$?" >&2`,
      `${cli} check "${plan}" --format json --output-file "${o}/report.json"; echo "check=$?" >&2`,
      `cp -a "${o}" "${copy}"; }`,
    ].join(' && ');
    const r = inMountNamespace(script);
    const lines = r.stderr.split('\n').filter(Boolean);
    expect(lines, r.stderr).toEqual([
      expect.stringMatching(new RegExp(`^${o}: cannot write here: the disk is full \\(ENOSPC\\); .* \\[GHPLAN_OUT_NOT_WRITABLE\\]$`)),
      'extract=2',
      expect.stringMatching(
        new RegExp(`^${o}/report.json: cannot write here: the disk is full \\(ENOSPC\\); .* \\[GHPLAN_OUT_NOT_WRITABLE\\]$`),
      ),
      'check=2',
    ]);
    expect(temps(copy)).toEqual([]);
    expect(readdirSync(copy).length).toBeLessThan(6); // not every CSV fitted
    for (const n of readdirSync(copy)) expect(readFileSync(join(copy, n), 'utf8')).toMatch(/\r\n$/);
  });

  it('EACCES on json/ (a worker cannot write its JSON): exit 2 with GHPLAN_OUT_NOT_WRITABLE, not an internal error per file', (ctx) => {
    const setpriv = spawnSync('setpriv', ['--version']);
    if (process.getuid?.() !== 0 || setpriv.status !== 0) {
      console.warn('skipped: needs root and setpriv to run the batch as another user (root may write anywhere)');
      return ctx.skip();
    }
    // a checkout in a private folder (mktemp -d is 0700) cannot be run by another user at all
    const canRun = spawnSync('setpriv', ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, '--version']);
    if (canRun.status !== 0) {
      console.warn(`skipped: user 65534 cannot run ${BIN} (a folder above it is private), so EACCES cannot be shown this way`);
      return ctx.skip();
    }
    const base = tempDir();
    chmodSync(base, 0o755);
    const dir = join(base, 'in');
    mkdirSync(dir);
    for (const n of [1, 2]) writeFileSync(join(dir, name(n)), planText(n));
    const o = join(base, 'out');
    mkdirSync(join(o, 'json'), { recursive: true });
    chmodSync(o, 0o777); // --out writable by the user, its json/ not
    const r = spawnSync(
      'setpriv',
      ['--reuid=65534', '--regid=65534', '--clear-groups', process.execPath, BIN, 'batch', dir, '--out', o, '--quiet'],
      {
        encoding: 'utf8',
        env: { ...process.env, GHPLAN_LANG: 'en', NO_COLOR: '1' },
      },
    );
    expect(r.status, r.stderr).toBe(2);
    const line = expectOneLine({ code: r.status, signal: null, stdout: r.stdout, stderr: r.stderr, ms: 0 }, o, 'GHPLAN_OUT_NOT_WRITABLE');
    expect(line).toContain('no permission to write there (EACCES)');
    expect(r.stderr).not.toContain('GHPLAN_INTERNAL');
    expect(summaryOf(o).stopped).toBe('out-not-writable');
    expect(temps(o)).toEqual([]);
    expect(existsSync(join(o, '.ghplan-lock'))).toBe(false);
  });

  it('EROFS: a --out on a read-only disk is refused before any work with GHPLAN_OUT_NOT_WRITABLE (exit 2); the earlier results stay', (ctx) => {
    if (mountReason) {
      console.warn(`skipped: ${mountReason}`);
      return ctx.skip();
    }
    const dir = plans(2);
    const { r, o, copy } = onTmpfs(
      dir,
      '1m',
      (o, batch) => `${batch} 2>/dev/null && echo changed >> "${join(dir, name(1))}" && mount -o remount,ro "${o}" && ${batch}`,
    );
    expect(r.code, r.stderr).toBe(2);
    const line = expectOneLine(r, o, 'GHPLAN_OUT_NOT_WRITABLE');
    expect(line).toContain('the disk is read-only (EROFS)');
    expect(summaryOf(copy).files.map((f: { status: string }) => f.status)).toEqual(['ok', 'ok']);
    expect(indicatorRows(copy)).toHaveLength(2 * INDICATORS_PER_PLAN);
  });
});
