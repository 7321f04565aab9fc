/**
 * The command line: thin wiring of commands to their run functions. Exit codes are decided
 * here and nowhere else; bad usage exits 2, a failed input 1, success 0.
 */
import { Command, CommanderError } from 'commander';
import { createRequire } from 'node:module';
import { GhplanError, UsageError } from '../model/errors.js';
import { EXIT_FAILED, EXIT_USAGE, ExitError } from './exit.js';
import { extractCommand, runExtract } from './commands/extract.js';
import { schemaCommand, runSchema } from './commands/schema.js';
import { batchCommand, runBatch } from './commands/batch.js';
import { checkCommand, runCheck } from './commands/check.js';

const require = createRequire(import.meta.url);
const { version } = require('../../package.json') as { version: string };

export function buildProgram(setCode: (code: number) => void): Command {
  const program = new Command('ghplan')
    .description('Turn Vietnamese plan documents (Kế hoạch, Chương trình hành động) into structured data')
    .version(version, '-V, --version')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride();
  program.addHelpText(
    'after',
    `
Examples:
  $ ghplan extract ke-hoach.docx --pretty          one plan to JSON
  $ ghplan extract ke-hoach.pdf --format csv --out ket-qua/
  $ ghplan batch incoming/ --out results/           a folder of plans, in parallel
  $ ghplan check ke-hoach.docx                      lint a plan (exit 1 on errors)
  $ ghplan schema                                   the JSON Schema of the output`,
  );
  const wire = (cmd: Command, run: (...args: any[]) => Promise<number> | number): void => {
    cmd.exitOverride();
    cmd.action(async (...args: unknown[]) => {
      setCode(await run(...args.slice(0, -1)));
    });
    program.addCommand(cmd);
  };
  wire(extractCommand(), (file: string, flags) => runExtract(file, flags));
  wire(batchCommand(), (paths: string[], flags) => runBatch(paths, flags));
  wire(checkCommand(), (paths: string[], flags) => runCheck(paths, flags));
  wire(schemaCommand(), () => runSchema());
  return program;
}

export async function main(argv: string[]): Promise<number> {
  let code = 0;
  const program = buildProgram((c) => {
    code = c;
  });
  try {
    if (argv.length <= 2) {
      program.outputHelp({ error: true });
      return EXIT_USAGE;
    }
    await program.parseAsync(argv);
    return code;
  } catch (e) {
    if (e instanceof CommanderError) {
      if (e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help') return 0;
      return EXIT_USAGE;
    }
    if (e instanceof ExitError) return e.code;
    if (e instanceof UsageError) {
      process.stderr.write(`ghplan: ${e.message}\n`);
      return EXIT_USAGE;
    }
    if (e instanceof GhplanError) {
      process.stderr.write(`ghplan: ${e.message} [${e.code}]\n`);
      return EXIT_FAILED;
    }
    process.stderr.write(`ghplan: internal error: ${(e as Error)?.message ?? String(e)}\n`);
    if (process.argv.includes('--debug') && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT_FAILED;
  }
}
