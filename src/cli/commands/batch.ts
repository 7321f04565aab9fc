/** `ghplan batch PATH... --out DIR`: many plans in parallel, per-file JSON, combined CSVs, summary.json. */
import { Command, Option } from 'commander';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { UsageError, errorFromFacts, msg } from '../../model/errors.js';
import { count, t, workbookLanguage } from '../../i18n/index.js';
import { addCheckConfigOptions, addReadOptions, extractOptionsFrom, type CheckConfigFlags, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, makeChalk, wantsColor } from '../report.js';
import { ensureWritableDir } from '../paths.js';
import { summaryToJson, type BatchSummary } from '../../batch/summary.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

/** Ctrl-C or SIGTERM: the batch stops, keeps what is finished, writes its outputs and summary, and exits 128 + the signal's number. */
const EXIT_ON_SIGNAL = { SIGINT: 130, SIGTERM: 143 } as const;
type StopSignal = keyof typeof EXIT_ON_SIGNAL;

type Formats = { json: boolean; csv: boolean; xlsx: boolean };

interface Flags extends ReadFlags, CheckConfigFlags {
  out?: string;
  jobs: number;
  format: Formats;
  expected?: string;
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

function parseFormats(v: string): Formats {
  const parts = v
    .split(',')
    .map((s) => s.trim().toLowerCase())
    .filter(Boolean);
  const bad = parts.filter((p) => p !== 'json' && p !== 'csv' && p !== 'xlsx');
  if (!parts.length || bad.length) throw new UsageError(msg('usage.batchFormats', { value: v }));
  return { json: parts.includes('json'), csv: parts.includes('csv'), xlsx: parts.includes('xlsx') };
}

export function batchCommand(): Command {
  const cmd = new Command('batch')
    .description('extract many plans in parallel: per-file JSON, combined CSVs for Excel, summary.json')
    .argument('<paths...>', 'files, folders (searched recursively for .txt .md .docx .pdf .doc) or globs')
    .option('-o, --out <dir>', 'output folder (required)')
    .addOption(
      new Option('-j, --jobs <n>', 'files read in parallel').argParser(parseJobs).default(availableParallelism(), 'number of cores'),
    )
    .addOption(
      new Option('-f, --format <list>', 'outputs, comma-separated: json, csv, xlsx')
        .argParser(parseFormats)
        .default({ json: true, csv: true, xlsx: true }, 'json,csv,xlsx'),
    )
    .option('--expected <file>', 'issuers that should send a plan, one per line: the workbook lists those with none')
    .option('--force', 'redo every file, even unchanged ones')
    .option('--fail-fast', 'stop at the first file that fails')
    .option('--json', 'print the summary as JSON on stdout')
    .option('--quiet', 'print only errors and the summary')
    .option('--no-color', 'no colour in messages')
    .option('--debug', 'print stack traces of internal errors');
  addCheckConfigOptions(cmd);
  addReadOptions(cmd);
  cmd.addHelpText('after', `\n${t('help.batch.after')}`);
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
  const stop =
    s.stopped === 'fail-fast' ? c.red(t('batch.stoppedFailFast')) : s.stopped === 'interrupted' ? c.red(t('batch.interrupted')) : '';
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
  // Check configs and the expected list first: a bad one is a usage error before any work.
  const { ConfigFinder } = await import('../../check/config.js');
  const finder = new ConfigFinder(flags.config, flags.stage ? { stage: flags.stage } : {});
  if (flags.format.csv || flags.format.xlsx) for (const input of inputs) await finder.forFile(input.path);
  const expected = flags.expected ? await (await import('../../batch/expected.js')).readExpected(flags.expected) : undefined;

  const { runBatchJob } = await import('../../batch/run.js');
  const { Progress } = await import('../../batch/progress.js');
  const progress = new Progress({ total: inputs.length, stream: process.stderr, enabled: !!process.stderr.isTTY && !flags.quiet });
  const interrupt = new AbortController();
  let signalled: StopSignal = 'SIGINT';
  // a second signal of the same kind finds no handler and ends the process at once
  const onSignal = (s: StopSignal): void => {
    signalled = s;
    interrupt.abort();
  };
  for (const s of Object.keys(EXIT_ON_SIGNAL) as StopSignal[]) process.once(s, onSignal);
  let summary: BatchSummary;
  try {
    const extract = extractOptionsFrom(flags);
    summary = await runBatchJob(inputs, {
      outDir: flags.out,
      formats: flags.format,
      configFor: (path) => finder.forFile(path),
      ...(expected ? { expected } : {}),
      lang: workbookLanguage(),
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
    for (const s of Object.keys(EXIT_ON_SIGNAL) as StopSignal[]) process.removeListener(s, onSignal);
  }
  process.stderr.write(printSummary(summary, flags.out, color));
  if (flags.json) process.stdout.write(summaryToJson(summary));
  if (summary.stopped === 'interrupted') return EXIT_ON_SIGNAL[signalled];
  return summary.totals.failed ? EXIT_FAILED : EXIT_OK;
}
