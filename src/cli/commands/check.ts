/** `ghplan check FILE|DIR|GLOB...`: lint plans (required sections, complete tasks, counts, numbering…) for people and CI. */
import { Command, Option } from 'commander';
import { UsageError, msg } from '../../model/errors.js';
import { count, t, type MessageKey } from '../../i18n/index.js';
import { RULES } from '../../rules/index.js';
import { ConfigFinder, parseRequire } from '../../check/config.js';
import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { createRequire } from 'node:module';
import { expandInputs } from '../inputs.js';
import { checkFiles, totals } from '../../check/run.js';
import { FORMATS, formatGithub, formatJson, formatJunit, formatSarif, formatText, type Format } from '../../check/format.js';
import { createPool, extractInPool } from '../../batch/pool.js';
import { workerError } from '../../batch/worker-error.js';
import { guardOut } from '../../batch/out-errors.js';
import { writeFileAtomic } from '../../export/atomic.js';
import { DEFAULT_LIMITS } from '../../model/limits.js';
import type { Plan } from '../../model/plan.js';
import { readStdin, STDIN } from '../input-file.js';
import { ensureWritableFileParent } from '../paths.js';
import type { Stage } from '../../rules/types.js';
import type { SectionKind } from '../../model/plan.js';
import { addReadOptions, extractOptionsFrom, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, makeChalk, wantsColor } from '../report.js';

const require = createRequire(import.meta.url);
const { version } = require('../../../package.json') as { version: string };

interface Flags extends ReadFlags {
  format: Format;
  outputFile?: string;
  errorOnUnmatchedPattern?: boolean;
  config?: string;
  stage?: Stage;
  require?: SectionKind[];
  maxWarnings?: number;
  color?: boolean;
  quiet?: boolean;
  debug?: boolean;
}

function parseMaxWarnings(v: string): number {
  if (!/^-?\d+$/.test(v.trim()) || +v < -1) throw new UsageError(msg('usage.maxWarnings', { value: v }));
  return +v;
}

/** The rules for --help: id, slug, default severity and what each checks, in the chosen language. */
function ruleTable(): string {
  const severity = (r: (typeof RULES)[number]): string => t(`severity.${r.defaultSeverity}`);
  const width = Math.max(...RULES.map((r) => severity(r).length));
  return RULES.map((r) => `  ${r.id}  ${r.slug.padEnd(18)} ${severity(r).padEnd(width)} ${t(`rule.about.${r.id}` as MessageKey)}`).join(
    '\n',
  );
}

export function checkCommand(): Command {
  const cmd = new Command('check')
    .description('check plans for required sections, complete tasks, declared counts, numbering and metadata')
    .argument('<paths...>', 'files, folders (searched for .txt .md .docx .pdf .doc), globs ("plans/**/*.docx") or - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-c, --config <file>', 'config file (default: the nearest ghplan.config.json above each plan)')
    .addOption(
      new Option(
        '--stage <stage>',
        'draft: a blank number and day are normal; issued: they are errors (default: from the config, else draft)',
      ).choices(['draft', 'issued']),
    )
    .addOption(
      new Option('--require <kinds>', 'section kinds required-sections checks, comma-separated (e.g. muc_tieu,phu_luc)').argParser(
        parseRequire,
      ),
    )
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(parseMaxWarnings))
    .option('-o, --output-file <file>', 'write the report to a file instead of stdout')
    .option('--no-error-on-unmatched-pattern', 'a glob that matches nothing is not an error')
    .option('--no-color', 'no colour')
    .option('--quiet', 'report only errors (and the summary)')
    .option('--debug', 'print the stack of any error');
  addReadOptions(cmd);
  cmd.addHelpText('after', `\n${t('help.check.after', { rules: ruleTable() })}`);
  return cmd;
}

export async function runCheck(paths: string[], flags: Flags): Promise<number> {
  const stdin = paths.includes(STDIN);
  if (stdin && paths.length > 1) throw new UsageError(msg('usage.stdinMixed'));
  const { inputs, emptyGlobs } = stdin
    ? { inputs: [{ path: STDIN, file: STDIN, shown: STDIN }], emptyGlobs: [] }
    : await expandInputs(paths, {
        skipFolders: ['node_modules'],
        order: 'arguments',
        missing: 'error',
        empty: flags.errorOnUnmatchedPattern === false ? 'report' : 'error',
      });
  if (!flags.quiet) for (const g of emptyGlobs) process.stderr.write(t('batch.noMatch', { pattern: g }) + '\n');
  if (!inputs.length) throw new UsageError(msg('usage.noInputFiles'), 'GHPLAN_NO_INPUT');
  if (flags.outputFile) await ensureWritableFileParent(flags.outputFile);
  const files = inputs.map((i) => i.path);
  const shown = new Map(inputs.map((i) => [i.path, i.shown]));
  const finder = new ConfigFinder(flags.config, {
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.require ? { require: flags.require } : {}),
  });
  const concurrency = Math.max(1, Math.min(4, availableParallelism(), files.length));
  const pool = await createPool(concurrency);
  let results;
  try {
    results = await checkFiles(files, {
      configFor: (f) => finder.forFile(f === STDIN ? join(process.cwd(), STDIN) : f),
      display: (f) => shown.get(f) ?? f,
      extract: extractOptionsFrom(flags),
      concurrency,
      readPlan: async (f, options) => {
        const input =
          f === STDIN
            ? { bytes: await readStdin(options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes), file: STDIN }
            : { path: f, file: basename(f) };
        const r = await extractInPool(pool, input, options);
        if (!r.ok) throw workerError(r.error);
        return JSON.parse(r.json!) as Plan;
      },
    });
  } finally {
    void pool.destroy();
  }

  const errColor = wantsColor(flags.color, process.stderr);
  for (const r of results) {
    if (!r.ok) process.stderr.write(errorLine(r.file, r.error, { color: errColor, debug: !!flags.debug }) + '\n');
  }
  let report: string;
  switch (flags.format) {
    case 'json':
      report = formatJson(results);
      break;
    case 'github':
      report = formatGithub(results);
      break;
    case 'junit':
      report = formatJunit(results);
      break;
    case 'sarif':
      report = formatSarif(results, version);
      break;
    default:
      report = formatText(results, {
        chalk: makeChalk(!flags.outputFile && wantsColor(flags.color, process.stdout)),
        quiet: !!flags.quiet,
      });
  }
  if (flags.outputFile) await guardOut(flags.outputFile, msg('out.wholeOrOld'), () => writeFileAtomic(flags.outputFile!, report));
  else process.stdout.write(report);

  const n = totals(results);
  if (n.errors || n.failed) return EXIT_FAILED;
  if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && n.warnings > flags.maxWarnings) {
    if (flags.format === 'text')
      process.stderr.write(
        t('check.tooManyWarnings', { warnings: count(n.warnings, 'word.warning', 'word.warnings'), max: flags.maxWarnings }) + '\n',
      );
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
