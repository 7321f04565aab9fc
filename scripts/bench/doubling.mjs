#!/usr/bin/env node
/**
 * Child of `npm run bench` (section "doubling", issue 15): each stage fed a plan whose lines hold
 * a run of 50,000, then 100,000, then 200,000 characters of one punctuation or digit pattern — in
 * the date line, a heading, an indicator line, a text task, a table cell — each pattern in a
 * process of its own (`npm run bench` starts one per pattern), so that no pattern's garbage or
 * caches weigh on the next one's collections.
 * Time linear in the input doubles (ratio ≈ 2); a super-linear regex or loop shows as ≥ 4. Three
 * sizes, because one doubling alone is noisy, and V8 moves strings over about 64,000 UTF-16
 * characters to its large-object space, which makes the first step cost more than the next.
 * Prints one JSON line: [{ stage, pattern, ms: [at 50k, at 100k, at 200k] }, …], ms per call.
 *
 *   node scripts/bench/doubling.mjs ROOT [SIZE] [PATTERN_INDEX…]
 *   (SIZE: the smallest run, default 50000; without indexes, every pattern in this process)
 *   node scripts/bench/doubling.mjs ROOT SIZE count      (prints how many patterns there are)
 */
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(process.argv[2] ?? '.');
const size = Number(process.argv[3] ?? 50_000);
const only = process.argv[4] === 'count' ? [] : process.argv.slice(4).map(Number);
const load = (m) => import(pathToFileURL(join(root, 'dist', m)).href);
const [
  { readDocument, makeContext },
  { prepareBlocks },
  { findFrame },
  { extractMetadata },
  { buildSections },
  { extractIndicators },
  { extractTasks },
  { extractTextTasks },
] = await Promise.all(
  [
    'readers/index.js',
    'extract/prepare.js',
    'extract/frame.js',
    'extract/metadata.js',
    'extract/sections.js',
    'extract/indicators.js',
    'extract/tasks.js',
    'extract/text-tasks.js',
  ].map(load),
);

/** Runs of these, repeated to the size (a pattern of k characters is repeated size/k times). */
const PATTERNS = ['.', '…', '_', ',', '5% ', '*a', '|', '0', '1.', '1,5 ', '-', '- ', '\t', ' ', '/', '(', '**', '#', ':', '%', '12/2027 '];
if (process.argv[4] === 'count') {
  process.stdout.write(`${PATTERNS.length}\n`);
  process.exit(0);
}

const run = (p, n) => p.repeat(Math.ceil(n / p.length)).slice(0, n);

/** A small plan with the run where each stage looks: date line, title, heading, indicator, text task, table cell. */
const plan = (r) =>
  [
    'ỦY BAN NHÂN DÂN XÃ AN BÌNH',
    'Số: 12/KH-UBND',
    `An Bình, ngày ${r}`,
    '',
    'KẾ HOẠCH',
    `Thực hiện ${r}`,
    '',
    `I. MỤC TIÊU ${r}`,
    '',
    `- Tỷ lệ hộ gia đình đạt ${r}`,
    '',
    'II. NHIỆM VỤ',
    '',
    `- Phòng Kinh tế chủ trì ${r}`,
    '',
    'PHỤ LỤC',
    '',
    'TT\tNội dung\tĐơn vị chủ trì\tThời gian',
    `1\t${r}\tPhòng Kinh tế\tTháng ${r}`,
    '',
  ].join('\n');

/** Result values of today and the diagnostics-array signatures of before. */
const value = (r) => (r && typeof r === 'object' && !Array.isArray(r) && 'value' in r ? r.value : r);

/**
 * Ms per call of `f`: it repeats until it has run 60 ms (at most 200 calls), so cheap stages
 * rise above the timer's noise and a collection of the garbage falls on many calls, not one.
 */
async function sample(f) {
  let calls = 0;
  const t = performance.now();
  do {
    await f();
    calls++;
  } while (performance.now() - t < 60 && calls < 200);
  return (performance.now() - t) / calls;
}

/** The inputs of every stage for one plan text, each stage's input made once by the stage before. */
async function setup(text) {
  const bytes = new TextEncoder().encode(text);
  const readAs = (ext) => readDocument(bytes, makeContext(`doubling.${ext}`, { ocr: 'off', convertLegacy: 'off' }));
  const read = await readAs('txt');
  const blocks = value(prepareBlocks(read.blocks));
  const frame = value(findFrame(blocks));
  const title = value(extractMetadata(blocks, frame)).title ?? null;
  const tree = value(buildSections(blocks, frame));
  return {
    'reader .txt': () => readAs('txt'),
    'reader .md': () => readAs('md'),
    prepare: () => prepareBlocks(read.blocks),
    frame: () => findFrame(blocks),
    'metadata (date line)': () => extractMetadata(blocks, frame),
    sections: () => buildSections(blocks, frame),
    indicators: () => extractIndicators(blocks, tree, { title }),
    'tasks from text': () => extractTextTasks(tree),
    'tasks from tables': () => extractTasks(blocks, tree, frame, []),
  };
}

/**
 * Each stage at the three sizes, in turn (small, middle, large, small…: a load change on a
 * shared machine hits all alike), 5 rounds; a stage over a second at the small size gets one
 * round (a super-linear one would take minutes). ms = the fastest sample at each size: other
 * work on the machine only ever adds time, so the minimum is the stage's own cost.
 */
const SIZES = [size, 2 * size, 4 * size];
const out = [];
for (const p of only.length ? only.map((i) => PATTERNS[i]) : PATTERNS) {
  const setups = [];
  for (const n of SIZES) setups.push(await setup(plan(run(p, n))));
  for (const stage of Object.keys(setups[0])) {
    const samples = SIZES.map(() => []);
    for (let i = 0; i < 5; i++) {
      for (const [k, s] of setups.entries()) samples[k].push(await sample(s[stage]));
      if (samples[0][0] > 1000) break;
    }
    out.push({ stage, pattern: p, ms: samples.map((xs) => Math.min(...xs)) });
  }
}
process.stdout.write(JSON.stringify(out) + '\n');
