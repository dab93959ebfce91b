/**
 * An item's primary key as one compact string, for the duplicate-key map of a load: equal strings
 * exactly when DynamoDB sees the same key. Each part carries a one-letter type tag (S, N, B; `?`
 * for a value of no key type, which checkItem reports anyway); numbers are in DynamoDB's canonical
 * form (`1`, `1.0` and `10e-1` are one key); binaries are their bytes as latin1 (one character
 * per byte, so distinct bytes give distinct strings). With a sort key, the partition part is
 * prefixed with its length, so no choice of characters makes two keys collide.
 */
import { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import type { TableShape } from '../model/table-shape.js';
import { numberTextOf } from './check-values.js';
import { numberKey } from './dynamo-numbers.js';

function keyPart(v: unknown): string {
  if (typeof v === 'string') return `S${v}`;
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof NumberValue) return `N${numberKey(numberTextOf(v))}`;
  if (v instanceof Uint8Array) return `B${Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('latin1')}`;
  return typeof v === 'object' || typeof v === 'function' ? `?${typeof v}` : `?${typeof v}:${String(v)}`;
}

/** The primary key of `item` (see the module comment); works on any item, checked or not. */
export function keyOf(table: TableShape, item: Readonly<Record<string, unknown>>): string {
  const pk = keyPart(item[table.partitionKey.name]);
  return table.sortKey ? `${pk.length}:${pk}${keyPart(item[table.sortKey.name])}` : pk;
}
