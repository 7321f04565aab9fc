/** `ghplan check FILE|DIR|GLOB...`: lint plans (required sections, complete tasks, counts, numbering…) for people and CI. */
import { Command, Option } from 'commander';
import { UsageError, msg } from '../../model/errors.js';
import { count, t } from '../../i18n/index.js';
import { RULES } from '../../rules/index.js';
import { ConfigFinder, parseRequire } from '../../check/config.js';
import { displayPath, expandInputs } from '../inputs.js';
import { checkFiles, totals } from '../../check/run.js';
import { FORMATS, formatGithub, formatJson, formatJunit, formatText, type Format } from '../../check/format.js';
import type { Stage } from '../../rules/types.js';
import type { SectionKind } from '../../model/plan.js';
import { addReadOptions, extractOptionsFrom, type ReadFlags } from '../options.js';
import { EXIT_FAILED, EXIT_OK } from '../exit.js';
import { errorLine, makeChalk, wantsColor } from '../report.js';

interface Flags extends ReadFlags {
  format: Format;
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

export function checkCommand(): Command {
  const rules = RULES.map((r) => `  ${r.id}  ${r.slug.padEnd(18)} ${r.defaultSeverity.padEnd(7)} ${r.description}`).join('\n');
  const cmd = new Command('check')
    .description('check plans for required sections, complete tasks, declared counts, numbering and metadata')
    .argument('<paths...>', 'files, folders (searched for .txt .md .docx .pdf .doc) or globs ("plans/**/*.docx")')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...FORMATS]).default('text'))
    .option('-c, --config <file>', 'config file (default: the nearest ghplan.config.json above each plan)')
    .addOption(new Option('--stage <stage>', 'draft: a blank number and day are normal; issued: they are errors (default: from the config, else draft)').choices(['draft', 'issued']))
    .addOption(new Option('--require <kinds>', 'section kinds required-sections checks, comma-separated (e.g. muc_tieu,phu_luc)').argParser(parseRequire))
    .addOption(new Option('--max-warnings <n>', 'exit 1 when there are more than n warnings').argParser(parseMaxWarnings))
    .option('--no-color', 'no colour')
    .option('--quiet', 'report only errors (and the summary)')
    .option('--debug', 'print stack traces of internal errors');
  addReadOptions(cmd);
  cmd.addHelpText(
    'after',
    `
Rules (id, slug, default severity):
${rules}

Examples:
  $ ghplan check ke-hoach.docx
  $ ghplan check plans/ --format github
  $ ghplan check "plans/**/*.docx" --stage issued --max-warnings 0
  $ ghplan check plans/ --format junit > ghplan-junit.xml

Exit codes: 0 no error findings, 1 an error finding (or more warnings than --max-warnings)
or a file could not be read, 2 usage error (bad option, bad config, no input).`,
  );
  return cmd;
}

export async function runCheck(paths: string[], flags: Flags): Promise<number> {
  const { inputs } = await expandInputs(paths, { skipFolders: ['node_modules'], order: 'arguments', missing: 'keep', empty: 'error' });
  const files = inputs.map((i) => i.path);
  if (!files.length) throw new UsageError(msg('usage.noInputFiles'), 'GHPLAN_NO_INPUT');
  const finder = new ConfigFinder(flags.config, {
    ...(flags.stage ? { stage: flags.stage } : {}),
    ...(flags.require ? { require: flags.require } : {}),
  });
  const results = await checkFiles(files, {
    configFor: (f) => finder.forFile(f),
    display: (f) => displayPath(f),
    extract: extractOptionsFrom(flags),
  });

  const errColor = wantsColor(flags.color, process.stderr);
  for (const r of results) {
    if (!r.ok) process.stderr.write(errorLine(r.file, r.error, { color: errColor, debug: !!flags.debug }) + '\n');
  }
  switch (flags.format) {
    case 'json':
      process.stdout.write(formatJson(results));
      break;
    case 'github':
      process.stdout.write(formatGithub(results));
      break;
    case 'junit':
      process.stdout.write(formatJunit(results));
      break;
    default:
      process.stdout.write(formatText(results, { chalk: makeChalk(wantsColor(flags.color, process.stdout)), quiet: !!flags.quiet }));
  }

  const n = totals(results);
  if (n.errors || n.failed) return EXIT_FAILED;
  if (flags.maxWarnings !== undefined && flags.maxWarnings >= 0 && n.warnings > flags.maxWarnings) {
    if (flags.format === 'text') process.stderr.write(t('check.tooManyWarnings', { warnings: count(n.warnings, 'word.warning', 'word.warnings'), max: flags.maxWarnings }) + '\n');
    return EXIT_FAILED;
  }
  return EXIT_OK;
}
