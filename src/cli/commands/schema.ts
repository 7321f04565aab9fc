/** `ghplan schema`: prints the JSON Schema of the output. */
import { Command } from 'commander';
import { planJsonSchema } from '../../model/plan.js';
import { EXIT_OK } from '../exit.js';
import { t } from '../../i18n/index.js';

export function schemaCommand(): Command {
  return new Command('schema')
    .description('print the JSON Schema of the extract output')
    .addHelpText('after', `\n${t('help.schema.after')}`);
}

export function runSchema(): number {
  process.stdout.write(JSON.stringify(planJsonSchema(), null, 2) + '\n');
  return EXIT_OK;
}
