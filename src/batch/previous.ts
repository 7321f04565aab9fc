/**
 * What an earlier run left in --out, checked before anything is reused: summary.json against a
 * zod schema (entry by entry: one bad entry only redoes its file) and each per-file JSON
 * against the plan schema, its `source` agreeing with the entry and with the input as it is
 * now. Counts are never taken from the old summary: a reused file's are counted from its JSON.
 * Loaded by the batch only (zod costs start-up that extract and check do not pay).
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { planSchemaValidator } from '../model/validate.js';
import type { Plan } from '../model/plan.js';
import { planCounts, type FileEntry } from './summary.js';
import { hashFile } from './hash.js';
import type { PlanInput } from './plan-input.js';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);
const Count = z.number().int().nonnegative();

/** The fields of an entry that reuse relies on; anything else in it is ignored. */
const PreviousEntry = z.object({
  file: z.string(),
  json: z.string().nullable(),
  status: z.enum(['ok', 'failed', 'skipped']),
  sha256: Sha256.nullable(),
  settings: z.string().optional(),
  indicators: Count,
  tasks: Count,
  warnings: Count,
});
export type PreviousEntry = z.infer<typeof PreviousEntry>;

const PreviousSummary = z.object({ ghplan: z.string(), files: z.array(z.unknown()) });

/** A per-file JSON larger than this is not read back (it is redone instead). */
const MAX_JSON_BYTES = 1024 ** 3;

/** The valid entries of the summary at `path` that describe a success, by file; empty when there is none or it is unusable. */
export async function readPreviousEntries(path: string): Promise<Map<string, PreviousEntry>> {
  const out = new Map<string, PreviousEntry>();
  let value: unknown;
  try {
    value = JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return out; // none, unreadable or not JSON: every file is redone
  }
  const summary = PreviousSummary.safeParse(value);
  if (!summary.success) return out;
  const seen = new Set<string>();
  for (const raw of summary.data.files) {
    const e = PreviousEntry.safeParse(raw);
    if (!e.success) continue;
    // a file listed twice is trusted in neither entry
    if (seen.has(e.data.file)) out.delete(e.data.file);
    else if (e.data.status !== 'failed' && e.data.json && e.data.sha256 && e.data.settings) out.set(e.data.file, e.data);
    seen.add(e.data.file);
  }
  return out;
}

async function readPlan(path: string): Promise<Plan | null> {
  const st = await stat(path).catch(() => null);
  if (!st?.isFile() || st.size > MAX_JSON_BYTES) return null;
  try {
    const parsed = planSchemaValidator().parse(JSON.parse(await readFile(path, 'utf8')));
    return parsed.success ? (parsed.data as Plan) : null;
  } catch {
    return null;
  }
}

/**
 * The file's latest good result, as a "skipped" entry with counts from its JSON, or null when
 * the entry, its JSON and the input do not all agree (its JSON is `json`, relative to `outDir`).
 */
export async function latestGood(outDir: string, input: PlanInput, json: string, prev: PreviousEntry): Promise<FileEntry | null> {
  if (prev.json !== json || prev.file !== input.file) return null;
  const plan = await readPlan(join(outDir, json));
  if (!plan || plan.source.sha256 !== prev.sha256 || plan.source.file !== input.file) return null;
  if ((await hashFile(input.path)) !== prev.sha256) return null;
  return {
    file: input.file,
    json,
    status: 'skipped',
    sha256: plan.source.sha256,
    ...(prev.settings ? { settings: prev.settings } : {}),
    ...planCounts(plan),
    warnings: plan.diagnostics.filter((d) => d.severity === 'warning').length,
    error: null,
  };
}
