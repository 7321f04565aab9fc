/**
 * The combined CSV files of a batch, streamed: header first, then each plan's rows in input
 * order, into a temporary file renamed over the target at the end (atomic, like
 * writeFileAtomic, without holding the whole file in memory). The CSV layout itself lives in
 * export/csv.ts and is shared with `ghplan extract --format csv`.
 */
import { randomBytes } from 'node:crypto';
import { createWriteStream, type WriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { makeDirs } from '../export/dirs.js';
import { basename, dirname, join } from 'node:path';
import { once } from 'node:events';
import {
  CSV_FILES,
  OVERVIEW_CSV_FILES,
  csvBody,
  csvHeader,
  overviewCsvRows,
  planCsvBodies,
  type CsvFile,
  type PlanCsvFile,
} from '../export/csv.js';
import type { FileOverview } from '../check/overview.js';
import type { Plan } from '../model/plan.js';

class AtomicStream {
  private readonly tmp: string;
  private readonly stream: WriteStream;
  private failed: Error | null = null;

  constructor(private readonly path: string) {
    this.tmp = join(dirname(path), `.${basename(path)}.ghplan-tmp-${process.pid}-${randomBytes(4).toString('hex')}`);
    this.stream = createWriteStream(this.tmp);
    this.stream.on('error', (e) => {
      this.failed = e;
    });
  }

  async write(text: string): Promise<void> {
    if (this.failed) throw this.failed;
    if (text && !this.stream.write(text)) await once(this.stream, 'drain');
  }

  async commit(): Promise<void> {
    this.stream.end();
    await once(this.stream, 'close');
    if (this.failed) throw this.failed;
    await rename(this.tmp, this.path);
  }

  async abort(): Promise<void> {
    this.stream.destroy();
    await rm(this.tmp, { force: true });
  }
}

export class CsvFilesWriter {
  private readonly streams = new Map<CsvFile, AtomicStream>();

  private constructor() {}

  static async open(dir: string): Promise<CsvFilesWriter> {
    await makeDirs(dir);
    const w = new CsvFilesWriter();
    for (const name of [...CSV_FILES, ...OVERVIEW_CSV_FILES]) {
      const s = new AtomicStream(join(dir, name));
      w.streams.set(name, s);
      await s.write(csvHeader(name));
    }
    return w;
  }

  /** Appends one plan's rows; `file` fills the `file` column. */
  async add(plan: Plan, file: string): Promise<void> {
    await this.addBodies(planCsvBodies(plan, file));
  }

  /** Appends one plan's rows already made as CSV text (by `planCsvBodies`, in a worker). */
  async addBodies(bodies: Record<PlanCsvFile, string>): Promise<void> {
    for (const name of CSV_FILES) await this.streams.get(name)!.write(bodies[name]);
  }

  /** Appends one input file's rows of plans.csv and findings.csv. */
  async addOverview(o: FileOverview): Promise<void> {
    const rows = overviewCsvRows(o);
    for (const name of OVERVIEW_CSV_FILES) await this.streams.get(name)!.write(csvBody(rows[name]));
  }

  async commit(): Promise<void> {
    for (const s of this.streams.values()) await s.commit();
  }

  async abort(): Promise<void> {
    for (const s of this.streams.values()) await s.abort();
  }
}
