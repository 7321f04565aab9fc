/**
 * The combined outputs of a batch, rebuilt on every run from every file's latest good result
 * (this run's or the reused JSON of an unchanged file), in input order, one plan in memory at a
 * time: the CSV files (with plans.csv and findings.csv) and the workbook tong-hop.xlsx.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ErrorCodes, msg, type ErrorFacts } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { PlanInput } from './plan-input.js';
import type { ResolvedConfig } from '../check/config.js';
import { resolveConfig } from '../check/config.js';
import { failedOverview, planOverview, samePlans, type FileOverview } from '../check/overview.js';
import { say, type Lang, type Text } from '../i18n/index.js';
import type { FileEntry } from './summary.js';
import { CsvFilesWriter } from './csv-files.js';
import type { PlanCsvFile } from '../export/csv.js';
import { missingIssuers } from './expected.js';

export const WORKBOOK_FILE = 'tong-hop.xlsx';

export interface CombinedOptions {
  outDir: string;
  formats: { csv: boolean; xlsx: boolean };
  /** The check config of each input (as `ghplan check` finds it); default: the built-in rules. */
  configFor?: (path: string) => Promise<ResolvedConfig>;
  /** Issuers expected to send a plan (--expected). */
  expected?: readonly string[];
  /** Language of the workbook. */
  lang: Lang;
  /** The CSV rows a worker already made for input i this run, if any (else they are made here). */
  madeCsv?: (i: number) => Promise<Record<PlanCsvFile, string> | null>;
}

function facts(code: string, text: Text): ErrorFacts {
  return { code, message: say(text, 'en'), text };
}

/**
 * Writes the combined outputs. `entries[i]` is the result of `inputs[i]` (undefined when it was
 * not started); its JSON is at `jsonPath(i)`. A JSON that cannot be read turns its entry into a
 * failure, reported through `onFailed`.
 */
export async function writeCombined(
  inputs: readonly PlanInput[],
  entries: (FileEntry | undefined)[],
  jsonPath: (i: number) => string,
  opts: CombinedOptions,
  onFailed: (i: number, entry: FileEntry) => void,
): Promise<void> {
  if (!opts.formats.csv && !opts.formats.xlsx) return;
  const defaults = resolveConfig(null, null);
  const load = async (i: number): Promise<Plan | null> => {
    const entry = entries[i];
    if (!entry || entry.status === 'failed') return null;
    try {
      return JSON.parse(await readFile(jsonPath(i), 'utf8')) as Plan;
    } catch (e) {
      const detail = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      entries[i] = {
        ...entry,
        status: 'failed',
        json: null,
        indicators: 0,
        tasks: 0,
        tasksBySource: { table: 0, text: 0 },
        warnings: 0,
        error: facts(ErrorCodes.READ_FAILED, msg('err.previousJson', { detail })),
      };
      onFailed(i, entries[i]!);
      return null;
    }
  };

  // 1. One pass: the overview of every file, the CSV rows.
  const overviews: FileOverview[] = [];
  const shown: number[] = []; // input index of each overview
  const csv = opts.formats.csv ? await CsvFilesWriter.open(opts.outDir) : null;
  try {
    for (let i = 0; i < inputs.length; i++) {
      if (!entries[i]) continue;
      const plan = await load(i);
      const entry = entries[i]!;
      const file = inputs[i]!.file;
      let o: FileOverview;
      if (plan) {
        const config = opts.configFor ? await opts.configFor(inputs[i]!.path) : defaults;
        o = planOverview(file, entry.status === 'skipped' ? 'skipped' : 'ok', plan, config);
        if (csv) {
          const made = opts.madeCsv ? await opts.madeCsv(i) : null;
          if (made) await csv.addBodies(made);
          else await csv.add(plan, file);
        }
      } else {
        o = failedOverview(file, entry.error ?? facts(ErrorCodes.INTERNAL, msg('err.internal', { detail: 'no result' })));
      }
      await csv?.addOverview(o);
      overviews.push(o);
      shown.push(i);
    }
    await csv?.commit();
  } catch (e) {
    await csv?.abort();
    throw e;
  }

  // 2. The workbook: each sheet reads the plans again, one at a time.
  if (opts.formats.xlsx) {
    const { writeWorkbook } = await import('../export/xlsx.js');
    await writeWorkbook(join(opts.outDir, WORKBOOK_FILE), {
      overviews,
      same: samePlans(overviews),
      missing: missingIssuers(
        opts.expected ?? [],
        overviews.map((o) => o.document?.issuer ?? null),
      ),
      lang: opts.lang,
      eachPlan: async (visit) => {
        for (const i of shown) {
          if (entries[i]?.status === 'failed') continue;
          const plan = JSON.parse(await readFile(jsonPath(i), 'utf8')) as Plan;
          visit(plan, inputs[i]!.file);
        }
      },
    });
  }
}
