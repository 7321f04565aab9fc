#!/usr/bin/env node
/**
 * `npm run bench`: ghplan against the same baselines every run, side by side. Not part of CI.
 *
 * Every number is a WHOLE PROCESS (spawned, wall time from spawn to exit; peak memory = max RSS
 * from /usr/bin/time when it exists). Each comparison runs ours and its baseline alternately,
 * back to back, N times; its ratio is the median of the per-pair ratios, so that a load change
 * on a shared machine hits both sides of a pair alike. Baselines (each only when installed):
 * `node -e 0`, pandoc, `pdftotext -layout`, a bare mammoth read (scripts/bench/bare-mammoth.mjs),
 * a bare streaming read of word/document.xml (scripts/bench/bare-sax.mjs). Verdicts are on wall
 * time, as the targets say; the CPU-time ratio (user + sys) is printed beside it because it
 * hardly moves with the load of a shared machine (for batch it is jobs-1 CPU / jobs-2 CPU).
 *
 * Sections are the SECTIONS list at the bottom: a section is `async (b) => { ... }` that calls
 * `b.compare(...)` / `b.report(...)`; add yours there. Every ratio is printed with its target and
 * whether it is met, and the run ends with all targets in one table.
 *
 *   node scripts/bench.js [--quick] [--runs N] [--only startup,docx,huge,annex,batch,indicators,workbook,doubling] [--corpus DIR]
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/ghplan.js');
const NODE = process.execPath;
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
const ghplan = (...args) => [NODE, BIN, ...args];
const script = (name, ...args) => [NODE, join(ROOT, 'scripts/bench', name), ...args];

// ---------------------------------------------------------------- measuring

/** Whether a program is on PATH (pandoc, pdftotext). */
function installed(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Runs one command as a process: wall ms, peak RSS in KB (null without /usr/bin/time), exit code. */
function run(argv, { stdout = 'ignore' } = {}) {
  const rssFile = GNU_TIME ? join(TMP, `rss-${process.pid}-${Math.random().toString(36).slice(2)}`) : null;
  const full = GNU_TIME ? [GNU_TIME, '-f', '%M %U %S', '-o', rssFile, ...argv] : argv;
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn(full[0], full.slice(1), { stdio: ['ignore', stdout, 'pipe'], cwd: ROOT });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => {
      const ms = performance.now() - t0;
      let rssKb = null;
      let cpuMs = null;
      if (rssFile) {
        try {
          const [rss, user, sys] = readFileSync(rssFile, 'utf8').trim().split('\n').pop().split(' ').map(Number);
          rssKb = rss;
          cpuMs = (user + sys) * 1000;
          rmSync(rssFile);
        } catch {
          rssKb = null;
        }
      }
      if (code !== 0) reject(new Error(`${argv.join(' ')} exited ${code}: ${err.slice(0, 400)}`));
      else resolvePromise({ ms, rssKb, cpuMs });
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const fmtMs = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const fmtS = (ms) => (ms == null ? 'n/a' : (ms / 1000).toFixed(1));
const fmtMb = (kb) => (kb == null ? 'n/a' : (kb / 1024).toFixed(0));

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  return [line(headers), '| ' + w.map((n) => '-'.repeat(n)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

// ---------------------------------------------------------------- the bench object sections use

class Bench {
  constructor(opts) {
    this.opts = opts;
    /** every target checked: { what, measured, target, ok } */
    this.targets = [];
  }

  /** Records a ratio against its target ("≤ 1.2×" when max, "≥ 1.8×" when min); returns the verdict. */
  target(what, ratio, { max, min, cpu }) {
    const ok = max != null ? ratio <= max : ratio >= min;
    const target = max != null ? `≤ ${max}×` : `≥ ${min}×`;
    const cpuNote = cpu != null ? ` (CPU ${cpu.toFixed(2)}×)` : '';
    this.targets.push({ what, measured: `${ratio.toFixed(2)}×${cpuNote}`, target, ok });
    return `${ratio.toFixed(2)}×${cpuNote} (${target} ${ok ? 'met' : 'MISSED'})`;
  }

  /** A target that could not be measured (a baseline not installed). */
  skipped(what, target, why) {
    this.targets.push({ what, measured: why, target, ok: null });
  }

  /**
   * Ours and each baseline, run alternately `runs` times. Returns the medians and, for each
   * baseline, the median of the per-pair ratios (time, and peak RSS when measured).
   */
  async compare(ours, baselines, runs = this.opts.runs) {
    const t = { ours: [], ...Object.fromEntries(baselines.map((b) => [b.name, []])) };
    await run(ours.argv); // warm the file cache
    for (const b of baselines) await run(b.argv);
    for (let i = 0; i < runs; i++) {
      const o = await run(ours.argv);
      t.ours.push(o);
      for (const b of baselines) t[b.name].push({ ...(await run(b.argv)), pair: o });
    }
    const med = (xs, k) => (xs.some((x) => x[k] == null) ? null : median(xs.map((x) => x[k])));
    const out = { ours: { ms: med(t.ours, 'ms'), rssKb: med(t.ours, 'rssKb'), cpuMs: med(t.ours, 'cpuMs') } };
    for (const b of baselines) {
      const xs = t[b.name];
      out[b.name] = {
        ms: med(xs, 'ms'),
        rssKb: med(xs, 'rssKb'),
        cpuMs: med(xs, 'cpuMs'),
        timeRatio: median(xs.map((x) => x.pair.ms / x.ms)),
        rssRatio: xs.some((x) => x.rssKb == null) ? null : median(xs.map((x) => x.pair.rssKb / x.rssKb)),
        // CPU time (user + sys) barely moves with the load of a shared machine, wall time does
        cpuRatio: xs.some((x) => !x.cpuMs || !x.pair.cpuMs) ? null : median(xs.map((x) => x.pair.cpuMs / x.cpuMs)),
      };
    }
    return out;
  }

  section(title, note) {
    console.log(`\n## ${title}\n`);
    if (note) console.log(`${note}\n`);
  }

  print(headers, rows) {
    console.log(table(headers, rows));
  }
}

// ---------------------------------------------------------------- sections

/** `ghplan --version` / `--help` and a 50 KB .txt against Node's own start-up. */
async function startup(b) {
  const { seeds } = b.opts;
  const txt50 = seeds.find((f) => f.endsWith('.txt') && statSync(f).size > 40_000) ?? seeds.find((f) => f.endsWith('.txt'));
  const kb = (statSync(txt50).size / 1024).toFixed(0);
  const node0 = { name: 'node', argv: [NODE, '-e', '0'] };
  const rows = [];
  for (const [label, argv, max] of [
    ['ghplan --version', ghplan('--version'), 1.5],
    ['ghplan --help', ghplan('--help'), null],
    [`ghplan extract ${basename(txt50)} (${kb} KB)`, ghplan('extract', txt50, '--no-ocr', '--no-convert'), 2],
  ]) {
    const r = await b.compare({ argv }, [node0]);
    const verdict = max
      ? b.target(`${label} vs node -e 0`, r.node.timeRatio, { max, cpu: r.node.cpuRatio })
      : `${r.node.timeRatio.toFixed(2)}×`;
    rows.push([label, fmtMs(r.ours.ms), fmtMs(r.node.ms), verdict]);
  }
  b.section('Start-up: whole process vs `node -e 0` (median ms)');
  b.print(['command', 'ghplan', 'node -e 0', 'ratio (target)'], rows);

  // What the command line and its isolated worker (issue "every file fails alone") cost: the
  // same file through the library's extractFile in one bare process, beside `ghplan extract`.
  const docx = seeds.find((f) => f.endsWith('.docx'));
  const cost = [];
  for (const file of [txt50, docx].filter(Boolean)) {
    const r = await b.compare({ argv: ghplan('extract', file, '--no-ocr', '--no-convert') }, [
      { name: 'lib', argv: script('in-process.mjs', file) },
      node0,
    ]);
    cost.push([
      basename(file),
      fmtMs(r.ours.ms),
      fmtMs(r.lib.ms),
      fmtMs(r.node.ms),
      `${r.ours.ms >= r.lib.ms ? '+' : '−'}${fmtMs(Math.abs(r.ours.ms - r.lib.ms))}`,
    ]);
  }
  b.section(
    'Start-up: the cost of the CLI and its worker (median ms)',
    'library: `extractFile` in one bare node process (no commander, no worker thread); no target, for reading the start-up ratios.',
  );
  b.print(['file', 'ghplan extract', 'library in-process', 'node -e 0', 'CLI + worker'], cost);
}

/** Each seed .docx: ghplan extract vs pandoc and vs a bare mammoth read, whole processes. */
async function docx(b) {
  const hasPandoc = installed('pandoc');
  const rows = [];
  for (const file of b.opts.seeds.filter((f) => f.endsWith('.docx'))) {
    const name = basename(file);
    const baselines = [{ name: 'mammoth', argv: script('bare-mammoth.mjs', file) }];
    if (hasPandoc) baselines.push({ name: 'pandoc', argv: ['pandoc', '-f', 'docx', '-t', 'json', '-o', '/dev/null', file] });
    const r = await b.compare({ argv: ghplan('extract', file, '--no-ocr', '--no-convert') }, baselines);
    const vsMammoth = b.target(`${name} vs bare mammoth`, r.mammoth.timeRatio, { max: 1.2, cpu: r.mammoth.cpuRatio });
    let vsPandoc = 'pandoc not installed';
    if (hasPandoc) vsPandoc = b.target(`${name} vs pandoc`, r.pandoc.timeRatio, { max: 1.0, cpu: r.pandoc.cpuRatio });
    else b.skipped(`${name} vs pandoc`, '≤ 1×', 'pandoc not installed');
    rows.push([
      name,
      `${(statSync(file).size / 1024).toFixed(0)} KB`,
      fmtMs(r.ours.ms),
      fmtMs(r.mammoth.ms),
      hasPandoc ? fmtMs(r.pandoc.ms) : 'n/a',
      vsMammoth,
      vsPandoc,
    ]);
  }
  b.section(
    'Seed .docx: whole process (median ms)',
    'pandoc: `pandoc -f docx -t json`; mammoth: `mammoth.convertToHtml` in a bare node process.',
  );
  b.print(['file', 'size', 'ghplan', 'mammoth', 'pandoc', 'vs mammoth (target)', 'vs pandoc (target)'], rows);
}

/** The 3,000-row annex: .docx vs a bare streaming read (time and memory), .pdf vs pdftotext. */
async function huge(b) {
  const { corpus } = b.opts;
  const runs = Math.max(3, Math.ceil(b.opts.runs / 2));
  const docxFile = join(corpus, 'bad/huge-annex.docx');
  const pdfFile = join(corpus, 'bad/huge-annex.pdf');
  const outJson = join(TMP, 'huge.json');
  const rows = [];

  const d = await b.compare(
    { argv: ghplan('extract', docxFile, '--no-ocr', '--no-convert', '--out', outJson) },
    [{ name: 'sax', argv: script('bare-sax.mjs', docxFile) }],
    runs,
  );
  const tasks = JSON.parse(readFileSync(outJson, 'utf8')).tasks.length;
  const okTasks = tasks === 3000;
  b.targets.push({ what: 'huge-annex.docx task count', measured: String(tasks), target: '3000', ok: okTasks });
  rows.push([
    'huge-annex.docx time (ms)',
    fmtMs(d.ours.ms),
    `bare SAX read ${fmtMs(d.sax.ms)}`,
    b.target('huge-annex.docx time vs bare SAX read', d.sax.timeRatio, { max: 2.5, cpu: d.sax.cpuRatio }),
  ]);
  if (d.sax.rssRatio != null) {
    rows.push([
      'huge-annex.docx peak RSS (MB)',
      fmtMb(d.ours.rssKb),
      `bare SAX read ${fmtMb(d.sax.rssKb)}`,
      b.target('huge-annex.docx peak RSS vs bare SAX read', d.sax.rssRatio, { max: 2.5 }),
    ]);
  } else b.skipped('huge-annex.docx peak RSS vs bare SAX read', '≤ 2.5×', 'no /usr/bin/time');
  rows.push(['huge-annex.docx tasks', String(tasks), '', okTasks ? '3000 met' : '3000 MISSED']);

  if (installed('pdftotext')) {
    const p = await b.compare(
      { argv: ghplan('extract', pdfFile, '--no-ocr', '--no-convert') },
      [{ name: 'pdftotext', argv: ['pdftotext', '-layout', pdfFile, '/dev/null'] }],
      runs,
    );
    rows.push([
      'huge-annex.pdf time (ms)',
      fmtMs(p.ours.ms),
      `pdftotext -layout ${fmtMs(p.pdftotext.ms)}`,
      b.target('huge-annex.pdf time vs pdftotext -layout', p.pdftotext.timeRatio, { max: 5, cpu: p.pdftotext.cpuRatio }),
    ]);
    rows.push([
      'huge-annex.pdf peak RSS (MB)',
      fmtMb(p.ours.rssKb),
      `pdftotext -layout ${fmtMb(p.pdftotext.rssKb)}`,
      p.pdftotext.rssRatio == null ? 'n/a' : `${p.pdftotext.rssRatio.toFixed(2)}×`,
    ]);
  } else {
    rows.push(['huge-annex.pdf', '', 'pdftotext not installed', 'n/a']);
    b.skipped('huge-annex.pdf time vs pdftotext -layout', '≤ 5×', 'pdftotext not installed');
  }
  b.section(`The 3,000-row annex: whole process (median of ${runs})`);
  b.print(['measure', 'ghplan', 'baseline', 'ratio (target)'], rows);
}

/** `ghplan batch` on 200 mixed plans (copies of the seed .txt/.docx/.pdf): --jobs 2 vs --jobs 1. */
async function batch(b) {
  const nFiles = b.opts.quick ? 60 : 200;
  const runs = b.opts.quick ? 1 : 2;
  const input = join(TMP, 'batch-in');
  mkdirSync(input, { recursive: true });
  const { seeds } = b.opts;
  for (let i = 0; i < nFiles; i++) {
    const src = seeds[i % seeds.length];
    copyFileSync(src, join(input, `${String(i).padStart(3, '0')}-${basename(src)}`));
  }
  const argv = (jobs) =>
    ghplan(
      'batch',
      input,
      '--out',
      join(TMP, `batch-out${jobs}`),
      '--jobs',
      String(jobs),
      '--quiet',
      '--force',
      '--no-ocr',
      '--no-convert',
    );
  const r = await b.compare({ argv: argv(1) }, [{ name: 'jobs2', argv: argv(2) }], runs);
  // throughput ratio = time(--jobs 1) / time(--jobs 2)
  const speedup = r.jobs2.timeRatio;
  const rssMax = Math.max(r.ours.rssKb ?? 0, r.jobs2.rssKb ?? 0);
  const rows = [
    ['--jobs 1', nFiles, (r.ours.ms / 1000).toFixed(1), fmtS(r.ours.cpuMs), (nFiles / (r.ours.ms / 1000)).toFixed(1), fmtMb(r.ours.rssKb)],
    [
      '--jobs 2',
      nFiles,
      (r.jobs2.ms / 1000).toFixed(1),
      fmtS(r.jobs2.cpuMs),
      (nFiles / (r.jobs2.ms / 1000)).toFixed(1),
      fmtMb(r.jobs2.rssKb),
    ],
  ];
  const verdict = b.target(`batch --jobs 2 throughput vs --jobs 1 (${nFiles} files)`, speedup, { min: 1.8, cpu: r.jobs2.cpuRatio });
  if (GNU_TIME) {
    const ok = rssMax < 500 * 1024;
    b.targets.push({ what: `batch peak RSS (${nFiles} files)`, measured: `${fmtMb(rssMax)} MB`, target: '< 500 MB', ok });
  } else b.skipped(`batch peak RSS (${nFiles} files)`, '< 500 MB', 'no /usr/bin/time');
  b.section(
    `Batch: ${nFiles} mixed plans (copies of the ${seeds.length} seed .txt/.docx/.pdf), median of ${runs}`,
    `machine load ${loadavg()[0].toFixed(1)} on ${availableParallelism()} cores: --jobs 2 can only show its speed-up on an idle machine; CPU s (user + sys) shows the work itself.`,
  );
  b.print(['run', 'files', 'wall s', 'CPU s', 'docs/s', 'peak RSS MB'], rows);
  console.log(`\nspeed-up: ${verdict}`);
}

/**
 * Indicator extraction alone (issue 10), in process on blocks read once (scripts/bench/indicators.mjs),
 * on the seeds and the 3,000-row annex; with GHPLAN_BENCH_BASE=<another checkout, built> side by
 * side with that checkout, target ≤ 1.1× (within 10 % of it).
 */
async function indicators(b) {
  const files = [...b.opts.seeds, ...['txt', 'docx', 'pdf'].map((e) => join(b.opts.corpus, `bad/huge-annex.${e}`))];
  const base = process.env.GHPLAN_BENCH_BASE ? resolve(process.env.GHPLAN_BENCH_BASE) : null;
  const measure = (root) => {
    const r = spawnSync(NODE, [join(ROOT, 'scripts/bench/indicators.mjs'), root, String(b.opts.runs), ...files], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`indicators bench on ${root} failed: ${r.stderr.slice(0, 400)}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  // alternate the two checkouts so that a load change hits both alike
  const ours = [];
  const theirs = [];
  for (let i = 0; i < (b.opts.quick ? 1 : 3); i++) {
    ours.push(measure(ROOT));
    if (base) theirs.push(measure(base));
  }
  const med = (xs, name) => median(xs.map((x) => x[name].ms));
  const rows = [];
  let sumOurs = 0;
  let sumBase = 0;
  for (const f of files.map((x) => basename(x))) {
    const o = med(ours, f);
    sumOurs += f.startsWith('huge-annex') ? 0 : o;
    const row = [f, ours[0][f].indicators, o.toFixed(2)];
    if (base) {
      const t = med(theirs, f);
      sumBase += f.startsWith('huge-annex') ? 0 : t;
      row.push(
        theirs[0][f].indicators,
        t.toFixed(2),
        f.startsWith('huge-annex') ? b.target(`indicators: ${f} vs base`, o / t, { max: 1.1 }) : `${(o / t).toFixed(2)}×`,
      );
    }
    rows.push(row);
  }
  if (base)
    rows.push([
      'all seeds',
      '',
      sumOurs.toFixed(2),
      '',
      sumBase.toFixed(2),
      b.target('indicators: all seeds vs base', sumOurs / sumBase, { max: 1.1 }),
    ]);
  b.section(
    'Indicator extraction alone (median ms per call, blocks read once)',
    base ? `base: ${base}` : 'set GHPLAN_BENCH_BASE=<another built checkout> to compare side by side (target ≤ 1.1×).',
  );
  b.print(['file', 'indicators', 'ms', ...(base ? ['base indicators', 'base ms', 'ratio (target)'] : [])], rows);
}

/**
 * The workbook (tong-hop.xlsx) of 200 plans against the CSV export of the same batch: both
 * re-runs over an extracted batch (every file skipped as unchanged), so each measures the
 * combined step, which re-reads the 200 JSON files.
 */
async function workbook(b) {
  const nFiles = b.opts.quick ? 60 : 200;
  const runs = b.opts.quick ? 1 : 3;
  const input = join(TMP, 'workbook-in');
  mkdirSync(input, { recursive: true });
  const { seeds } = b.opts;
  for (let i = 0; i < nFiles; i++)
    copyFileSync(seeds[i % seeds.length], join(input, `${String(i).padStart(3, '0')}-${basename(seeds[i % seeds.length])}`));
  const out = join(TMP, 'workbook-out');
  await run(ghplan('batch', input, '--out', out, '--format', 'json', '--quiet', '--no-ocr', '--no-convert'));
  const argv = (format) => ghplan('batch', input, '--out', out, '--format', `json,${format}`, '--quiet', '--no-ocr', '--no-convert');
  const r = await b.compare({ argv: argv('xlsx') }, [{ name: 'csv', argv: argv('csv') }], runs);
  const size = (f) => (statSync(join(out, f)).size / 1024).toFixed(0);
  b.section(`Workbook: tong-hop.xlsx of ${nFiles} plans beside the CSV export of the same batch (re-runs, median of ${runs})`);
  b.print(
    ['output', 'wall s', 'CPU s', 'peak RSS MB', 'size KB'],
    [
      ['--format json,xlsx', (r.ours.ms / 1000).toFixed(1), fmtS(r.ours.cpuMs), fmtMb(r.ours.rssKb), size('tong-hop.xlsx')],
      [
        '--format json,csv',
        (r.csv.ms / 1000).toFixed(1),
        fmtS(r.csv.cpuMs),
        fmtMb(r.csv.rssKb),
        ['plans', 'findings', 'indicators', 'tasks', 'sections', 'assignments'].reduce((n, f) => n + +size(`${f}.csv`), 0),
      ],
    ],
  );
  console.log(`\nxlsx / csv: time ${r.csv.timeRatio.toFixed(2)}×${r.csv.rssRatio ? `, memory ${r.csv.rssRatio.toFixed(2)}×` : ''}`);
}

/**
 * The 3,000-row annex read and extracted, whole process, beside another built checkout
 * (GHPLAN_BENCH_BASE, e.g. the commit before a change to the table rules): within 10 % or faster.
 */
async function annex(b) {
  const base = process.env.GHPLAN_BENCH_BASE ? resolve(process.env.GHPLAN_BENCH_BASE) : null;
  if (!base) {
    b.section(
      'The 3,000-row annex beside another checkout',
      'set GHPLAN_BENCH_BASE=<another built checkout> to compare side by side (target ≤ 1.1×).',
    );
    for (const e of ['txt', 'docx', 'pdf']) b.skipped(`annex: huge-annex.${e} vs base`, '≤ 1.1×', 'GHPLAN_BENCH_BASE not set');
    return;
  }
  const runs = Math.max(3, Math.ceil(b.opts.runs / 2));
  const rows = [];
  for (const e of ['txt', 'docx', 'pdf']) {
    const file = join(b.opts.corpus, `bad/huge-annex.${e}`);
    const args = ['extract', file, '--no-ocr', '--no-convert'];
    const r = await b.compare({ argv: ghplan(...args) }, [{ name: 'base', argv: [NODE, join(base, 'bin/ghplan.js'), ...args] }], runs);
    rows.push([
      `huge-annex.${e}`,
      fmtMs(r.ours.ms),
      fmtMs(r.base.ms),
      b.target(`annex: huge-annex.${e} vs base`, r.base.timeRatio, { max: 1.1, cpu: r.base.cpuRatio }),
      r.base.rssRatio == null ? 'n/a' : `${fmtMb(r.ours.rssKb)} / ${fmtMb(r.base.rssKb)}`,
    ]);
  }
  b.section(`The 3,000-row annex beside another checkout: whole process (median of ${runs})`, `base: ${base}`);
  b.print(['file', 'ghplan ms', 'base ms', 'ratio (target)', 'peak RSS MB (ours / base)'], rows);
}

/**
 * Issue 15's doubling check: every stage (the .txt and markdown readers, prepare, frame,
 * metadata with its date line, sections, indicators, tasks from text and from tables) fed runs
 * of 50,000, 100,000 and 200,000 characters of each punctuation and digit pattern, a child
 * process per pattern (scripts/bench/doubling.mjs). Linear time doubles with the input: the target is the
 * growth per doubling over both doublings, √(t200k / t50k) ≤ 2.5× (quadratic would be 4×). Each
 * doubling is shown too. Times under 5 ms at 200k are below the noise and count as met.
 */
async function doubling(b) {
  const size = b.opts.quick ? 20_000 : 50_000;
  const child = (...args) => {
    const r = spawnSync(NODE, [join(ROOT, 'scripts/bench/doubling.mjs'), ROOT, String(size), ...args], {
      encoding: 'utf8',
      cwd: ROOT,
      maxBuffer: 1 << 24,
    });
    if (r.status !== 0) throw new Error(`doubling bench failed: ${r.stderr.slice(0, 400)}`);
    return JSON.parse(r.stdout.trim().split('\n').pop());
  };
  // one process per pattern: a fresh heap for each
  const results = [];
  for (let i = 0; i < child('count'); i++) results.push(...child(String(i)));
  const NOISE_MS = 5;
  const shown = (p) => JSON.stringify(p).slice(1, -1);
  const growth = ({ ms: [a, , c] }) => Math.sqrt(c / Math.max(a, 0.01));
  const met = (x) => growth(x) <= 2.5 || x.ms[2] < NOISE_MS;
  const k = (n) => `${(n / 1000).toLocaleString('en')}k`;
  const rows = results.map((x) => {
    const [a, m, c] = x.ms;
    const step = (p, q) => `${(q / Math.max(p, 0.01)).toFixed(2)}×`;
    return [
      x.stage,
      shown(x.pattern),
      fmtMs(a),
      fmtMs(m),
      fmtMs(c),
      step(a, m),
      step(m, c),
      `${growth(x).toFixed(2)}×`,
      met(x) ? 'met' : 'MISSED',
    ];
  });
  b.section(
    `Doubling: each stage on runs of ${k(size)}, ${k(2 * size)} and ${k(4 * size)} characters (ms per call, the fastest of 5 samples taken in turn)`,
    `target: growth per doubling √(t${k(4 * size)} / t${k(size)}) ≤ 2.5× (linear 2×, quadratic 4×); under ${NOISE_MS} ms at ${k(4 * size)} counts as met`,
  );
  b.print(
    [
      'stage',
      'pattern',
      `ms ${k(size)}`,
      `ms ${k(2 * size)}`,
      `ms ${k(4 * size)}`,
      '1st doubling',
      '2nd doubling',
      'per doubling',
      'verdict',
    ],
    rows,
  );
  // one target per stage: its worst pattern
  for (const stage of [...new Set(results.map((x) => x.stage))]) {
    const mine = results.filter((x) => x.stage === stage && x.ms[2] >= NOISE_MS);
    if (!mine.length) {
      b.target(`doubling: ${stage} (all under ${NOISE_MS} ms)`, 1, { max: 2.5 });
      continue;
    }
    const worst = mine.reduce((w, x) => (growth(x) > growth(w) ? x : w));
    b.target(`doubling: ${stage} (worst: ${shown(worst.pattern)})`, growth(worst), { max: 2.5 });
  }
}

const SECTIONS = { startup, docx, huge, annex, batch, indicators, workbook, doubling };

// ---------------------------------------------------------------- main

let TMP;

async function main() {
  const argv = process.argv.slice(2);
  const opt = (name, dflt) => {
    const i = argv.indexOf(name);
    return i >= 0 ? argv[i + 1] : dflt;
  };
  const quick = argv.includes('--quick');
  // the shared corpus sits beside the checkout (/work/main) or two levels up (a worktree in /work/wt/NAME)
  const corpus = resolve(
    ROOT,
    opt('--corpus', ['../shared/corpus', '../../shared/corpus'].find((d) => existsSync(resolve(ROOT, d))) ?? '../shared/corpus'),
  );
  const only = opt('--only', Object.keys(SECTIONS).join(',')).split(',');
  const seeds = readdirSync(join(corpus, 'seeds'))
    .filter((f) => /\.(txt|docx|pdf)$/.test(f) && !f.includes('.scanned.'))
    .sort()
    .map((f) => join(corpus, 'seeds', f));
  const b = new Bench({ quick, corpus, seeds, runs: Number(opt('--runs', quick ? 3 : 7)) });
  TMP = mkdtempSync(join(tmpdir(), 'ghplan-bench-'));
  console.log(
    `ghplan bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}; ratios are medians of per-pair ratios (ours and baseline run back to back)`,
  );
  try {
    for (const name of only) {
      if (!SECTIONS[name]) throw new Error(`unknown section ${name} (have: ${Object.keys(SECTIONS).join(', ')})`);
      await SECTIONS[name](b);
    }
  } finally {
    rmSync(TMP, { recursive: true, force: true });
  }
  b.section('All targets');
  b.print(
    ['what', 'measured', 'target', 'verdict'],
    b.targets.map((t) => [t.what, t.measured, t.target, t.ok == null ? 'not measured' : t.ok ? 'met' : 'MISSED']),
  );
  const missed = b.targets.filter((t) => t.ok === false).length;
  console.log(`\n${b.targets.length - missed} of ${b.targets.length} targets met${missed ? `, ${missed} MISSED` : ''}.`);
}

await main();
