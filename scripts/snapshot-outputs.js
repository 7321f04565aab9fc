#!/usr/bin/env node
// Writes every output ghplan gives for every file in fixtures/ and the shared seeds (plan JSON,
// the CSV files, `check` findings at both stages, or the error) into one folder, so that a
// refactoring can be shown to change nothing:
//
//   npm run build && node scripts/snapshot-outputs.js /tmp/before     # on the parent commit
//   npm run build && node scripts/snapshot-outputs.js /tmp/after      # on the refactoring
//   diff -r /tmp/before /tmp/after                                    # must print nothing
//
// Extra folders of inputs can follow the output folder (e.g. /work/shared/corpus/real).
import { mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { extractFile, planToCsv } from '../dist/index.js';
import { planToJson } from '../dist/export/json.js';
import { checkPlan } from '../dist/check/run.js';
import { resolveConfig } from '../dist/check/config.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [out, ...extra] = process.argv.slice(2);
if (!out) {
  console.error('usage: node scripts/snapshot-outputs.js OUT_DIR [MORE_INPUT_DIRS...]');
  process.exit(2);
}
const inputs = [join(root, 'fixtures'), '/work/shared/corpus/seeds', '/work/shared/corpus/bad', ...extra];

function filesUnder(dir) {
  let names;
  try {
    names = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return names.flatMap((n) => {
    const p = join(dir, n);
    return statSync(p).isDirectory() ? filesUnder(p) : [p];
  });
}

async function outputsOf(file) {
  try {
    const plan = await extractFile(file, { convertLegacy: 'off', ocr: 'off' });
    const csv = planToCsv(plan);
    const findings = ['draft', 'final'].map((stage) => checkPlan(plan, resolveConfig(null, null, { stage })));
    return [
      planToJson(plan, true),
      ...Object.entries(csv).map(([n, body]) => `--- ${n}\n${body}`),
      `--- check\n${JSON.stringify(findings, null, 1)}`,
    ].join('\n');
  } catch (e) {
    return `error ${e?.code ?? ''}: ${e?.message ?? String(e)}\n`;
  }
}

rmSync(out, { recursive: true, force: true });
let count = 0;
for (const dir of inputs) {
  for (const file of filesUnder(dir)) {
    const name = join(out, dir === inputs[0] ? 'fixtures' : dir.replace(/[\\/:]+/g, '_'), relative(dir, file)) + '.out';
    mkdirSync(dirname(name), { recursive: true });
    writeFileSync(name, await outputsOf(file));
    count++;
  }
}
console.log(`${count} inputs → ${out}`);
