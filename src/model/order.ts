/**
 * The one ordering both sides of a diff use: code-unit order, independent of the locale, so the
 * spec and the live table normalise to deep-equal shapes.
 */

export function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Comparator for anything with a `name` (tables, indexes). */
export function byName<T extends { readonly name: string }>(a: T, b: T): number {
  return compareCodeUnits(a.name, b.name);
}

/** A copy with keys sorted. `fromEntries` defines own properties, so even `__proto__` stays a plain key. */
export function sortedRecord(r: Readonly<Record<string, string>>): Readonly<Record<string, string>> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => compareCodeUnits(a, b)));
}
