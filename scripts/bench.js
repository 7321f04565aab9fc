#!/usr/bin/env node
/**
 * `npm run bench`: speed and memory of ghplan against the bare readers it builds on.
 * Plain JS over dist/ (run `npx tsc -p .` first; `npm run bench` does). Not part of CI.
 *
 *   1. in-process extract vs the bare reader on the same file, median of several runs
 *      (docx: mammoth.convertToHtml; pdf: pdf-parse getText + getTable; txt: fs.readFile);
 *   2. peak memory (max RSS, child processes) of the 3,000-row annex vs its bare reader;
 *   3. whole-process CLI time for a 50 KB .txt, and what its start-up spends on imports;
 *   4. batch throughput (documents/s) with --jobs 1 and --jobs 2 over 200 copies of the
 *      corpus, and the batch's peak RSS.
 *
 * Every target the run misses is marked "MISSED". Options: --quick (fewer runs, 60 files),
 * --corpus DIR (default ../shared/corpus), --only extract,memory,cli,batch (some sections).
 */
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { availableParallelism, cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const BIN = join(ROOT, 'bin/ghplan.js');
const SELF = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------- child modes
// `node scripts/bench.js --child <mode> ...` runs one measurement in a fresh process and
// prints one JSON line; the parent never measures memory in its own (warm) process.

async function bareRead(file) {
  const bytes = await readFile(file);
  const ext = extname(file).toLowerCase();
  if (ext === '.docx') {
    const mammoth = (await import('mammoth')).default;
    await mammoth.convertToHtml({ buffer: bytes });
  } else if (ext === '.pdf') {
    const { PDFParse } = await import('pdf-parse');
    const parser = new PDFParse({ data: new Uint8Array(bytes), verbosity: 0 });
    try {
      await parser.getText();
      await parser.getTable();
    } finally {
      await parser.destroy();
    }
  }
  return bytes.length;
}

async function child(mode, args) {
  if (mode === 'mem') {
    const [kind, file] = args;
    const base = process.memoryUsage().rss;
    if (kind === 'bare') await bareRead(file);
    else {
      const { extractFile } = await import(pathToFileURL(join(ROOT, 'dist/api.js')).href);
      await extractFile(file, { ocr: 'off', convertLegacy: 'off' });
    }
    process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS, baseRssKb: Math.round(base / 1024) }) + '\n');
  } else if (mode === 'cli') {
    // the CLI in this process, so that max RSS covers its worker threads
    const { main } = await import(pathToFileURL(join(ROOT, 'dist/cli/main.js')).href);
    const t0 = performance.now();
    const code = await main([process.execPath, BIN, ...args]);
    const ms = performance.now() - t0;
    process.stdout.write(JSON.stringify({ code, ms, maxRssKb: process.resourceUsage().maxRSS }) + '\n');
    process.exit(0);
  } else if (mode === 'imports') {
    // import cost of each step of the CLI start-up, in load order (each step excludes the ones before)
    const steps = args;
    const out = [];
    let last = performance.now();
    for (const s of steps) {
      await import(s.startsWith('dist/') ? pathToFileURL(join(ROOT, s)).href : s);
      const now = performance.now();
      out.push([s, now - last]);
      last = now;
    }
    process.stdout.write(JSON.stringify(out) + '\n');
  }
}

// ---------------------------------------------------------------- helpers

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const ms = (x) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
const mb = (kb) => (kb / 1024).toFixed(0);

function runChild(mode, args) {
  const r = spawnSync(process.execPath, [SELF, '--child', mode, ...args], { encoding: 'utf8', maxBuffer: 1 << 26, cwd: ROOT });
  const line = r.stdout.trim().split('\n').pop();
  if (r.status !== 0 || !line) throw new Error(`child ${mode} ${args.join(' ')} failed: ${r.stderr.slice(0, 500)}`);
  return JSON.parse(line);
}

function timeProcess(args) {
  return new Promise((resolvePromise, reject) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'], cwd: ROOT });
    let err = '';
    p.stderr.on('data', (d) => (err += d));
    p.on('error', reject);
    p.on('close', (code) => resolvePromise({ ms: performance.now() - t0, code, err }));
  });
}

function table(headers, rows) {
  const w = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (r) => '| ' + r.map((c, i) => String(c).padEnd(w[i])).join(' | ') + ' |';
  return [line(headers), '| ' + w.map((n) => '-'.repeat(n)).join(' | ') + ' |', ...rows.map(line)].join('\n');
}

const missed = [];
function mark(ok, what) {
  if (!ok) missed.push(what);
  return ok ? 'ok' : '**MISSED**';
}

// ---------------------------------------------------------------- the bench

async function bench() {
  const argv = process.argv.slice(2);
  const quick = argv.includes('--quick');
  const ci = argv.indexOf('--corpus');
  const corpus = resolve(ROOT, ci >= 0 ? argv[ci + 1] : '../shared/corpus');
  const runs = quick ? 3 : 7;
  const oi = argv.indexOf('--only');
  const only = new Set(oi >= 0 ? argv[oi + 1].split(',') : ['extract', 'memory', 'cli', 'batch']);
  const { extractFile } = await import(pathToFileURL(join(ROOT, 'dist/api.js')).href);
  const opts = { ocr: 'off', convertLegacy: 'off' };

  const seeds = readdirSync(join(corpus, 'seeds'))
    .filter((f) => /\.(txt|docx|pdf)$/.test(f) && !f.includes('.scanned.'))
    .sort()
    .map((f) => join(corpus, 'seeds', f));
  const huge = ['txt', 'docx', 'pdf'].map((e) => join(corpus, 'bad', `huge-annex.${e}`));

  console.log(`ghplan bench — node ${process.version}, ${availableParallelism()} cores (${cpus()[0]?.model ?? '?'}), load ${loadavg().map((l) => l.toFixed(1)).join(' ')}\n`);

  // 1. in-process extract vs bare reader
  if (only.has('extract')) {
  const rows1 = [];
  const byFormat = {};
  for (const file of [...seeds, ...huge]) {
    const ext = extname(file).slice(1);
    const n = file.includes('huge-annex') ? Math.max(3, runs - 4) : runs;
    await extractFile(file, opts); // warm-up: lazy imports, JIT
    await bareRead(file);
    const te = [];
    const tb = [];
    for (let i = 0; i < n; i++) {
      let t = performance.now();
      await bareRead(file);
      tb.push(performance.now() - t);
      t = performance.now();
      await extractFile(file, opts);
      te.push(performance.now() - t);
    }
    const e = median(te);
    const b = median(tb);
    const ratio = e / b;
    let target = '';
    if (ext === 'docx' || ext === 'pdf') target = `≤1.3× ${mark(ratio <= 1.3, `${basename(file)}: extract ${ratio.toFixed(2)}× its bare reader (target ≤ 1.3×)`)}`;
    const kb = statSync(file).size / 1024;
    if (ext === 'txt' && kb >= 40 && kb <= 60) target = `<15 ms ${mark(e < 15, `${basename(file)} (${kb.toFixed(0)} KB): extract ${ms(e)} ms in-process (target < 15 ms)`)}`;
    rows1.push([basename(file), ext, `${kb.toFixed(0)} KB`, ms(e), ms(b), ext === 'txt' ? `(${ratio.toFixed(0)}×)` : `${ratio.toFixed(2)}×`, target]);
    if (!file.includes('huge-annex')) (byFormat[ext] ??= []).push([e, b]);
  }
  for (const [ext, xs] of Object.entries(byFormat)) {
    const e = median(xs.map((x) => x[0]));
    const b = median(xs.map((x) => x[1]));
    rows1.push([`median of seeds`, ext, '', ms(e), ms(b), ext === 'txt' ? `(${(e / b).toFixed(0)}×)` : `${(e / b).toFixed(2)}×`, '']);
  }
  console.log('## In-process extract vs bare reader (median ms)\n');
  console.log(table(['file', 'format', 'size', 'extract', 'bare reader', 'ratio', 'target'], rows1));
  }

  // 2. peak memory of the 3,000-row annex, each in a fresh child
  if (only.has('memory')) {
  const rows2 = [];
  for (const file of huge) {
    const ext = extname(file).slice(1);
    const e = runChild('mem', ['extract', file]);
    const b = runChild('mem', ['bare', file]);
    const ratio = e.maxRssKb / b.maxRssKb;
    const target = ext === 'txt' ? 'n/a (no parser)' : `≤1.25× ${mark(ratio <= 1.25, `${basename(file)}: peak RSS ${mb(e.maxRssKb)} MB = ${ratio.toFixed(2)}× its bare reader's ${mb(b.maxRssKb)} MB (target ≤ 1.25×)`)}`;
    rows2.push([basename(file), mb(e.maxRssKb), mb(b.maxRssKb), `${ratio.toFixed(2)}×`, target]);
  }
  console.log('\n## Peak memory, 3,000-row annex (max RSS, MB, fresh process each)\n');
  console.log(table(['file', 'extract', 'bare reader', 'ratio', 'target'], rows2));
  }

  // 3. whole-process CLI time
  if (only.has('cli')) {
  const txt50 = seeds.find((f) => f.endsWith('.txt') && statSync(f).size > 40_000) ?? seeds.find((f) => f.endsWith('.txt'));
  const cliRuns = quick ? 3 : 7;
  const tNode = [];
  const tCli = [];
  const tVersion = [];
  for (let i = 0; i < cliRuns; i++) {
    tNode.push((await timeProcess(['-e', '0'])).ms);
    tVersion.push((await timeProcess([BIN, '--version'])).ms);
    const r = await timeProcess([BIN, 'extract', txt50]);
    if (r.code !== 0) throw new Error(`CLI failed on ${txt50}: ${r.err}`);
    tCli.push(r.ms);
  }
  const cli = median(tCli);
  console.log('\n## Whole-process CLI (median ms)\n');
  console.log(
    table(
      ['command', 'ms', 'target'],
      [
        ['node -e 0 (Node itself)', ms(median(tNode)), ''],
        ['ghplan --version', ms(median(tVersion)), ''],
        [`ghplan extract ${basename(txt50)} (${(statSync(txt50).size / 1024).toFixed(0)} KB)`, ms(cli), `<250 ms ${mark(cli < 250, `CLI extract of a ${(statSync(txt50).size / 1024).toFixed(0)} KB .txt: ${ms(cli)} ms (target < 250 ms)`)}`],
      ],
    ),
  );
  // what the start-up spends on imports (each row excludes the rows above it)
  const steps = ['commander', 'chalk', 'zod', 'dist/model/plan.js', 'unified', 'remark-parse', 'remark-gfm', 'dist/readers/txt.js', 'dist/readers/index.js', 'dist/pipeline.js', 'dist/api.js', 'dist/cli/commands/extract.js', 'dist/cli/main.js'];
  const samples = [];
  for (let i = 0; i < (quick ? 3 : 5); i++) samples.push(runChild('imports', steps));
  const importRows = steps.map((s, i) => [s, ms(median(samples.map((x) => x[i][1])))]);
  importRows.push(['total imports', ms(median(samples.map((x) => x.reduce((n, r) => n + r[1], 0))))]);
  console.log('\nStart-up imports of `ghplan extract x.txt`, in load order (median ms, each step excluding the ones above):\n');
  console.log(table(['module', 'ms'], importRows));
  }

  // 4. batch throughput on 200 copies of the corpus
  if (only.has('batch')) {
  const nFiles = quick ? 60 : 200;
  const dir = mkdtempSync(join(tmpdir(), 'ghplan-bench-'));
  try {
    const input = join(dir, 'in');
    spawnSync(process.execPath, ['-e', `require('fs').mkdirSync(${JSON.stringify(input)})`]);
    for (let i = 0; i < nFiles; i++) {
      const src = seeds[i % seeds.length];
      copyFileSync(src, join(input, `${String(i).padStart(3, '0')}-${basename(src)}`));
    }
    const rows4 = [];
    const thr = {};
    for (const jobs of [1, 2]) {
      const r = runChild('cli', ['batch', input, '--out', join(dir, `out${jobs}`), '--jobs', String(jobs), '--quiet', '--force', '--no-ocr', '--no-convert']);
      if (r.code !== 0) throw new Error(`batch --jobs ${jobs} exited ${r.code}`);
      thr[jobs] = nFiles / (r.ms / 1000);
      const rss = mark(r.maxRssKb < 400 * 1024, `batch of ${nFiles} files, --jobs ${jobs}: peak RSS ${mb(r.maxRssKb)} MB (target < 400 MB)`);
      rows4.push([`--jobs ${jobs}`, nFiles, (r.ms / 1000).toFixed(1), thr[jobs].toFixed(1), mb(r.maxRssKb), `<400 MB ${rss}`]);
    }
    const speedup = thr[2] / thr[1];
    rows4.push(['speed-up', '', '', `${speedup.toFixed(2)}×`, '', `≥1.6× ${mark(speedup >= 1.6, `batch --jobs 2 is ${speedup.toFixed(2)}× --jobs 1 (target ≥ 1.6×)`)}`]);
    console.log(`\n## Batch throughput (${nFiles} copies of the ${seeds.length} seed files: .txt .docx .pdf)\n`);
    console.log(table(['run', 'files', 's', 'docs/s', 'peak RSS MB', 'target'], rows4));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  }

  console.log(missed.length ? `\n${missed.length} target(s) MISSED:\n${missed.map((m) => `  - ${m}`).join('\n')}` : '\nAll targets met.');
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv.slice(4));
else await bench();
