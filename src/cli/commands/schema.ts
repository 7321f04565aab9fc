/** `ghplan schema`: prints the JSON Schema of the output. */
import { Command } from 'commander';
import { planJsonSchema } from '../../model/plan.js';
import { EXIT_OK } from '../exit.js';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of the extract output')
    .addHelpText('after', '\nExample:\n  $ ghplan schema > plan.schema.json');
}

export function runSchema(): number {
  process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
  return EXIT_OK;
}
