/**
 * Commander's own usage errors ("error: unknown option '--x'") in the chosen language. Commander
 * builds them in English; the known shapes are matched and said again from the catalogue,
 * anything else keeps commander's words after the translated "error:".
 */
import { language, t } from '../i18n/index.js';

const SHAPES: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^unknown option '(.+?)'/, (m) => t('usage.unknownOption', { option: m[1]! })],
  [/^unknown command '(.+?)'/, (m) => t('usage.unknownCommand', { command: m[1]! })],
  [/^missing required argument '(.+?)'/, (m) => t('usage.missingArgument', { argument: m[1]! })],
  [/^option '(.+?)' argument missing/, (m) => t('usage.optionNeedsValue', { option: m[1]! })],
  [
    /^option '(.+?)' argument '(.*?)' is invalid\. Allowed choices are (.+?)\.$/,
    (m) => t('usage.invalidChoice', { option: m[1]!, value: m[2]!, choices: m[3]! }),
  ],
  [
    /^too many arguments(?: for '(.+?)')?\. Expected (\d+) arguments? but got (\d+)\./,
    (m) => t('usage.tooManyArguments', { command: m[1] ?? 'ghplan', expected: m[2]!, got: m[3]! }),
  ],
];

export function localizeCommanderError(text: string): string {
  if (language() === 'en') return text;
  return text
    .split('\n')
    .map((line) => {
      const did = /^\(Did you mean (?:one of )?(.+)\?\)$/.exec(line);
      if (did) return t('usage.didYouMean', { suggestion: did[1]! });
      const err = /^error: (.*)$/.exec(line);
      if (!err) return line;
      for (const [re, say] of SHAPES) {
        const m = re.exec(err[1]!);
        if (m) return t('usage.prefix', { message: say(m) });
      }
      return t('usage.prefix', { message: err[1]! });
    })
    .join('\n');
}
