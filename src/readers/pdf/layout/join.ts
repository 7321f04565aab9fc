/** PDF layout: whether a table on the next page continues the one above (same column edges). */
import type { Grid } from '../grid.js';

export function sameColumns(a: Grid, b: Grid): boolean {
  if (a.xs.length !== b.xs.length) return false;
  const wa = a.x1 - a.x0;
  const wb = b.x1 - b.x0;
  return a.xs.every((x, i) => Math.abs((x - a.x0) / wa - (b.xs[i]! - b.x0) / wb) < 0.02);
}
