/**
 * The index of the last of `sorted[0..last]` that is ≤ `v` (0 when none is): a binary search
 * for the line an offset falls on, the band a coordinate falls in. `sorted` ascends.
 */
export function lastAtOrBelow(sorted: readonly number[], v: number, last = sorted.length - 1): number {
  let lo = 0;
  let hi = last;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sorted[mid]! <= v) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
