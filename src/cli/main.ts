/**
 * The command line: thin wiring of commands to their run functions. Exit codes are decided
 * here and nowhere else; bad usage exits 2, a failed input 1, success 0.
 */
import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
import { GhplanError, UsageError, localMessage } from '../model/errors.js';
import { defaultLanguage, isLang, setAudience, setExplicitLanguage, setLanguage, t } from '../i18n/index.js';
import { langInArgv, parseLang } from './options.js';
import { localizeCommanderError } from './usage.js';
import { localizeHelp } from './help.js';
import { EXIT_FAILED, EXIT_USAGE, ExitError } from './exit.js';
import { showControls } from '../text/controls.js';

type Run = (...args: any[]) => Promise<number> | number;

/**
 * Each command's module is imported only when that command runs (or for help), so that
 * `ghplan extract x.txt` does not pay for the check rules or the batch pool at start-up.
 */
const COMMANDS: Record<string, () => Promise<{ cmd: Command; run: Run }>> = {
  extract: async () => {
    const m = await import('./commands/extract.js');
    return { cmd: m.extractCommand(), run: (file: string, flags) => m.runExtract(file, flags) };
  },
  batch: async () => {
    const m = await import('./commands/batch.js');
    return { cmd: m.batchCommand(), run: (paths: string[], flags) => m.runBatch(paths, flags) };
  },
  check: async () => {
    const m = await import('./commands/check.js');
    return { cmd: m.checkCommand(), run: (paths: string[], flags) => m.runCheck(paths, flags) };
  },
  schema: async () => {
    const m = await import('./commands/schema.js');
    return { cmd: m.schemaCommand(), run: () => m.runSchema() };
  },
};

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

/**
 * The program with its commands. `only` names the command about to run: just that one is
 * loaded; without it (help, --version, a mistyped command) all of them are.
 */
export async function buildProgram(setCode: (code: number) => void, only?: string): Promise<Command> {
  const program = new Command('ghplan')
    .description('Turn Vietnamese plan documents (Kế hoạch, Chương trình hành động) into structured data')
    .version(version, '-v, --version')
    .showHelpAfterError(t('usage.seeHelp'))
    .exitOverride();
  localize(program);
  program.addHelpText('after', `\n${t('help.ghplan.after')}`);
  const names = only === '-v' || only === '-V' || only === '--version' ? [] : only && only in COMMANDS ? [only] : Object.keys(COMMANDS);
  for (const name of names) {
    const { cmd, run } = await COMMANDS[name]!();
    cmd.exitOverride();
    localize(cmd);
    cmd.action(async (...args: unknown[]) => {
      setCode(await run(...args.slice(0, -1)));
    });
    program.addCommand(cmd);
  }
  return program;
}

/** Every command takes `--lang`, and says its usage errors in that language. */
function localize(cmd: Command): void {
  cmd.addOption(
    new Option('--lang <lang>', 'language of messages: vi or en (default: GHPLAN_LANG, else the system locale)').argParser(parseLang),
  );
  cmd.configureOutput({ outputError: (str, write) => write(localizeCommanderError(str)) });
  localizeHelp(cmd);
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  setAudience('cli'); // messages name the flags (--max-pages), not the library's options
  try {
    const own = process.env.GHPLAN_LANG?.trim().toLowerCase();
    if (isLang(own)) setExplicitLanguage(own);
    else setLanguage(defaultLanguage());
    const asked = langInArgv(argv.slice(2));
    if (asked !== undefined) parseLang(asked);
    const program = await buildProgram((c) => {
      code = c;
    }, argv[2]);
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    // -V, the old spelling of --version, still works
    await program.parseAsync(argv[2] === '-V' ? [...argv.slice(0, 2), '--version', ...argv.slice(3)] : argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (e instanceof ExitError) return e.code;
    if (e instanceof UsageError) {
      if (e.file !== undefined) process.stderr.write(`${showControls(e.file)}: ${showControls(localMessage(e))} [${e.code}]\n`);
      else process.stderr.write(`ghplan: ${showControls(localMessage(e))}\n`);
      if (process.argv.includes('--debug')) process.stderr.write(`${e.stack}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof GhplanError) {
      process.stderr.write(`ghplan: ${showControls(localMessage(e))} [${e.code}]\n`);
      if (process.argv.includes('--debug')) process.stderr.write(`${e.stack}\n`);
      return EXIT_FAILED;
    }
    process.stderr.write(`ghplan: ${showControls(t('err.internal', { detail: (e as Error)?.message ?? String(e) }))}\n`);
    if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT_FAILED;
  }
}
