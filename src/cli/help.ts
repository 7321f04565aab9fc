/**
 * `--help` in the chosen language: command, argument and option descriptions come from the
 * catalogue (`help.<command>.<flag>`, else `help.<flag>`), and commander's headings are said
 * again. The English texts of the commands stay as they are where the catalogue has none.
 */
import { Help, type Command } from 'commander';
import { CATALOGUES, language, t, type MessageKey } from '../i18n/index.js';

function key(...candidates: string[]): MessageKey | undefined {
  return candidates.find((k) => k in CATALOGUES.en) as MessageKey | undefined;
}

function headings(text: string): string {
  if (language() === 'en') return text;
  return text
    .replace(/^Usage:/m, t('help.usage'))
    .replace(/^Options:$/m, t('help.options'))
    .replace(/^Arguments:$/m, t('help.arguments'))
    .replace(/^Commands:$/m, t('help.commands'))
    .replace(/\(default: /g, `(${t('help.default')} `)
    .replace(/\(choices: /g, `(${t('help.choices')} `);
}

export function localizeHelp(cmd: Command): void {
  const name = cmd.name();
  const desc = key(`help.${name}.desc`);
  if (desc) cmd.description(t(desc));
  for (const a of cmd.registeredArguments) {
    const k = key(`help.${name}.arg.${a.name()}`);
    if (k) a.description = t(k);
  }
  for (const o of cmd.options) {
    const flag = o.long ?? o.short ?? '';
    const k = key(`help.${name}.${flag}`, `help.${flag}`);
    if (k) o.description = t(k);
  }
  cmd.helpOption('-h, --help', t('help.--help'));
  if (name === 'ghplan') cmd.helpCommand('help [command]', t('help.help'));
  cmd.configureHelp({ formatHelp: (c, helper) => headings(Help.prototype.formatHelp.call(helper, c, helper)) });
}
