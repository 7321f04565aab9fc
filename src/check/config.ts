/**
 * `ghplan.config.json`: which rules run, at what severity, with which options, and the stage.
 *
 *   { "rules": { "required-sections": { "severity": "error", "kinds": ["muc_tieu"] },
 *                "indicator-year": false, "task-complete": "warning" },
 *     "stage": "draft" }
 *
 * Per rule (by slug or id): `false` off, `true` on with its defaults, a severity, or an object
 * `{ severity?, ...options }`. Anything else is a usage error naming the key. The JSON Schema
 * (schemas/ghplan.config.schema.json) is generated from the same rule list.
 */
import { stat } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { z } from 'zod';
import { readRegularFile } from '../api.js';
import { ErrorCodes, GhplanError, UsageError, errnoDetail, msg } from '../model/errors.js';
import { jsonProblem } from './config-json.js';
import type { Param, Text } from '../i18n/index.js';
import { SectionKindSchema, type SectionKind } from '../model/plan.js';
import { RULES, findRule } from '../rules/index.js';
import { SeveritySchema, StageSchema, type Rule, type Severity, type Stage } from '../rules/types.js';

export const CONFIG_FILE = 'ghplan.config.json';
export const CONFIG_ERROR = 'GHPLAN_CONFIG_INVALID';

export interface ResolvedRule {
  rule: Rule;
  severity: Severity;
  options: Record<string, unknown>;
}

export interface ResolvedConfig {
  /** The config file used, or null for the defaults. */
  source: string | null;
  stage: Stage;
  /** Enabled rules, in id order. */
  rules: ResolvedRule[];
}

/** The parsed file before defaults: per rule id, false or a severity and options. */
interface RawConfig {
  stage?: Stage;
  rules: Map<string, false | { severity?: Severity; options: Record<string, unknown> }>;
}

function ruleEntrySchema(rule: Rule): z.ZodType {
  const object = z
    .object({
      severity: SeveritySchema.optional().describe('severity of its findings (default: ' + rule.defaultSeverity + ')'),
      ...rule.options.shape,
    })
    .strict();
  return z
    .union([z.boolean(), SeveritySchema, object])
    .describe(`${rule.id} ${rule.slug}: ${rule.description} Default severity: ${rule.defaultSeverity}.`);
}

/** The config file as a zod schema, built from the rule list (the source of the JSON Schema). */
export function configSchema(rules: readonly Rule[] = RULES): z.ZodType {
  const shape: Record<string, z.ZodType> = {};
  const entries = new Map(rules.map((r) => [r.id, ruleEntrySchema(r)]));
  for (const r of rules) shape[r.slug] = entries.get(r.id)!.optional();
  for (const r of rules) shape[r.id] = entries.get(r.id)!.optional();
  return z
    .object({
      $schema: z.string().optional().describe('the JSON Schema of this file, for editors'),
      stage: StageSchema.optional().describe('"draft" (default): a blank number and day are normal; "issued": they are findings'),
      rules: z
        .object(shape)
        .strict()
        .optional()
        .describe('per rule (slug or id): false, true, "error" | "warning" | "info", or { "severity": …, …options }'),
    })
    .strict();
}

/**
 * The JSON Schema of the config file: each rule's entry once under `$defs` (by slug), referenced
 * from both its slug and its id.
 */
export function configJsonSchema(rules: readonly Rule[] = RULES): Record<string, unknown> {
  const opts = { target: 'draft-2020-12', io: 'input' } as const;
  const defs: Record<string, unknown> = {};
  const props: Record<string, unknown> = {};
  for (const r of rules) {
    const { $schema: _drop, ...entry } = z.toJSONSchema(ruleEntrySchema(r), opts) as Record<string, unknown>;
    defs[r.slug] = entry;
  }
  for (const r of rules) props[r.slug] = { $ref: `#/$defs/${r.slug}` };
  for (const r of rules) props[r.id] = { $ref: `#/$defs/${r.slug}` };
  const top = z.toJSONSchema(configSchema([]), opts) as Record<string, unknown>;
  (top.properties as Record<string, Record<string, unknown>>).rules.properties = props;
  return { ...top, $defs: defs };
}

const SEVERITIES = SeveritySchema.options.map((s) => `"${s}"`).join(', ');
/** A value or key as messages quote it: never more than a short line of it (a config may be huge). */
function short(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}…` : s;
}
const show = (v: unknown): Param => (v === undefined ? msg('config.nothing') : short(JSON.stringify(v)));

/**
 * A config error, printed `<file>: <problem> [GHPLAN_CONFIG_INVALID]` like any failed input, the
 * problem said in the user's language (an English string stays English).
 */
function fail(where: string, problem: string | Text): never {
  throw new UsageError(problem, CONFIG_ERROR, where);
}

const TYPE_WORDS: Record<string, Text> = {
  boolean: msg('config.type.boolean'),
  array: msg('config.type.array'),
  string: msg('config.type.string'),
  number: msg('config.type.number'),
  object: msg('config.type.object'),
};

/** What is wrong with a rule's option, from zod's issue (zod's own words only for an unforeseen issue). */
function optionProblem(issue: z.core.$ZodIssue, options: Record<string, unknown>, at: string): Text {
  const value = issue.path.reduce<unknown>(
    (v, k) => (v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined),
    options,
  );
  switch (issue.code) {
    case 'invalid_type':
      return msg('config.expectedType', { at, expected: TYPE_WORDS[issue.expected] ?? issue.expected, value: show(value) });
    case 'invalid_value':
      return msg('config.expectedOneOf', { at, values: issue.values.map((v) => JSON.stringify(v)).join(', '), value: show(value) });
    case 'too_small':
      if (issue.origin === 'array') return msg('config.tooFew', { at, minimum: String(issue.minimum) });
      break;
  }
  return msg('config.optionInvalid', { at, detail: issue.message });
}

/** Validates a parsed config value; `where` names the file in messages. */
export function parseConfig(value: unknown, where: string): RawConfig {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(where, msg('config.notObject', { value: show(value) }));
  const obj = value as Record<string, unknown>;
  for (const key of Object.keys(obj)) {
    if (key !== 'rules' && key !== 'stage' && key !== '$schema') fail(where, msg('config.unknownKey', { key: short(key) }));
  }
  const raw: RawConfig = { rules: new Map() };
  if (obj.stage !== undefined) {
    const s = StageSchema.safeParse(obj.stage);
    if (!s.success) fail(where, msg('config.stage', { value: show(obj.stage) }));
    raw.stage = s.data;
  }
  if (obj.$schema !== undefined && typeof obj.$schema !== 'string') fail(where, msg('config.schemaKey', { value: show(obj.$schema) }));
  if (obj.rules === undefined) return raw;
  if (typeof obj.rules !== 'object' || obj.rules === null || Array.isArray(obj.rules))
    fail(where, msg('config.rulesNotObject', { value: show(obj.rules) }));
  const named = new Map<string, string>();
  for (const [key, entry] of Object.entries(obj.rules as Record<string, unknown>)) {
    const rule = findRule(key);
    if (!rule) fail(where, msg('config.unknownRule', { key: short(key), known: RULES.map((r) => r.slug).join(', ') }));
    const before = named.get(rule.id);
    if (before !== undefined) fail(where, msg('config.ruleTwice', { key, id: rule.id, before }));
    named.set(rule.id, key);
    if (entry === false) {
      raw.rules.set(rule.id, false);
    } else if (entry === true) {
      raw.rules.set(rule.id, { options: {} });
    } else if (typeof entry === 'string') {
      const s = SeveritySchema.safeParse(entry);
      if (!s.success) fail(where, msg('config.ruleEntry', { key, severities: SEVERITIES, value: show(entry) }));
      raw.rules.set(rule.id, { severity: s.data, options: {} });
    } else if (typeof entry === 'object' && entry !== null && !Array.isArray(entry)) {
      const { severity, ...options } = entry as Record<string, unknown>;
      let sev: Severity | undefined;
      if (severity !== undefined) {
        const s = SeveritySchema.safeParse(severity);
        if (!s.success) fail(where, msg('config.severity', { key, severities: SEVERITIES, value: show(severity) }));
        sev = s.data;
      }
      const parsed = rule.options.safeParse(options);
      if (!parsed.success) {
        const issue = parsed.error.issues[0]!;
        const keys = issue.code === 'unrecognized_keys' ? issue.keys : [];
        if (keys.length) {
          const known = Object.keys(rule.options.shape);
          fail(
            where,
            msg(keys.length > 1 ? 'config.unknownOptions' : 'config.unknownOption', {
              key,
              options: keys.map((k) => `"${short(k)}"`).join(', '),
              known: known.length ? msg('config.optionsAre', { options: known.join(', ') }) : msg('config.onlySeverity'),
            }),
          );
        }
        const at = ['rules', key, ...issue.path.map(String)].join('.');
        fail(where, optionProblem(issue, options, at));
      }
      raw.rules.set(rule.id, { ...(sev ? { severity: sev } : {}), options });
    } else {
      fail(where, msg('config.ruleEntry', { key, severities: SEVERITIES, value: show(entry) }));
    }
  }
  return raw;
}

export interface ConfigOverrides {
  stage?: Stage;
  /** `--require`: the kinds required-sections checks (turns the rule on). */
  require?: SectionKind[];
}

/** Applies defaults and overrides: the list of enabled rules with their severity and options. */
export function resolveConfig(raw: RawConfig | null, source: string | null, overrides: ConfigOverrides = {}): ResolvedConfig {
  const rules: ResolvedRule[] = [];
  for (const rule of RULES) {
    const entry = raw?.rules.get(rule.id);
    let severity = rule.defaultSeverity;
    let options: Record<string, unknown> = {};
    if (entry === false) {
      if (!(overrides.require && rule.slug === 'required-sections')) continue;
    } else if (entry) {
      severity = entry.severity ?? severity;
      options = entry.options;
    }
    if (overrides.require && rule.slug === 'required-sections') options = { ...options, kinds: overrides.require };
    rules.push({ rule, severity, options: rule.options.parse(options) as Record<string, unknown> });
  }
  return { source, stage: overrides.stage ?? raw?.stage ?? 'draft', rules };
}

/** Largest config file read: a config is a few lines; anything near this is not one. */
export const MAX_CONFIG_BYTES = 1024 * 1024;
/** Deepest nesting of objects and arrays (a real config has 3 or 4 levels). */
export const MAX_CONFIG_DEPTH = 32;

/**
 * Reads and validates one config file. Only a regular file of at most 1 MiB is read, and no
 * message about it ever quotes what it holds (it may be a link to a secret): a syntax error is
 * named by its line and column, found by our own checker (JSON.parse's message quotes the text).
 */
export async function loadConfigFile(path: string): Promise<RawConfig> {
  let bytes: Buffer;
  try {
    bytes = await readRegularFile(path, MAX_CONFIG_BYTES);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'ENOENT' || err.code === 'ENOTDIR') fail(path, msg('config.notFound'));
    if (e instanceof GhplanError && e.code === ErrorCodes.TOO_LARGE) fail(path, msg('config.tooLarge', { limit: '1 MiB' }));
    if (e instanceof GhplanError && e.text) fail(path, e.text);
    fail(path, msg('config.unreadable', { detail: errnoDetail(err.code ? err : { code: 'EIO' }) }));
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // drops a BOM
  } catch {
    fail(path, msg('config.notUtf8'));
  }
  const problem = jsonProblem(text, MAX_CONFIG_DEPTH);
  if (problem) {
    const at = { line: problem.line, column: problem.column };
    if (problem.what === 'deep') fail(path, msg('config.tooDeep', { ...at, max: MAX_CONFIG_DEPTH }));
    fail(path, msg('config.notJson', { ...at, problem: msg(problem.what === 'end' ? 'config.json.end' : 'config.json.unexpected') }));
  }
  return parseConfig(JSON.parse(text), path);
}

/** Parses `--require muc_tieu,phu_luc`. */
export function parseRequire(value: string): SectionKind[] {
  const kinds = value
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  if (!kinds.length) throw new UsageError(msg('usage.requireEmpty'));
  for (const k of kinds) {
    if (!SectionKindSchema.safeParse(k).success)
      throw new UsageError(msg('usage.requireUnknown', { kind: k, kinds: SectionKindSchema.options.join(', ') }));
  }
  return kinds as SectionKind[];
}

/**
 * Finds the config for each file: `--config FILE` for all, else the nearest ghplan.config.json
 * in the file's folder or above. Each file is read and validated once.
 */
export class ConfigFinder {
  private readonly dirs = new Map<string, Promise<string | null>>();
  private readonly files = new Map<string, Promise<RawConfig>>();

  constructor(
    private readonly explicit: string | undefined,
    private readonly overrides: ConfigOverrides,
  ) {}

  async forFile(file: string): Promise<ResolvedConfig> {
    const path = this.explicit ? resolve(this.explicit) : await this.nearest(dirname(resolve(file)));
    if (!path) return resolveConfig(null, null, this.overrides);
    let raw = this.files.get(path);
    if (!raw) this.files.set(path, (raw = loadConfigFile(this.explicit && path === resolve(this.explicit) ? this.explicit : path)));
    return resolveConfig(await raw, path, this.overrides);
  }

  private nearest(dir: string): Promise<string | null> {
    let hit = this.dirs.get(dir);
    if (!hit) {
      hit = (async () => {
        const candidate = join(dir, CONFIG_FILE);
        const st = await stat(candidate).catch(() => null);
        // a config that is a device or a FIFO is an error when read, not a config silently missing
        if (st && !st.isDirectory()) return candidate;
        const up = dirname(dir);
        return up === dir ? null : this.nearest(up);
      })();
      this.dirs.set(dir, hit);
    }
    return hit;
  }
}
