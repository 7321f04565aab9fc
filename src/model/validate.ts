/**
 * Validation of a result against schemas/plan.schema.json without zod on the hot path:
 * loading zod costs more start-up than a small file's whole extraction (≈ 100 modules), so
 * the generated JSON Schema (itself checked against the zod source by a test) is walked
 * directly. Like zod's parse, the value comes back rebuilt with its keys in schema order and
 * unknown keys dropped, so the JSON output is the same byte for byte.
 *
 * Only the JSON Schema keywords the generator emits are understood; any other keyword is a
 * programming error (thrown at first use), never silently accepted.
 */
import { createRequire } from 'node:module';

interface Schema {
  type?: string | string[];
  const?: unknown;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  minItems?: number;
  items?: Schema;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  propertyNames?: Schema;
  anyOf?: Schema[];
  $ref?: string;
  $defs?: Record<string, Schema>;
}

const KNOWN = new Set([
  'type',
  'const',
  'enum',
  'minimum',
  'maximum',
  'minItems',
  'items',
  'properties',
  'required',
  'additionalProperties',
  'propertyNames',
  'anyOf',
  '$ref',
  '$defs',
  '$schema',
  '$id',
  'title',
  'description',
]);

export interface Invalid {
  path: (string | number)[];
  message: string;
}

class Failure {
  constructor(readonly issue: Invalid) {}
}

function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}

function fits(type: string, v: unknown): boolean {
  switch (type) {
    case 'null':
      return v === null;
    case 'string':
      return typeof v === 'string';
    case 'boolean':
      return typeof v === 'boolean';
    case 'number':
      return typeof v === 'number' && Number.isFinite(v);
    case 'integer':
      return Number.isSafeInteger(v);
    case 'array':
      return Array.isArray(v);
    case 'object':
      return typeof v === 'object' && v !== null && !Array.isArray(v);
    default:
      throw new Error(`validate: unknown JSON Schema type ${type}`);
  }
}

export class JsonSchemaValidator {
  private readonly defs: Record<string, Schema>;
  private readonly checked = new WeakSet<Schema>();

  constructor(private readonly root: Schema) {
    this.defs = root.$defs ?? {};
  }

  /** The value rebuilt in schema order, or the first problem found. */
  parse(value: unknown): { success: true; data: unknown } | { success: false; issue: Invalid } {
    try {
      return { success: true, data: this.walk(this.root, value, []) };
    } catch (e) {
      if (e instanceof Failure) return { success: false, issue: e.issue };
      throw e;
    }
  }

  private fail(path: (string | number)[], message: string): never {
    throw new Failure({ path: [...path], message });
  }

  private walk(s: Schema, v: unknown, path: (string | number)[]): unknown {
    if (!this.checked.has(s)) {
      for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`validate: unsupported JSON Schema keyword ${k}`);
      this.checked.add(s);
    }
    if (s.$ref) {
      const name = s.$ref.replace(/^#\/\$defs\//, '');
      const def = this.defs[name];
      if (!def) throw new Error(`validate: unresolved $ref ${s.$ref}`);
      return this.walk(def, v, path);
    }
    if (s.anyOf) {
      for (const alt of s.anyOf) {
        try {
          return this.walk(alt, v, path);
        } catch (e) {
          if (!(e instanceof Failure)) throw e;
        }
      }
      this.fail(path, `Invalid input: no alternative matches a value of type ${typeOf(v)}`);
    }
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      if (!types.some((t) => fits(t, v))) this.fail(path, `Invalid input: expected ${types.join(' or ')}, received ${typeOf(v)}`);
    }
    if ('const' in s && v !== s.const) this.fail(path, `Invalid input: expected ${JSON.stringify(s.const)}`);
    if (s.enum && !s.enum.includes(v)) this.fail(path, `Invalid option: expected one of ${s.enum.map((x) => JSON.stringify(x)).join('|')}`);
    if (typeof v === 'number') {
      if (s.minimum !== undefined && v < s.minimum) this.fail(path, `Too small: expected number to be >=${s.minimum}`);
      if (s.maximum !== undefined && v > s.maximum) this.fail(path, `Too big: expected number to be <=${s.maximum}`);
    }
    if (Array.isArray(v)) {
      if (s.minItems !== undefined && v.length < s.minItems) this.fail(path, `Too small: expected array to have >=${s.minItems} items`);
      if (!s.items) return v.slice();
      const items = s.items;
      return v.map((x, i) => this.walk(items, x, [...path, i]));
    }
    if (typeof v === 'object' && v !== null) return this.object(s, v as Record<string, unknown>, path);
    return v;
  }

  private object(s: Schema, v: Record<string, unknown>, path: (string | number)[]): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    if (s.properties) {
      const required = s.required ?? [];
      for (const [key, sub] of Object.entries(s.properties)) {
        const x = v[key];
        if (x === undefined) {
          if (required.includes(key)) this.fail([...path, key], 'Invalid input: expected a value, received undefined');
          continue;
        }
        out[key] = this.walk(sub, x, [...path, key]);
      }
      // additionalProperties: false — like zod's default object, unknown keys are dropped
      return out;
    }
    const extra = typeof s.additionalProperties === 'object' ? s.additionalProperties : null;
    for (const [key, x] of Object.entries(v)) {
      if (s.propertyNames) this.walk(s.propertyNames, key, [...path, key]);
      if (x === undefined) continue;
      out[key] = extra ? this.walk(extra, x, [...path, key]) : x;
    }
    return out;
  }
}

let planValidator: JsonSchemaValidator | null = null;

/** The validator of schemas/plan.schema.json (loaded once). */
export function planSchemaValidator(): JsonSchemaValidator {
  if (!planValidator) {
    const require = createRequire(import.meta.url);
    planValidator = new JsonSchemaValidator(require('../../schemas/plan.schema.json') as Schema);
  }
  return planValidator;
}
