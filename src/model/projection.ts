/**
 * The canonical form of an index projection, shared by the spec and the live side so both compare
 * equal for the same index. Pure.
 */
import { compareCodeUnits } from './order.js';
import type { Projection } from './table-shape.js';

/**
 * An INCLUDE projection without the attributes that are projected anyway: the table's keys and the
 * index's own keys are in every index (DynamoDB accepts them in NonKeyAttributes, as AWS's own
 * CloudFormation example does, but listing them changes nothing). Sorted, de-duplicated; an
 * INCLUDE left with nothing is KEYS_ONLY, which projects exactly the same attributes. Without
 * this, removing a key name from `include:` planned a destructive index rebuild.
 */
export function canonicalProjection(p: Projection, keyNames: Iterable<string>): Projection {
  if (p.type !== 'INCLUDE') return p;
  const keys = new Set(keyNames);
  const attributes = [...new Set(p.attributes)].filter((a) => !keys.has(a)).sort(compareCodeUnits);
  return attributes.length ? { type: 'INCLUDE', attributes } : { type: 'KEYS_ONLY' };
}
