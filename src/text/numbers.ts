/**
 * Vietnamese number formats: decimal comma (8,5), thousands dot (5.000), leading zeros (04),
 * Roman numerals for section and group numbers.
 */

/** Parses "8,5" → 8.5, "5.000" → 5000, "1.234,5" → 1234.5, "04" → 4; null when not a number. */
export function parseViNumber(raw: string): number | null {
  const s = raw.trim().replace(/\s/g, '');
  if (!/^[+-]?\d[\d.,]*$/.test(s)) return null;
  let t = s;
  const hasComma = t.includes(',');
  const hasDot = t.includes('.');
  if (hasComma && hasDot) {
    // The later separator is the decimal one: 1.234,5 (vi) or 1,234.5 (en).
    if (t.lastIndexOf(',') > t.lastIndexOf('.')) t = t.replace(/\./g, '').replace(',', '.');
    else t = t.replace(/,/g, '');
  } else if (hasDot) {
    // A dot followed by groups of exactly three digits is a thousands separator.
    if (/^[+-]?\d{1,3}(\.\d{3})+$/.test(t)) t = t.replace(/\./g, '');
    else if ((t.match(/\./g) ?? []).length > 1) return null;
  } else if (hasComma) {
    const parts = t.split(',');
    if (parts.length === 2) t = parts.join('.');
    else if (/^[+-]?\d{1,3}(,\d{3})+$/.test(t)) t = t.replace(/,/g, '');
    else return null;
  }
  const n = Number(t);
  return Number.isFinite(n) ? n : null;
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };

/** Value of a Roman numeral (I..CC), or null. */
export function romanValue(s: string): number | null {
  const u = s.toUpperCase();
  if (!/^[IVXLC]+$/.test(u)) return null;
  let total = 0;
  for (let i = 0; i < u.length; i++) {
    const v = ROMAN[u[i]!]!;
    const next = i + 1 < u.length ? ROMAN[u[i + 1]!]! : 0;
    total += v < next ? -v : v;
  }
  return total > 0 ? total : null;
}

export function isRoman(s: string): boolean {
  return /^(X{0,3})(IX|IV|V?I{0,3})$/i.test(s) && s.length > 0;
}
