/** Structural equality of normalised shapes (both sides are normalised, so deep equality means "no change"). */
import { isDeepStrictEqual } from 'node:util';

export function same<T>(a: T, b: T): boolean {
  return isDeepStrictEqual(a, b);
}
