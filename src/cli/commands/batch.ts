/** `ghplan batch`: placeholder until the batch command lands. */
import { Command } from 'commander';
import { UsageError } from '../../model/errors.js';

export function batchCommand(): Command {
  return new Command('batch').description('extract a folder of plans in parallel').argument('<paths...>', 'files, folders or globs').option('-o, --out <dir>', 'output folder');
}

export async function runBatch(_paths: string[], _flags: unknown): Promise<number> {
  throw new UsageError('batch is not implemented yet');
}
