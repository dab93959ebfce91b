/**
 * Count and order-independent content checksum of items: each item is hashed in a canonical form
 * (attributes sorted, numbers in one spelling, sets sorted) and the hashes are added modulo 2^128,
 * so the sum is the same in any scan order and segments can be summed separately. A sum, not an
 * XOR: an item stored twice or lost changes it.
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { createHash } from 'node:crypto';
import { canonicalNumber, type RawItem } from './convert.js';
import type { ItemDigest } from './types.js';

const MOD = 1n << 128n;

function canonical(v: AttributeValue): unknown {
  if (v.S !== undefined) return { S: v.S };
  if (v.N !== undefined) return { N: canonicalNumber(v.N) ?? v.N };
  if (v.B !== undefined) return { B: Buffer.from(v.B).toString('base64') };
  if (v.BOOL !== undefined) return { BOOL: v.BOOL };
  if (v.NULL !== undefined) return { NULL: true };
  if (v.SS !== undefined) return { SS: [...v.SS].sort() };
  if (v.NS !== undefined) return { NS: v.NS.map((n) => canonicalNumber(n) ?? n).sort() };
  if (v.BS !== undefined) return { BS: v.BS.map((b) => Buffer.from(b).toString('base64')).sort() };
  if (v.L !== undefined) return { L: v.L.map(canonical) };
  if (v.M !== undefined) return { M: canonicalMap(v.M) };
  return { '?': Object.keys(v) };
}

function canonicalMap(m: Record<string, AttributeValue>): [string, unknown][] {
  return Object.keys(m)
    .sort()
    .map((k) => [k, canonical(m[k] as AttributeValue)]);
}

/** A running digest: add items (in any order), merge digests of segments, read the result. */
export class DigestAccumulator {
  private count = 0;
  private sum = 0n;

  add(item: RawItem): void {
    const hash = createHash('sha256').update(JSON.stringify(canonicalMap(item))).digest();
    this.sum = (this.sum + BigInt(`0x${hash.subarray(0, 16).toString('hex')}`)) % MOD;
    this.count += 1;
  }

  merge(other: DigestAccumulator): void {
    this.sum = (this.sum + other.sum) % MOD;
    this.count += other.count;
  }

  digest(): ItemDigest {
    return { count: this.count, checksum: this.sum.toString(16).padStart(32, '0') };
  }
}

export function sameDigest(a: ItemDigest, b: ItemDigest): boolean {
  return a.count === b.count && a.checksum === b.checksum;
}
