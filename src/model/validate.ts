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

type Path = (string | number)[];
/** A compiled schema node: the value rebuilt, or a thrown Failure. */
type Check = (v: unknown, path: Path) => unknown;

function fail(path: Path, message: string): never {
  throw new Failure({ path: [...path], message });
}

/** `check` with `key` on the path: one path array, pushed and popped (`fail` copies it). */
function at(check: Check, v: unknown, path: Path, key: string | number): unknown {
  path.push(key);
  try {
    return check(v, path);
  } finally {
    path.pop();
  }
}

/**
 * Each schema node compiled once into a function (its keywords read and its messages' parts
 * made at compile time): walking the schema object for every value of a 3,000-task plan cost
 * more than zod. `$ref`s compile at their first use, so recursive definitions work.
 */
class Compiler {
  private readonly refs = new Map<string, Check>();

  constructor(private readonly defs: Record<string, Schema>) {}

  compile(s: Schema): Check {
    for (const k of Object.keys(s)) if (!KNOWN.has(k)) throw new Error(`validate: unsupported JSON Schema keyword ${k}`);
    if (s.$ref) return this.ref(s.$ref);
    if (s.anyOf) return this.anyOf(s.anyOf);
    const steps = this.steps(s);
    const shape = this.shape(s);
    return (v, path) => {
      for (const step of steps) step(v, path);
      return shape(v, path);
    };
  }

  private ref(ref: string): Check {
    const name = ref.replace(/^#\/\$defs\//, '');
    let c = this.refs.get(name);
    if (!c) {
      const def = this.defs[name];
      if (!def) throw new Error(`validate: unresolved $ref ${ref}`);
      let inner: Check | null = null;
      c = (v, path) => (inner ??= this.compile(def))(v, path);
      this.refs.set(name, c);
    }
    return c;
  }

  private anyOf(alts: Schema[]): Check {
    // an alternative whose own type does not fit would only fail: skipped without the throw
    const compiled = alts.map((a) => ({ type: typeof a.type === 'string' && !a.$ref ? a.type : null, check: this.compile(a) }));
    return (v, path) => {
      for (const a of compiled) {
        if (a.type !== null && !fits(a.type, v)) continue;
        try {
          return a.check(v, path);
        } catch (e) {
          if (!(e instanceof Failure)) throw e;
        }
      }
      return fail(path, `Invalid input: no alternative matches a value of type ${typeOf(v)}`);
    };
  }

  /** The keyword checks that do not rebuild the value, in the order zod reports them. */
  private steps(s: Schema): ((v: unknown, path: Path) => void)[] {
    const steps: ((v: unknown, path: Path) => void)[] = [];
    if (s.type !== undefined) {
      const types = Array.isArray(s.type) ? s.type : [s.type];
      for (const t of types) fits(t, null); // an unknown type is a programming error, found now
      steps.push((v, path) => {
        if (!types.some((t) => fits(t, v))) fail(path, `Invalid input: expected ${types.join(' or ')}, received ${typeOf(v)}`);
      });
    }
    if ('const' in s) {
      const c = s.const;
      steps.push((v, path) => {
        if (v !== c) fail(path, `Invalid input: expected ${JSON.stringify(c)}`);
      });
    }
    if (s.enum) {
      const values = s.enum;
      steps.push((v, path) => {
        if (!values.includes(v)) fail(path, `Invalid option: expected one of ${values.map((x) => JSON.stringify(x)).join('|')}`);
      });
    }
    const { minimum: min, maximum: max, minItems } = s;
    if (min !== undefined || max !== undefined)
      steps.push((v, path) => {
        if (typeof v !== 'number') return;
        if (min !== undefined && v < min) fail(path, `Too small: expected number to be >=${min}`);
        if (max !== undefined && v > max) fail(path, `Too big: expected number to be <=${max}`);
      });
    if (minItems !== undefined)
      steps.push((v, path) => {
        if (Array.isArray(v) && v.length < minItems) fail(path, `Too small: expected array to have >=${minItems} items`);
      });
    return steps;
  }

  /** The value rebuilt: arrays item by item, objects in schema order without unknown keys. */
  private shape(s: Schema): Check {
    const items = s.items ? this.compile(s.items) : null;
    const object = this.object(s);
    return (v, path) => {
      if (Array.isArray(v)) return items ? v.map((x, i) => at(items, x, path, i)) : v.slice();
      if (typeof v === 'object' && v !== null) return object(v as Record<string, unknown>, path);
      return v;
    };
  }

  private object(s: Schema): (v: Record<string, unknown>, path: Path) => Record<string, unknown> {
    if (s.properties) {
      const required = new Set(s.required ?? []);
      const props = Object.entries(s.properties).map(([key, sub]) => ({ key, required: required.has(key), check: this.compile(sub) }));
      // additionalProperties: false — like zod's default object, unknown keys are dropped
      return (v, path) => {
        const out: Record<string, unknown> = {};
        for (const p of props) {
          const x = v[p.key];
          if (x === undefined) {
            if (p.required) fail([...path, p.key], 'Invalid input: expected a value, received undefined');
            continue;
          }
          out[p.key] = at(p.check, x, path, p.key);
        }
        return out;
      };
    }
    const extra = typeof s.additionalProperties === 'object' ? this.compile(s.additionalProperties) : null;
    const names = s.propertyNames ? this.compile(s.propertyNames) : null;
    return (v, path) => {
      const out: Record<string, unknown> = {};
      for (const [key, x] of Object.entries(v)) {
        if (names) at(names, key, path, key);
        if (x === undefined) continue;
        out[key] = extra ? at(extra, x, path, key) : x;
      }
      return out;
    };
  }
}

export class JsonSchemaValidator {
  private check: Check | null = null;

  constructor(private readonly root: Schema) {}

  /** The value rebuilt in schema order, or the first problem found. */
  parse(value: unknown): { success: true; data: unknown } | { success: false; issue: Invalid } {
    this.check ??= new Compiler(this.root.$defs ?? {}).compile(this.root);
    try {
      return { success: true, data: this.check(value, []) };
    } catch (e) {
      if (e instanceof Failure) return { success: false, issue: e.issue };
      throw e;
    }
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
