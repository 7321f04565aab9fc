/** `ghplan extract FILE`: one plan to JSON (stdout or --out FILE) or CSV (--out DIR). */
import { Command, Option } from 'commander';
import { join } from 'node:path';
import { extractFile } from '../../api.js';
import { planToJson } from '../../export/json.js';
import { planToCsv, CSV_FILES } from '../../export/csv.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { UsageError, msg } from '../../model/errors.js';
import { t } from '../../i18n/index.js';
import { addReadOptions, extractOptionsFrom, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, wantsColor } from '../report.js';
import { ensureWritableDir, ensureWritableFileParent } from '../paths.js';

interface Flags extends ReadFlags {
  out?: string;
  format: 'json' | 'csv';
  pretty?: boolean;
  color?: boolean;
  debug?: boolean;
  quiet?: boolean;
}

export function extractCommand(): Command {
  const cmd = new Command('extract')
    .description('extract one plan (.docx, .pdf, .txt, .md) to JSON or CSV')
    .argument('<file>', 'the plan to read')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['json', 'csv']).default('json'))
    .option('-o, --out <path>', 'json: file to write (default: stdout); csv: folder to write the CSV files into')
    .option('--pretty', 'indent the JSON')
    .option('--no-color', 'no colour in messages')
    .option('--quiet', 'print only errors')
    .option('--debug', 'print stack traces of internal errors');
  addReadOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Examples:
  $ ghplan extract ke-hoach.docx --pretty
  $ ghplan extract ke-hoach.pdf --out ke-hoach.json
  $ ghplan extract ke-hoach.txt --format csv --out ket-qua/

Exit codes: 0 extracted, 1 the file could not be read, 2 usage error.`,
  );
  return cmd;
}

export async function runExtract(file: string, flags: Flags): Promise<number> {
  if (flags.format === 'csv' && !flags.out) throw new UsageError(msg('usage.csvNeedsOut'));
  if (flags.out) {
    if (flags.format === 'csv') await ensureWritableDir(flags.out);
    else await ensureWritableFileParent(flags.out);
  }
  const color = wantsColor(flags.color);
  let plan;
  try {
    plan = await extractFile(file, extractOptionsFrom(flags));
  } catch (e) {
    process.stderr.write(errorLine(file, e, { color, debug: !!flags.debug }) + '\n');
    return EXIT_FAILED;
  }
  if (flags.format === 'csv') {
    const files = planToCsv(plan);
    for (const name of CSV_FILES) await writeFileAtomic(join(flags.out!, name), files[name]);
    if (!flags.quiet) process.stderr.write(t('extract.csvDone', { file, indicators: plan.indicators.length, tasks: plan.tasks.length, out: flags.out! }) + '\n');
  } else if (flags.out) {
    await writeFileAtomic(flags.out, planToJson(plan, !!flags.pretty));
  } else {
    process.stdout.write(planToJson(plan, !!flags.pretty));
  }
  return EXIT_OK;
}
