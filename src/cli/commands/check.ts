/** `ghplan check`: placeholder until the linter lands. */
import { Command } from 'commander';
import { UsageError } from '../../model/errors.js';

export function checkCommand(): Command {
  return new Command('check').description('check plans for required sections and complete tasks').argument('<paths...>', 'files, folders or globs');
}

export async function runCheck(_paths: string[], _flags: unknown): Promise<number> {
  throw new UsageError('check is not implemented yet');
}
