/**
 * Remembers the last results of a pure function of a string: plans repeat the same cells
 * (a lead unit, a deadline) on thousands of rows, and a statement is masked by several steps.
 * Memory stays bounded whatever the input: the cache is emptied when full, and a string
 * longer than `longest` is never kept (a long text seldom repeats, and a few hundred of
 * them, 100,000 characters each, would hold tens of megabytes).
 */
export function memo<T>(f: (s: string) => T, size = 256, longest = 2000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    if (s.length > longest) return f(s);
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= size) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
