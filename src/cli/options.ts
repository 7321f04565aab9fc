/** Options shared by extract, batch and check: limits, OCR, conversion. Parsed once, validated loudly. */
import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import { UsageError, msg } from '../model/errors.js';
import { isLang, setExplicitLanguage, type Lang } from '../i18n/index.js';
import type { ExtractOptions } from '../pipeline.js';

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(v.trim());
  if (!m) throw new UsageError(msg('usage.invalidSize', { value: v }));
  const n = parseFloat(m[1]!);
  const u = (m[2] ?? 'b').toLowerCase();
  const mult = u.startsWith('k') ? 1024 : u.startsWith('m') ? 1024 ** 2 : u.startsWith('g') ? 1024 ** 3 : 1;
  return Math.round(n * mult);
}

function parsePositiveInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || +v <= 0) throw new UsageError(msg('usage.positiveInt', { option: name, value: v }));
    return +v;
  };
}

function parseSeconds(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(msg('usage.seconds', { value: v }));
  return Math.round(parseFloat(v) * 1000);
}

export function addReadOptions(cmd: Command): Command {
  return cmd
    .addOption(
      new Option('--max-file-size <size>', 'largest input file').argParser(parseSize).default(DEFAULT_LIMITS.maxFileBytes, '100MiB'),
    )
    .addOption(
      new Option('--max-part-size <size>', 'largest uncompressed part of a .docx')
        .argParser(parseSize)
        .default(DEFAULT_LIMITS.maxPartBytes, '200MiB'),
    )
    .addOption(
      new Option('--max-pages <n>', 'most PDF pages read').argParser(parsePositiveInt('--max-pages')).default(DEFAULT_LIMITS.maxPages),
    )
    .addOption(
      new Option('--timeout <seconds>', 'longest time spent on one file (0 = none)')
        .argParser(parseSeconds)
        .default(DEFAULT_LIMITS.timeoutMs, '120'),
    )
    .option('--no-ocr', 'never run OCR on PDFs without a text layer (default: use tesseract when installed)')
    .option('--no-convert', 'never convert legacy .doc with LibreOffice (default: when installed)')
    .option('--timestamps', 'add extractedAt to the JSON (output is no longer byte-identical across runs)');
}

export interface ReadFlags {
  maxFileSize: number;
  maxPartSize: number;
  maxPages: number;
  timeout: number;
  ocr: boolean;
  convert: boolean;
  timestamps?: boolean;
}

export function extractOptionsFrom(f: ReadFlags): ExtractOptions {
  const limits: Limits = { maxFileBytes: f.maxFileSize, maxPartBytes: f.maxPartSize, maxPages: f.maxPages, timeoutMs: f.timeout };
  return { limits, ocr: f.ocr ? 'auto' : 'off', convertLegacy: f.convert ? 'auto' : 'off', timestamps: !!f.timestamps };
}

/** `--lang vi|en`: parsed first, so that even the errors of other options are in that language. */
export function parseLang(v: string): Lang {
  const l = v.trim().toLowerCase();
  if (!isLang(l)) throw new UsageError(msg('usage.lang', { value: v }));
  setExplicitLanguage(l);
  return l;
}

/** The language named by `--lang X` / `--lang=X` in argv, if any (help and early errors need it before parsing). */
export function langInArgv(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === '--') break;
    if (a === '--lang') return argv[i + 1];
    if (a.startsWith('--lang=')) return a.slice('--lang='.length);
  }
  return undefined;
}

/** The config lookup of `ghplan check`, for the outputs that show check results (plans.csv, findings.csv, the workbook). */
export function addCheckConfigOptions(cmd: Command): Command {
  return cmd
    .option(
      '-c, --config <file>',
      'check config for plans.csv, findings.csv and the workbook (default: the nearest ghplan.config.json above each plan)',
    )
    .addOption(
      new Option('--stage <stage>', 'draft or issued, as in `ghplan check` (default: from the config, else draft)').choices([
        'draft',
        'issued',
      ]),
    );
}

export interface CheckConfigFlags {
  config?: string;
  stage?: 'draft' | 'issued';
}
