/**
 * Dates of the contract's strings as a spreadsheet needs them: a real date for a full
 * "YYYY-MM-DD", and the last day of the period a deadline names ("2026-12" → 31/12/2026,
 * "2027-Q3" → 30/9/2027, "2027" → 31/12/2027, "2026/2030" → 31/12/2030) so deadlines sort.
 * Dates are UTC midnight: a spreadsheet date has no time zone.
 */

/** A Date for "YYYY-MM-DD" that exists on the calendar, else null. */
export function fullDate(s: string | null | undefined): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s ?? '');
  if (!m) return null;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! ? d : null;
}

/** The last day of the month (0-based month index), UTC. */
function lastDay(year: number, month: number): Date {
  return new Date(Date.UTC(year, month + 1, 0));
}

/** The last day of the period named (the end of a range), or null when it names none. */
export function periodEnd(s: string | null | undefined): Date | null {
  if (!s) return null;
  const end = s.split('/').pop()!.trim();
  const full = fullDate(end);
  if (full) return full;
  let m = /^(\d{4})-(\d{2})$/.exec(end);
  if (m && +m[2]! >= 1 && +m[2]! <= 12) return lastDay(+m[1]!, +m[2]! - 1);
  m = /^(\d{4})-Q([1-4])$/i.exec(end);
  if (m) return lastDay(+m[1]!, +m[2]! * 3 - 1);
  m = /^(\d{4})$/.exec(end);
  if (m) return lastDay(+m[1]!, 11);
  return null;
}

/** "2026-06" → "06/2026", "2026" → "2026": a partial date as a clerk writes it. */
export function partialDateText(s: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(s);
  return m ? `${m[2]}/${m[1]}` : s;
}
