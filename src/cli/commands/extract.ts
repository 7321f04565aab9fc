/** `ghplan extract FILE`: one plan to JSON (stdout or --out FILE), CSV (--out DIR) or an Excel workbook (--out FILE.xlsx). */
import { Command, Option } from 'commander';
import { basename, join, resolve } from 'node:path';
import type { FileOverview } from '../../check/overview.js';
import type { Plan } from '../../model/plan.js';
import { createPool, extractInPool, type IsolatedInput } from '../../batch/pool.js';
import { workerError } from '../../batch/worker-error.js';
import { guardOut } from '../../batch/out-errors.js';
import { assertExists, readStdin, STDIN } from '../input-file.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { UsageError, msg } from '../../model/errors.js';
import { t, workbookLanguage } from '../../i18n/index.js';
import { addCheckConfigOptions, addReadOptions, extractOptionsFrom, type CheckConfigFlags, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, wantsColor } from '../report.js';
import { ensureWritableDir, ensureWritableFileParent } from '../paths.js';

interface Flags extends ReadFlags, CheckConfigFlags {
  out?: string;
  format: 'json' | 'csv' | 'xlsx';
  pretty?: boolean;
  color?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('extract one plan (.docx, .pdf, .txt, .md) to JSON or CSV')
    .argument('<file>', 'the plan to read (- for stdin)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'csv', 'xlsx']).default('json'))
    .option('-o, --out <path>', 'json: file to write (default: stdout); csv: folder to write the CSV files into; xlsx: the workbook file')
    .option('--pretty', 'indent the JSON')
    .option('--no-color', 'no colour in messages')
    .option('--quiet', 'print only errors')
    .option('--debug', 'print the stack of any error');
  addCheckConfigOptions(cmd);
  addReadOptions(cmd);
  cmd.addHelpText('after', `\n${t('help.extract.after')}`);
  return cmd;
}

export async function runExtract(file: string, flags: Flags): Promise<number> {
  if (flags.format === 'csv' && !flags.out) throw new UsageError(msg('usage.csvNeedsOut'));
  if (flags.format === 'xlsx' && !flags.out) throw new UsageError(msg('usage.xlsxNeedsOut'));
  const options = extractOptionsFrom(flags);
  const color = wantsColor(flags.color);
  const fail = (e: unknown): number => {
    process.stderr.write(errorLine(file, e, { color, debug: !!flags.debug }) + '\n');
    return EXIT_FAILED;
  };
  if (file !== STDIN) await assertExists(file);
  if (flags.out) {
    if (flags.format === 'csv') await ensureWritableDir(flags.out);
    else await ensureWritableFileParent(flags.out);
  }
  const overview = flags.format === 'json' ? null : await overviewMaker(file, flags);
  // the worker's thread starts while stdin is read
  const pool = await createPool(1);
  let r;
  try {
    let input: IsolatedInput;
    if (file === STDIN) {
      try {
        input = { bytes: await readStdin(options.limits!.maxFileBytes!), file: STDIN };
      } catch (e) {
        return fail(e);
      }
    } else {
      input = { path: resolve(file), file: basename(file) };
    }
    r = await extractInPool(pool, input, options, !!flags.pretty, { lastTask: true });
  } finally {
    void pool.destroy();
  }
  if (!r.ok) return fail(workerError(r.error));
  const json = r.json!;
  // a full or read-only disk: GHPLAN_OUT_NOT_WRITABLE (exit 2), each output file whole or as it was
  await guardOut(flags.out ?? '-', msg('out.wholeOrOld'), () => writeOutputs(file, json, flags, overview));
  return EXIT_OK;
}

async function writeOutputs(file: string, json: string, flags: Flags, overview: ((plan: Plan) => FileOverview) | null): Promise<void> {
  if (flags.format === 'csv') {
    const plan = JSON.parse(json) as Plan;
    const { planToCsv, overviewToCsv, CSV_FILES, OVERVIEW_CSV_FILES } = await import('../../export/csv.js'); // only for --format csv
    const files = planToCsv(plan);
    for (const name of CSV_FILES) await writeFileAtomic(join(flags.out!, name), files[name]);
    const views = overviewToCsv(overview!(plan));
    for (const name of OVERVIEW_CSV_FILES) await writeFileAtomic(join(flags.out!, name), views[name]);
    if (!flags.quiet)
      process.stderr.write(
        t('extract.csvDone', { file, indicators: plan.indicators.length, tasks: plan.tasks.length, out: flags.out! }) + '\n',
      );
  } else if (flags.format === 'xlsx') {
    const plan = JSON.parse(json) as Plan;
    const { writeWorkbook } = await import('../../export/xlsx.js');
    const { samePlans } = await import('../../check/overview.js');
    const o = overview!(plan);
    await writeWorkbook(flags.out!, {
      overviews: [o],
      same: samePlans([o]),
      missing: [],
      lang: workbookLanguage(),
      eachPlan: async (visit) => visit(plan, o.file),
    });
  } else if (flags.out) {
    await writeFileAtomic(flags.out, json);
  } else {
    process.stdout.write(json);
  }
}

/** The overview of the plan under the check config of `ghplan check` (resolved before reading, so a bad config is a usage error). */
async function overviewMaker(file: string, flags: Flags): Promise<(plan: Plan) => FileOverview> {
  const { ConfigFinder } = await import('../../check/config.js');
  const { planOverview } = await import('../../check/overview.js');
  const config = await new ConfigFinder(flags.config, flags.stage ? { stage: flags.stage } : {}).forFile(file === STDIN ? 'stdin' : file);
  return (plan) => planOverview(plan.source.file, 'ok', plan, config);
}
