/** Options shared by extract, batch and check: limits, OCR, conversion. Parsed once, validated loudly. */
import { Option, type Command } from 'commander';
import { DEFAULT_LIMITS, type Limits } from '../model/limits.js';
import { UsageError } from '../model/errors.js';
import type { ExtractOptions } from '../pipeline.js';

function parseSize(v: string): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(v.trim());
  if (!m) throw new UsageError(`invalid size "${v}" (use e.g. 50MB, 200MiB, 1GB)`);
  const n = parseFloat(m[1]!);
  const u = (m[2] ?? 'b').toLowerCase();
  const mult = u.startsWith('k') ? 1024 : u.startsWith('m') ? 1024 ** 2 : u.startsWith('g') ? 1024 ** 3 : 1;
  return Math.round(n * mult);
}

function parsePositiveInt(name: string) {
  return (v: string): number => {
    if (!/^\d+$/.test(v) || +v <= 0) throw new UsageError(`${name} takes a whole number above 0, not "${v}"`);
    return +v;
  };
}

function parseSeconds(v: string): number {
  if (!/^\d+(\.\d+)?$/.test(v)) throw new UsageError(`--timeout takes seconds, not "${v}"`);
  return Math.round(parseFloat(v) * 1000);
}

export function addReadOptions(cmd: Command): Command {
  return cmd
    .addOption(new Option('--max-file-size <size>', 'largest input file').argParser(parseSize).default(DEFAULT_LIMITS.maxFileBytes, '100MiB'))
    .addOption(new Option('--max-part-size <size>', 'largest uncompressed part of a .docx').argParser(parseSize).default(DEFAULT_LIMITS.maxPartBytes, '200MiB'))
    .addOption(new Option('--max-pages <n>', 'most PDF pages read').argParser(parsePositiveInt('--max-pages')).default(DEFAULT_LIMITS.maxPages))
    .addOption(new Option('--timeout <seconds>', 'longest time spent on one file (0 = none)').argParser(parseSeconds).default(DEFAULT_LIMITS.timeoutMs, '120'))
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
