/** Section kinds from heading text (EXTRACTION.md): split into parts, longest phrase per part. */
import type { SectionKind } from '../model/plan.js';
import { SECTION_KIND_PHRASES, START_FILLERS, WHOLE_TAIL } from '../text/keywords/section-kinds.js';
import { findFolded, fold } from '../text/vietnamese.js';
import { PARENS, replaceDelimitedInLines } from '../text/brackets.js';

function partKind(part: string): SectionKind | null {
  let best: { len: number; kind: SectionKind } | null = null;
  for (const p of SECTION_KIND_PHRASES) {
    let hit: boolean;
    if (p.whole) {
      let core = part;
      for (const tail of WHOLE_TAIL) if (core.endsWith(' ' + tail)) core = core.slice(0, -tail.length - 1);
      hit = core === p.phrase;
    } else if (p.start) {
      let core = part;
      for (const f of START_FILLERS) if (core.startsWith(f + ' ')) core = core.slice(f.length + 1);
      hit = core === p.phrase || core.startsWith(p.phrase + ' ');
    } else hit = findFolded(part, p.phrase) >= 0;
    if (hit && (!best || p.phrase.length > best.len)) best = { len: p.phrase.length, kind: p.kind };
  }
  return best?.kind ?? null;
}

export function headingKinds(heading: string): SectionKind[] {
  const f = fold(replaceDelimitedInLines(heading, PARENS, () => ' '));
  const parts = f
    .split(/ ?[,;] ?| va /) // fold squashes white space to single spaces
    .map((s) => s.trim())
    .filter(Boolean);
  const kinds: SectionKind[] = [];
  for (const part of parts) {
    const k = partKind(part);
    if (k && !kinds.includes(k)) kinds.push(k);
  }
  return kinds.length ? kinds : ['khac'];
}
