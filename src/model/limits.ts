/** Resource limits; every one can be changed from the CLI. A limit hit fails that file only. */
export interface Limits {
  /** Largest input file, in bytes. */
  maxFileBytes: number;
  /** Largest uncompressed part of a .docx (e.g. word/document.xml), in bytes. */
  maxPartBytes: number;
  /** Most PDF pages read. */
  maxPages: number;
  /** Longest time spent on one file, in milliseconds (0 = no limit). */
  timeoutMs: number;
}

export const DEFAULT_LIMITS: Limits = {
  maxFileBytes: 100 * 1024 * 1024,
  maxPartBytes: 200 * 1024 * 1024,
  maxPages: 2000,
  timeoutMs: 120_000,
};

/** A size as people read it in a message ("12 MiB"). */
export function formatBytes(n: number): string {
  if (n >= 1024 ** 3) return `${(n / 1024 ** 3).toFixed(2)} GiB`;
  if (n >= 1024 ** 2) return `${Math.round(n / 1024 ** 2)} MiB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KiB`;
  return `${n} bytes`;
}
