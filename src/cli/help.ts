/**
 * `--help` in the chosen language: command, argument and option descriptions come from the
 * catalogue (`help.<command>.<flag>`, else `help.<flag>`), as do the words commander adds
 * (headings, `[options]`, "default:", "choices:") and an option's default said in words
 * (`help.<flag>.default`). The English texts of the commands stay where the catalogue has none.
 */
import type { Command, Option } from 'commander';
import { CATALOGUES, t, type MessageKey } from '../i18n/index.js';

function key(...candidates: string[]): MessageKey | undefined {
  return candidates.find((k) => k in CATALOGUES.en) as MessageKey | undefined;
}

const TITLES: Record<string, MessageKey> = {
  'Usage:': 'help.usage',
  'Options:': 'help.options',
  'Arguments:': 'help.arguments',
  'Commands:': 'help.commands',
};

const TERMS: Record<string, MessageKey> = { '[options]': 'help.term.options', '[command]': 'help.term.command' };

function terms(usage: string): string {
  return usage
    .split(' ')
    .map((w) => (w in TERMS ? t(TERMS[w]!) : w))
    .join(' ');
}

/** Commander's optionDescription, its added words from the catalogue. */
function optionDescription(o: Option): string {
  const extra: string[] = [];
  if (o.argChoices) extra.push(`${t('help.choices')} ${o.argChoices.map((c) => JSON.stringify(c)).join(', ')}`);
  const shown = o.required || o.optional || (o.isBoolean() && typeof o.defaultValue === 'boolean');
  if (o.defaultValue !== undefined && shown)
    extra.push(`${t('help.default')} ${o.defaultValueDescription || JSON.stringify(o.defaultValue)}`);
  if (!extra.length) return o.description;
  return o.description ? `${o.description} (${extra.join(', ')})` : `(${extra.join(', ')})`;
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
    const d = key(`help.${name}.${flag}.default`, `help.${flag}.default`);
    if (d) o.defaultValueDescription = t(d);
  }
  cmd.helpOption('-h, --help', t('help.--help'));
  if (name === 'ghplan') cmd.helpCommand('help [command]', t('help.help'));
  cmd.configureHelp({
    styleTitle: (s) => (s in TITLES ? t(TITLES[s]!) : s),
    styleUsage: (s) => terms(s),
    styleSubcommandTerm: (s) => terms(s),
    optionDescription,
  });
}
