/**
 * The loader's hot path: one walk over an item both checks it and builds its AttributeValue map
 * (what `marshall(item, { convertClassInstanceToMap: false, allowImpreciseNumbers: true })` gives,
 * exactly, for every item that can be written), plus its primary key for the duplicate map.
 *
 * It accepts only items that pass every check of checkItem (key attributes present, typed, not
 * empty, within size; values DynamoDB stores; nesting; the 400 KB item size) and returns null for
 * anything else, so the caller runs checkItem, which says what is wrong. Cheap by construction:
 * sizes are bounded by 3 bytes per UTF-16 unit and computed exactly only when the bound passes
 * 400 KB; a JS number inside DynamoDB's range needs no text parsing (a double has at most 17
 * significant digits, within the 38 DynamoDB keeps).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import { NumberValueImpl as NumberValue } from '@aws-sdk/util-dynamodb';
import type { AttributeType, TableShape } from '../model/table-shape.js';
import { MAX_NESTING, badValue, numberTextOf } from './check-values.js';
import { numberProblem } from './dynamo-numbers.js';
import { keyOf } from './item-key.js';
import { MAX_ITEM_BYTES, MAX_PARTITION_KEY_BYTES, MAX_SORT_KEY_BYTES, itemSize, valueSize } from './item-size.js';

export interface EncodedItem {
  /** The item as DynamoDB receives it (PutRequest.Item). */
  readonly item: Record<string, AttributeValue>;
  /** Its primary key as keyOf() spells it. */
  readonly key: string;
  /** An upper bound of its size in bytes (at most 3 per UTF-16 unit of its strings). */
  readonly bytes: number;
}

export type ItemEncoder = (item: Readonly<Record<string, unknown>>) => EncodedItem | null;

interface KeyCheck {
  readonly name: string;
  readonly type: AttributeType;
  /** An index key may be absent; a table key may not. */
  readonly optional: boolean;
  readonly max: number;
}

/** Key attributes of the table and its indexes, each once (the table's role wins, as in checkItem). */
function keyChecks(table: TableShape): KeyCheck[] {
  const out: KeyCheck[] = [];
  const add = (name: string, type: AttributeType, optional: boolean, max: number) => {
    if (!out.some((k) => k.name === name)) out.push({ name, type, optional, max });
  };
  add(table.partitionKey.name, table.partitionKey.type, false, MAX_PARTITION_KEY_BYTES);
  if (table.sortKey) add(table.sortKey.name, table.sortKey.type, false, MAX_SORT_KEY_BYTES);
  for (const g of table.globalIndexes) {
    // A multi-attribute index key: each attribute is checked on its own, as checkItem does.
    for (const a of g.partitionKey) add(a.name, a.type, true, MAX_PARTITION_KEY_BYTES);
    for (const a of g.sortKey) add(a.name, a.type, true, MAX_SORT_KEY_BYTES);
  }
  for (const l of table.localIndexes) add(l.sortKey.name, l.sortKey.type, true, MAX_SORT_KEY_BYTES);
  return out;
}

/** Whether a key attribute's value has the declared type and a size DynamoDB accepts. */
function keyValueOk(v: unknown, k: KeyCheck): boolean {
  switch (k.type) {
    case 'S':
      return typeof v === 'string' && v.length > 0 && (v.length * 3 <= k.max || Buffer.byteLength(v, 'utf8') <= k.max);
    case 'N':
      return (typeof v === 'number' && Number.isFinite(v)) || typeof v === 'bigint' || v instanceof NumberValue;
    case 'B':
      return v instanceof Uint8Array && v.byteLength > 0 && v.byteLength <= k.max;
  }
}

/** A double DynamoDB stores as it is: 0, or a magnitude well inside 1E-130 .. 1E+126 (others are parsed). */
const plainDouble = (v: number): boolean => {
  const a = Math.abs(v);
  return a === 0 || (a > 1e-120 && a < 1e120);
};

/** Sets out of this walk: checked by check-values' own rules (rare in fixtures). */
function encodeSet(v: Set<unknown>): AttributeValue | null {
  if (badValue(v, '') !== null) return null;
  const first = v.values().next().value;
  if (typeof first === 'string') return { SS: [...v] as string[] };
  if (first instanceof Uint8Array) return { BS: [...v] as Uint8Array[] };
  return { NS: Array.from(v, (x) => numberTextOf(x as number | bigint | NumberValue)) };
}

/** Defines `key` on `out` as an own property, even `__proto__` (an assignment would set the prototype). */
function put(out: Record<string, AttributeValue>, key: string, value: AttributeValue): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** What a checking walk (build = false) returns for a good value: nothing is allocated. */
const GOOD: AttributeValue = Object.freeze({ NULL: true });

const NO_ATTRIBUTES: Record<string, AttributeValue> = Object.freeze({}) as Record<string, AttributeValue>;

/** One item's walk; `bytes` accumulates the size bound. `build`: make the AttributeValues, or only check. */
class Walk {
  bytes = 0;

  constructor(private readonly build: boolean) {}

  value(v: unknown, depth: number): AttributeValue | null {
    switch (typeof v) {
      case 'string':
        this.bytes += 3 * v.length;
        return this.build ? { S: v } : GOOD;
      case 'number': {
        if (!Number.isFinite(v)) return null;
        const text = String(v);
        if (!plainDouble(v) && numberProblem(text) !== null) return null;
        this.bytes += text.length + 1;
        return this.build ? { N: text } : GOOD;
      }
      case 'boolean':
        this.bytes += 1;
        return this.build ? { BOOL: v } : GOOD;
      case 'bigint': {
        const text = v.toString();
        if (numberProblem(text) !== null) return null;
        this.bytes += text.length + 1;
        return this.build ? { N: text } : GOOD;
      }
      case 'object':
        return this.object(v, depth);
      default:
        return null;
    }
  }

  private object(v: object | null, depth: number): AttributeValue | null {
    if (v === null) {
      this.bytes += 1;
      return this.build ? { NULL: true } : GOOD;
    }
    if (Array.isArray(v)) {
      if (depth >= MAX_NESTING) return null;
      this.bytes += 3 + v.length;
      const list: AttributeValue[] | null = this.build ? new Array(v.length) : null;
      for (let i = 0; i < v.length; i += 1) {
        const x = this.value(v[i], depth + 1);
        if (x === null) return null;
        if (list) list[i] = x;
      }
      return list ? { L: list } : GOOD;
    }
    if (v instanceof Uint8Array) {
      this.bytes += v.byteLength;
      return this.build ? { B: v } : GOOD;
    }
    if (v instanceof NumberValue) {
      if (numberProblem(v.value) !== null) return null;
      this.bytes += v.value.length + 1;
      return this.build ? { N: v.value } : GOOD;
    }
    if (v instanceof Set) {
      const set = encodeSet(v);
      if (set !== null) this.bytes += valueSize(v);
      return set !== null && !this.build ? GOOD : set;
    }
    if (Object.getPrototypeOf(v) !== Object.prototype || depth >= MAX_NESTING) return null;
    const map = this.map(v as Readonly<Record<string, unknown>>, depth + 1);
    this.bytes += 3;
    return map === null ? null : this.build ? { M: map } : GOOD;
  }

  /** A map's (or the item's) attributes (an empty map when only checking); null when one is bad or has an empty name. */
  map(v: Readonly<Record<string, unknown>>, depth: number): Record<string, AttributeValue> | null {
    const out: Record<string, AttributeValue> = this.build ? {} : NO_ATTRIBUTES;
    for (const k of Object.keys(v)) {
      if (k === '') return null;
      const x = this.value(v[k], depth);
      if (x === null) return null;
      this.bytes += 3 * k.length + 1;
      if (this.build) put(out, k, x);
    }
    return out;
  }
}

function compile(table: TableShape, build: boolean): ItemEncoder {
  const keys = keyChecks(table);
  return (item) => {
    // marshall() takes a plain (or null-prototype) object; anything else goes the slow way.
    const proto = Object.getPrototypeOf(item) as unknown;
    if (proto !== Object.prototype && proto !== null) return null;
    for (const k of keys) {
      const v = item[k.name];
      if (v === undefined ? !k.optional : !keyValueOk(v, k)) return null;
    }
    const walk = new Walk(build);
    const out = walk.map(item, 0);
    if (out === null) return null;
    // The bound is loose (3 bytes per unit, 1 per map entry): count exactly only near the limit.
    if (walk.bytes > MAX_ITEM_BYTES && itemSize(item) > MAX_ITEM_BYTES) return null;
    return { item: out, key: keyOf(table, item), bytes: walk.bytes };
  };
}

/** The hot-path checker and marshaller for one table's items. */
export function itemEncoder(table: TableShape): ItemEncoder {
  return compile(table, true);
}

/**
 * The same checks without building the AttributeValues (`item` is an empty map): for a pass that
 * only checks, so it allocates next to nothing.
 */
export function itemChecker(table: TableShape): ItemEncoder {
  return compile(table, false);
}
