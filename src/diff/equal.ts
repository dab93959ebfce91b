/**
 * Structural equality of normalised shapes (both sides are normalised, so deep equality means "no
 * change"). Plain data only: objects, arrays, strings, numbers, booleans, null. Key order is ignored.
 */
export function same<T>(a: T, b: T): boolean {
  return equal(a, b);
}

function equal(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((item, i) => equal(item, b[i]));
  }
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const keys = Object.keys(ra);
  return keys.length === Object.keys(rb).length && keys.every((k) => Object.hasOwn(rb, k) && equal(ra[k], rb[k]));
}
