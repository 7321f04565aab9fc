/**
 * "X chủ trì(,) phối hợp với Y, Z" in a lead entry gives lead ["X"] and support ["Y, Z"]
 * (EXTRACTION.md "Tasks from tables", `lead` and `support`); every other entry is kept whole.
 */
import { LEAD_WORD, SUPPORT_WORDS } from '../text/keywords/columns.js';
import { escapeRegExp, foldAligned } from '../text/vietnamese.js';
import { splitUnits } from './unit-cells.js';
import { memo } from '../text/memo.js';

export interface LeadSupport {
  lead: string[];
  support: string[];
}

const SUPPORT = [...SUPPORT_WORDS]
  .sort((a, b) => b.length - a.length)
  .map(escapeRegExp)
  .join('|');
// On the folded text, whose letters line up one to one with the original NFC text.
const LINK = new RegExp(`^(.*?\\S)\\s+${escapeRegExp(LEAD_WORD)}\\s*(?:,|;|va)?\\s*(?:${SUPPORT})\\s+(\\S.*)$`);

/** Lead and support of one lead entry. */
export function splitLeadEntry(entry: string): LeadSupport {
  const s = leadEntry(entry);
  return { lead: s.lead.slice(), support: s.support.slice() };
}

// the same few lead entries recur on most rows of a task table
const leadEntry = memo((entry: string): LeadSupport => {
  const t = entry.normalize('NFC');
  const f = foldAligned(t);
  const m = LINK.exec(f);
  if (!m) return { lead: [t], support: [] };
  const lead = t.slice(0, m[1]!.length).trim();
  const support = t.slice(f.length - m[2]!.length).trim();
  return { lead: [lead], support: [support] };
}, 1024);

/** The lead and support units of a lead field's parts, each part split like a table cell. */
export function leadAndSupport(parts: readonly string[]): LeadSupport {
  const out: LeadSupport = { lead: [], support: [] };
  for (const part of parts) {
    for (const entry of splitUnits(part)) {
      const s = splitLeadEntry(entry);
      out.lead.push(...s.lead);
      out.support.push(...s.support);
    }
  }
  return out;
}
