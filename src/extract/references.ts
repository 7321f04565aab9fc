/**
 * Every document cited by số ký hiệu (08-NQ/TU, 133/KH-UBND, 106/2024/NĐ-CP), in order of
 * first mention, without duplicates and without the plan itself.
 */
import type { Reference } from '../model/plan.js';
import { result, type Result } from '../model/result.js';
import { REF_CODES, REF_TYPE_WORDS, type RefType } from '../text/keywords/references.js';
import { parseDateText } from './dates.js';
import { trimEndWhile } from '../text/trim.js';

// number [/year] (- or /) CODE [-CODE…] [/ISSUER[-…]]; spaces around separators tolerated.
const SYMBOL =
  /(?<![\p{L}\d/.-])(\d{1,5}(?:\.\d{1,3})?)(?:\s*\/\s*((?:19|20)\d{2}))?\s*([-/])\s*(\p{Lu}[\p{L}\d]*(?:\s?[-–]\s?\p{Lu}[\p{L}\d]*)*(?:\s?\/\s?\p{Lu}[\p{L}\d]*(?:\s?[-–]\s?\p{Lu}[\p{L}\d]*)*)?)/gu;

export interface FoundSymbol {
  symbol: string;
  index: number;
  end: number;
  code: string;
}

export function findSymbols(text: string): FoundSymbol[] {
  const out: FoundSymbol[] = [];
  for (const m of text.matchAll(SYMBOL)) {
    const code = m[4]!.replace(/\s/g, '').replace(/–/g, '-');
    const letters = code.replace(/[^\p{Lu}]/gu, '');
    // One capital alone ("3 - T…") is not a symbol; real codes have two or a separator inside.
    if (letters.length < 2 && !/[-/]/.test(code)) continue;
    if (/^(?:TP|TX|TT)$/.test(code) && m[3] === '-') continue;
    const symbol = `${m[1]}${m[2] ? `/${m[2]}` : ''}${m[3]}${code}`;
    out.push({ symbol, index: m.index!, end: m.index! + m[0].length, code });
  }
  return out;
}

function typeOf(before: string, code: string): RefType {
  const tail = before.slice(-40);
  let best: { pos: number; type: RefType } | null = null;
  for (const t of REF_TYPE_WORDS) {
    const re = new RegExp(t.words.source, 'giu');
    for (const m of tail.matchAll(re)) {
      if (!best || m.index! > best.pos) best = { pos: m.index!, type: t.type };
    }
  }
  if (best && tail.slice(best.pos).length < 40) return best.type;
  const head = code.split(/[-/]/)[0]!.toUpperCase();
  return REF_CODES[head] ?? REF_CODES[trimEndWhile(head, /\d/)] ?? 'other';
}

const DATE_AFTER = /^\s*(?:,\s*)?(?:ngày\s*)?(\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4})/iu;

/** The stage: the documents the plan cites, in the order first cited, its own number left out. */
export function extractReferences(texts: string[], own: string | null): Result<Reference[]> {
  return result(referencesIn(texts, own));
}

export function referencesIn(texts: string[], own: string | null): Reference[] {
  // Symbols are compared without case ("06/QĐ-TTG" in a capitalised title is "06/QĐ-TTg").
  const seen = new Map<string, Reference>();
  const ownKey = own && /\d/.test(own) ? own.replace(/\s/g, '') : null;
  const out: Reference[] = [];
  for (const text of texts) {
    for (const s of findSymbols(text)) {
      const key = s.symbol.toLocaleLowerCase('vi');
      if (s.symbol === ownKey) continue;
      const earlier = seen.get(key);
      if (earlier) {
        // Keep the first mention, but spelled as the body writes it rather than in capitals.
        if (earlier.symbol === earlier.symbol.toUpperCase() && s.symbol !== s.symbol.toUpperCase()) earlier.symbol = s.symbol;
        continue;
      }
      const before = text.slice(0, s.index);
      const type = typeOf(before, s.code);
      const after = text.slice(s.end);
      const dm = DATE_AFTER.exec(after);
      const date = dm ? parseDateText(dm[1]!) : null;
      const typeWord = REF_TYPE_WORDS.find((t) => t.type === type);
      let start = s.index;
      if (typeWord) {
        const tail = before.slice(-60);
        const re = new RegExp(typeWord.words.source, 'giu');
        let last = -1;
        for (const m of tail.matchAll(re)) last = m.index!;
        if (last >= 0) start = before.length - tail.length + last;
      }
      const end = s.end + (dm ? dm[0].length : 0);
      const ref: Reference = { type, symbol: s.symbol, date, text: text.slice(start, end).replace(/\s+/g, ' ').trim() };
      seen.set(key, ref);
      out.push(ref);
    }
  }
  return out;
}
