#!/usr/bin/env node
/**
 * Child of `npm run bench` (section "indicators"): indicator extraction ALONE, in process, on
 * blocks read once per file, for the checkout given as first argument (its dist/). Prints one
 * JSON line: { "<file>": { "ms": median ms per call, "indicators": n } }.
 *
 *   node scripts/bench/indicators.mjs ROOT RUNS FILE...
 */
import { readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [rootArg, runsArg, ...files] = process.argv.slice(2);
const root = resolve(rootArg);
const load = (m) => import(pathToFileURL(join(root, 'dist', m)).href);
const [{ readDocument, makeContext }, { prepareBlocks }, { findFrame }, { extractMetadata }, { buildSections }, { extractIndicators }] =
  await Promise.all(
    [
      'readers/index.js',
      'extract/prepare.js',
      'extract/frame.js',
      'extract/metadata.js',
      'extract/sections.js',
      'extract/indicators.js',
    ].map(load),
  );
const median = (xs) => [...xs].sort((a, b) => a - b)[xs.length >> 1];
const out = {};
for (const file of files) {
  const read = await readDocument(new Uint8Array(await readFile(file)), makeContext(basename(file), { ocr: 'off', convertLegacy: 'off' }));
  // stages return a Result since the stages refactoring; before it, their bare value
  const valueOf = (r) => (r && !Array.isArray(r) && 'value' in r && 'diagnostics' in r ? r.value : r);
  const blocks = valueOf(prepareBlocks(read.blocks));
  const frame = valueOf(findFrame(blocks));
  const title = valueOf(extractMetadata(blocks, frame)).title;
  const tree = buildSections(blocks, frame);
  // today's signature takes a context and returns a Result; the one before took a diagnostics array
  const once = () => {
    const r = extractIndicators(blocks, tree, { title });
    return Array.isArray(r) ? r : r.value;
  };
  const n = once().length;
  const reps = Math.max(5, Math.round(200 / (blocks.length / 50 + 1)));
  const ts = [];
  for (let i = 0; i < Number(runsArg); i++) {
    const t = performance.now();
    for (let k = 0; k < reps; k++) once();
    ts.push((performance.now() - t) / reps);
  }
  out[basename(file)] = { ms: median(ts), indicators: n };
}
process.stdout.write(JSON.stringify(out) + '\n');
