/**
 * Remembers the last results of a pure function of a string: plans repeat the same cells
 * (a lead unit, a deadline) on thousands of rows, and a statement is masked by several steps.
 * The cache is emptied when full, so memory stays bounded whatever the input.
 */
export function memo<T>(f: (s: string) => T, size = 256): (s: string) => T {
  const cache = new Map<string, T>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined && !cache.has(s)) {
      if (cache.size >= size) cache.clear();
      v = f(s);
      cache.set(s, v);
    }
    return v as T;
  };
}
