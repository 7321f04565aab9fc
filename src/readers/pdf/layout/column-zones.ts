/** PDF layout: two-column zones (issuer/date header, recipients/signature). */
import type { VLine } from '../lines.js';

/** The run of lines around line `i` (which has a wide gap) that share a vertical gutter. */
export function columnZone(lines: VLine[], i: number): { start: number; end: number; gl: number; gr: number } | null {
  const segs = lines[i]!.segs;
  let best = -1;
  let bestGap = 0;
  for (let k = 1; k < segs.length; k++) {
    const g = segs[k]!.x0 - segs[k - 1]!.x1;
    if (g > bestGap) {
      bestGap = g;
      best = k;
    }
  }
  if (best < 0) return null;
  let gl = Math.max(...segs.slice(0, best).map((s) => s.x1));
  let gr = Math.min(...segs.slice(best).map((s) => s.x0));
  const fits = (l: VLine): { gl: number; gr: number } | null => {
    let a = gl;
    let b = gr;
    for (const s of l.segs) {
      if (s.x1 <= b - 4 && s.x0 < a + 4) a = Math.max(a, s.x1);
      else if (s.x0 >= a + 4 && s.x1 > b - 4) b = Math.min(b, s.x0);
      else return null;
    }
    return b - a >= 8 ? { gl: a, gr: b } : null;
  };
  const crosses = (l: VLine | undefined): boolean => !!l && l.segs.some((s) => s.x0 < gl - 4 && s.x1 > gr + 4);
  let start = i;
  while (start > 0) {
    const cand = lines[start - 1]!;
    const f = fits(cand);
    if (!f || lines[start]!.y - cand.y > 8 * cand.size) break;
    // A short line right under a full-width line is the tail of that paragraph.
    const above = lines[start - 2];
    if (above && crosses(above) && cand.y - above.y <= 1.7 * cand.size) break;
    gl = f.gl;
    gr = f.gr;
    start--;
  }
  let end = i + 1;
  while (end < lines.length) {
    const cand = lines[end]!;
    const f = fits(cand);
    if (!f || cand.y - lines[end - 1]!.y > 8 * cand.size) break;
    const below = lines[end + 1];
    if (below && crosses(below) && below.y - cand.y <= 1.7 * cand.size && !cand.segs.some((s) => s.x0 >= gr - 4)) break;
    gl = f.gl;
    gr = f.gr;
    end++;
  }
  return { start, end, gl, gr };
}
