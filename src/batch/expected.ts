/**
 * `--expected FILE`: the issuers that should have sent a plan, one per line (UTF-8, BOM and
 * CRLF welcome; blank lines and lines starting with # ignored). Those with no plan among the
 * results get a row in the workbook, so the clerk sees who has not sent one.
 */
import { readFile } from 'node:fs/promises';
import { UsageError, errnoDetail, msg } from '../model/errors.js';
import { normalCase } from '../extract/metadata.js';
import { sameKey } from '../text/vietnamese.js';

export async function readExpected(path: string): Promise<string[]> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    throw new UsageError(msg('usage.expectedUnreadable', { path, detail: errnoDetail(e) }));
  }
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
}

/** How an issuer is compared: abbreviations expanded (UBND), case, tone marks and spacing ignored. */
const issuerKey = (s: string): string => sameKey(normalCase(s));

/** The expected issuers that no plan names as its issuer, in the file's order, each once. */
export function missingIssuers(expected: readonly string[], issuers: readonly (string | null)[]): string[] {
  const have = new Set(issuers.filter((x): x is string => !!x).map(issuerKey));
  const seen = new Set<string>();
  const out: string[] = [];
  for (const e of expected) {
    const k = issuerKey(e);
    if (have.has(k) || seen.has(k)) continue;
    seen.add(k);
    out.push(normalCase(e));
  }
  return out;
}
