/**
 * The options of the library's entry points, checked before any work: a misspelt key
 * (`{ limts: {} }`) or a wrong value (`{ ocr: 'yes' }`) would otherwise be ignored silently
 * and the call would run with the defaults. The messages name the option as a library user
 * writes it (`limits.maxPages`), never a CLI flag.
 */
import type { MessageKey, Params } from './i18n/index.js';
import { ErrorCodes, GhplanError, msg } from './model/errors.js';

interface Check {
  ok: (v: unknown) => boolean;
  expected: MessageKey;
}

const oneOf = (values: readonly string[]) => (v: unknown) => typeof v === 'string' && values.includes(v);
const MODE: Check = { ok: oneOf(['auto', 'off']), expected: 'lib.expectMode' };
const COUNT: Check = { ok: (v) => Number.isSafeInteger(v) && (v as number) > 0, expected: 'lib.expectCount' };

const LIMITS: Record<string, Check> = {
  maxFileBytes: COUNT,
  maxPartBytes: COUNT,
  maxPages: COUNT,
  timeoutMs: { ok: (v) => typeof v === 'number' && Number.isFinite(v) && v >= 0, expected: 'lib.expectMs' },
};

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The options of `extract`, `extractFile` and `extractBytes` (ExtractInputOptions). */
export const EXTRACT_OPTIONS: Record<string, Check> = {
  fileName: { ok: (v) => typeof v === 'string' && v !== '', expected: 'lib.expectName' },
  format: { ok: oneOf(['txt', 'md', 'docx', 'pdf']), expected: 'lib.expectFormat' },
  limits: { ok: isObject, expected: 'lib.expectLimits' },
  ocr: MODE,
  convertLegacy: MODE,
  timestamps: { ok: (v) => typeof v === 'boolean', expected: 'lib.expectBoolean' },
};

/** The extract options plus names an entry point checks itself (check's `config`, `stage`, `require`). */
export function extractOptionsAnd(names: readonly string[]): Record<string, Check> {
  const own: Check = { ok: () => true, expected: 'lib.expectName' };
  return { ...EXTRACT_OPTIONS, ...Object.fromEntries(names.map((n) => [n, own])) };
}

/** A value as a message shows it: short, and never the whole of a large one. */
function shown(v: unknown): string {
  if (typeof v === 'function' || typeof v === 'symbol' || typeof v === 'bigint') return typeof v;
  const s = JSON.stringify(v) ?? String(v);
  return s.length > 40 ? `${s.slice(0, 37)}…` : s;
}

function usage(key: MessageKey, params: Params): GhplanError {
  return new GhplanError(ErrorCodes.USAGE, msg(key, params));
}

function checkKeys(value: Record<string, unknown>, checks: Record<string, Check>, prefix: string): void {
  for (const [key, v] of Object.entries(value)) {
    const check = Object.hasOwn(checks, key) ? checks[key] : undefined;
    if (!check) throw usage('lib.unknownOption', { name: prefix + key, known: Object.keys(checks).join(', ') });
    if (v !== undefined && !check.ok(v))
      throw usage('lib.badOption', { name: prefix + key, expected: msg(check.expected), value: shown(v) });
  }
}

/**
 * Throws a GhplanError GHPLAN_USAGE naming the first unknown or wrong option; `checks` are the
 * entry point's options (EXTRACT_OPTIONS, or a superset of them). `undefined` means "not given".
 */
export function validateOptions(options: unknown, checks: Record<string, Check> = EXTRACT_OPTIONS): void {
  if (options === undefined) return;
  if (!isObject(options)) throw usage('lib.optionsNotObject', { value: shown(options) });
  checkKeys(options, checks, '');
  if (isObject(options.limits)) checkKeys(options.limits, LIMITS, 'limits.');
}
