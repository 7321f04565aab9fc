/**
 * Remembers the last results of a pure function: plans repeat the same cells (a lead unit, a
 * deadline) on thousands of rows, and a statement is masked by several steps. Memory stays
 * bounded whatever the input: the cache is emptied when full, and a key longer than `longest`
 * is never kept (a long text seldom repeats, and a few hundred of them, 100,000 characters
 * each, would hold tens of megabytes).
 */
export function memoBy<A extends unknown[], T>(
  keyOf: (...args: A) => string,
  f: (...args: A) => T,
  size = 256,
  longest = 2000,
): (...args: A) => T {
  const cache = new Map<string, T>();
  return (...args) => {
    const key = keyOf(...args);
    if (key.length > longest) return f(...args);
    let v = cache.get(key);
    if (v === undefined && !cache.has(key)) {
      if (cache.size >= size) cache.clear();
      v = f(...args);
      cache.set(key, v);
    }
    return v as T;
  };
}

/** `memoBy` for a function of one string, the string its own key. */
export function memo<T>(f: (s: string) => T, size = 256, longest = 2000): (s: string) => T {
  return memoBy((s: string) => s, f, size, longest);
}
