/**
 * `check(input, options)` for library users: the findings `ghplan check` gives for one plan,
 * by the same code path (the nearest ghplan.config.json above the file, or `options.config`;
 * the stage; the same rules and order). A file that cannot be read rejects with its GhplanError,
 * as `extract` does.
 *
 *   import { check } from 'ghplan';
 *   const findings = await check('ke-hoach.docx', { stage: 'issued' });
 */
import { basename, join } from 'node:path';
import { extractBytes, type ExtractInputOptions } from '../api.js';
import { GhplanError, ErrorCodes, msg } from '../model/errors.js';
import type { MessageKey, Params } from '../i18n/index.js';
import { SectionKindSchema, type SectionKind } from '../model/plan.js';
import { StageSchema, type Stage } from '../rules/types.js';
import { ConfigFinder, type ConfigOverrides } from './config.js';
import { checkFiles, type Finding } from './run.js';
import { extractOptionsAnd, validateOptions } from '../options.js';

const CHECK_OPTIONS = extractOptionsAnd(['config', 'stage', 'require']);

export interface CheckOptions extends ExtractInputOptions {
  /** A config file for the input; default: the nearest ghplan.config.json above the file (for bytes: above the working folder). */
  config?: string;
  /** `draft` (a blank number and day are normal) or `issued`; default: the config's, else `draft`. */
  stage?: Stage;
  /** The section kinds required-sections checks (turns that rule on). */
  require?: SectionKind[];
}

function usage(key: MessageKey, params?: Params): GhplanError {
  return new GhplanError(ErrorCodes.USAGE, msg(key, params));
}

/** The options of check itself, validated; the extract options go on to extract as they are. */
function checkOptions(options: CheckOptions): { config: string | undefined; overrides: ConfigOverrides; extract: ExtractInputOptions } {
  if (typeof options !== 'object' || options === null) throw usage('lib.checkOptions');
  validateOptions(options, CHECK_OPTIONS); // a misspelt key or a wrong extract option; check's own below
  const { config, stage, require, ...extract } = options;
  if (config !== undefined && (typeof config !== 'string' || !config)) throw usage('lib.checkConfig');
  if (stage !== undefined && !StageSchema.safeParse(stage).success)
    throw usage('lib.checkStage', { value: JSON.stringify(stage) ?? String(stage) });
  if (require !== undefined && !(Array.isArray(require) && require.length && require.every((k) => SectionKindSchema.safeParse(k).success)))
    throw usage('lib.checkRequire', { kinds: SectionKindSchema.options.join(', ') });
  const overrides: ConfigOverrides = { ...(stage ? { stage } : {}), ...(require ? { require } : {}) };
  return { config, overrides, extract };
}

/** The findings of every enabled rule on one plan (a path or the file's bytes), by line, then rule id. */
export async function check(input: string | Uint8Array, options: CheckOptions = {}): Promise<Finding[]> {
  const { config, overrides, extract } = checkOptions(options);
  if (typeof input !== 'string' && !(input instanceof Uint8Array)) throw usage('lib.checkInput');
  const finder = new ConfigFinder(config, overrides);
  const bytes = typeof input === 'string' ? null : input;
  const name = bytes ? (extract.fileName ?? `input.${extract.format ?? 'txt'}`) : (input as string);
  // bytes have no folder of their own: the config is looked for from the working folder, as for stdin
  const [result] = await checkFiles([bytes ? join(process.cwd(), basename(name)) : name], {
    configFor: (f) => finder.forFile(f),
    display: () => name,
    extract,
    ...(bytes ? { readPlan: () => extractBytes(bytes, extract) } : {}),
  });
  if (!result!.ok) throw result!.error;
  return result!.findings;
}
