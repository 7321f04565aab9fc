/** `ghplan batch PATH... --out DIR`: many plans in parallel, per-file JSON, combined CSVs, summary.json. */
import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { UsageError, errorFromFacts, msg } from '../../model/errors.js';
import { count, t } from '../../i18n/index.js';
import { addReadOptions, extractOptionsFrom, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, makeChalk, wantsColor } from '../report.js';
import { ensureWritableDir } from '../paths.js';
import { summaryToJson, type BatchSummary } from '../../batch/summary.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

/** Ctrl-C: the batch stops, keeps what is finished and writes its summary. */
const EXIT_INTERRUPTED = 130;

interface Flags extends ReadFlags {
  out?: string;
  jobs: number;
  format: { json: boolean; csv: boolean };
  quiet?: boolean;
  json?: boolean;
  failFast?: boolean;
  force?: boolean;
  color?: boolean;
  debug?: boolean;
}

function parseJobs(v: string): number {
  if (!/^\d+$/.test(v) || +v <= 0) throw new UsageError(msg('usage.positiveInt', { option: '--jobs', value: v }));
  return +v;
}

function parseFormats(v: string): { json: boolean; csv: boolean } {
  const parts = v.split(',').map((s) => s.trim().toLowerCase()).filter(Boolean);
  const bad = parts.filter((p) => p !== 'json' && p !== 'csv');
  if (!parts.length || bad.length) throw new UsageError(msg('usage.batchFormats', { value: v }));
  return { json: parts.includes('json'), csv: parts.includes('csv') };
}

export function batchCommand(): Command {
  const cmd = new Command('batch')
    .description('extract many plans in parallel: per-file JSON, combined CSVs for Excel, summary.json')
    .argument('<paths...>', 'files, folders (searched recursively for .txt .md .docx .pdf .doc) or globs')
    .option('-o, --out <dir>', 'output folder (required)')
    .addOption(new Option('-j, --jobs <n>', 'files read in parallel').argParser(parseJobs).default(availableParallelism(), 'number of cores'))
    .addOption(new Option('-f, --format <list>', 'outputs: json, csv or json,csv').argParser(parseFormats).default({ json: true, csv: true }, 'json,csv'))
    .option('--force', 'redo every file, even unchanged ones')
    .option('--fail-fast', 'stop at the first file that fails')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--quiet', 'print only errors and the summary')
    .option('--no-color', 'no colour in messages')
    .option('--debug', 'print stack traces of internal errors');
  addReadOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Writes DIR/json/<name>.json per file, DIR/indicators.csv, tasks.csv, sections.csv,
assignments.csv (UTF-8 with BOM, for Excel) and DIR/summary.json. A re-run skips files
unchanged since their last successful run; failed files are tried again.

Examples:
  $ ghplan batch incoming/ --out results/
  $ ghplan batch "plans/**/*.docx" --out results/ --jobs 4 --format csv
  $ ghplan batch a.pdf b.docx --out results/ --json > summary.json

Exit codes: 0 every file extracted, 1 a file failed, 2 usage error (no inputs, unwritable --out).`,
  );
  return cmd;
}

function printSummary(s: BatchSummary, out: string, color: boolean): string {
  const c = makeChalk(color);
  const n = s.totals;
  const parts = [c.green(t('batch.ok', { n: n.ok }))];
  if (n.withWarnings) parts.push(c.yellow(t('batch.withWarnings', { n: n.withWarnings })));
  const failed = t('batch.failed', { n: n.failed });
  parts.push(n.failed ? c.red(failed) : failed);
  parts.push(t('batch.skipped', { n: n.skipped }));
  const stop = s.stopped === 'fail-fast' ? c.red(t('batch.stoppedFailFast')) : s.stopped === 'interrupted' ? c.red(t('batch.interrupted')) : '';
  const head = t('batch.summary', { files: count(n.files, 'word.file', 'word.files'), parts: parts.join(', '), stop });
  return `${head}\n${t('batch.totals', { indicators: n.indicators, tasks: n.tasks, out })}\n`;
}

export async function runBatch(paths: string[], flags: Flags): Promise<number> {
  if (!flags.out) throw new UsageError(msg('usage.batchNeedsOut'));
  const color = wantsColor(flags.color);
  const { expandInputs } = await import('../inputs.js');
  const { inputs, emptyGlobs } = await expandInputs(paths, { outDir: flags.out });
  if (!flags.quiet) for (const g of emptyGlobs) process.stderr.write(t('batch.noMatch', { pattern: g }) + '\n');
  if (!inputs.length) throw new UsageError(msg('usage.noInputsFound', { paths: paths.join(' ') }), 'GHPLAN_NO_INPUT');
  await ensureWritableDir(flags.out);

  const { runBatchJob } = await import('../../batch/run.js');
  const { Progress } = await import('../../batch/progress.js');
  const progress = new Progress({ total: inputs.length, stream: process.stderr, enabled: !!process.stderr.isTTY && !flags.quiet });
  const interrupt = new AbortController();
  const onSigint = (): void => interrupt.abort();
  process.once('SIGINT', onSigint);
  let summary: BatchSummary;
  try {
    const extract = extractOptionsFrom(flags);
    summary = await runBatchJob(inputs, {
      outDir: flags.out,
      formats: flags.format,
      jobs: flags.jobs,
      failFast: !!flags.failFast,
      force: !!flags.force,
      extract,
      version,
      timestamps: !!flags.timestamps,
      signal: interrupt.signal,
      events: {
        start: (input) => progress.start(input.file),
        done: (input, entry) => {
          if (entry.status === 'failed' && entry.error) {
            progress.log(errorLine(input.file, errorFromFacts(entry.error), { color, debug: !!flags.debug }));
          }
          progress.tick(entry.status !== 'skipped');
        },
      },
    });
  } finally {
    progress.clear();
    process.removeListener('SIGINT', onSigint);
  }
  process.stderr.write(printSummary(summary, flags.out, color));
  if (flags.json) process.stdout.write(summaryToJson(summary));
  if (summary.stopped === 'interrupted') return EXIT_INTERRUPTED;
  return summary.totals.failed ? EXIT_FAILED : EXIT_OK;
}
