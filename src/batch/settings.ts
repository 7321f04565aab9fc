/**
 * The fingerprint of what makes a file's result: the ghplan version, the read options that
 * change it (limits but the timeout, OCR, .doc conversion, timestamps) and, when the run
 * writes check results (CSV, workbook), the file's check config. A file is reused only when its
 * fingerprint equals the one recorded for its last successful run.
 */
import { createHash } from 'node:crypto';
import { DEFAULT_LIMITS } from '../model/limits.js';
import type { ExtractOptions } from '../pipeline.js';
import type { ResolvedConfig } from '../check/config.js';

function readSettings(o: ExtractOptions): Record<string, unknown> {
  const limits = { ...DEFAULT_LIMITS, ...(o.limits ?? {}) };
  return {
    maxFileBytes: limits.maxFileBytes,
    maxPartBytes: limits.maxPartBytes,
    maxPages: limits.maxPages,
    ocr: o.ocr ?? 'auto',
    convertLegacy: o.convertLegacy ?? 'auto',
    timestamps: !!o.timestamps,
  };
}

function checkSettings(c: ResolvedConfig): unknown {
  return { stage: c.stage, rules: c.rules.map((r) => [r.rule.id, r.severity, r.options]) };
}

/** A short hex fingerprint (`config` null when the run shows no check results). */
export function settingsOf(version: string, extract: ExtractOptions, config: ResolvedConfig | null): string {
  const all = { ghplan: version, read: readSettings(extract), check: config ? checkSettings(config) : null };
  return createHash('sha256').update(JSON.stringify(all)).digest('hex').slice(0, 16);
}
