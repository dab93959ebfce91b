/**
 * Key value conversion for a replacement, on raw AttributeValue maps so nothing else in an item is
 * touched: S -> N (numeric strings only), N -> S, S -> B (UTF-8 bytes), B -> S (valid UTF-8 only).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';
import type { AttributeType, TableShape } from '../model/table-shape.js';
import type { KeyRule } from './types.js';

export type RawItem = Record<string, AttributeValue>;

export type Converted = { readonly ok: true; readonly item: RawItem } | { readonly ok: false; readonly reason: string };

const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
/** DynamoDB numbers: up to 38 significant digits, magnitude 1E-130 .. 9.99E+125. */
const MAX_DIGITS = 38;

/** A number in one spelling per value ("1.50", "+1.5", "15e-1" -> "15e-1"), or null if not a DynamoDB number. */
export function canonicalNumber(text: string): string | null {
  const m = NUMBER.exec(text);
  if (!m) return null;
  const negative = text.startsWith('-');
  const [mantissa = '', exp = '0'] = text.replace(/^[+-]/, '').toLowerCase().split('e');
  const [whole = '', frac = ''] = mantissa.split('.');
  let digits = `${whole}${frac}`.replace(/^0+/, '');
  if (digits === '') return '0';
  let exponent = Number(exp) - frac.length;
  const trailing = /0*$/.exec(digits)?.[0].length ?? 0;
  digits = digits.slice(0, digits.length - trailing);
  exponent += trailing;
  if (digits.length > MAX_DIGITS) return null;
  const magnitude = exponent + digits.length - 1;
  if (magnitude > 125 || magnitude < -130) return null;
  return `${negative ? '-' : ''}${digits}e${exponent}`;
}

export function typeOf(v: AttributeValue): string {
  return Object.keys(v).find((k) => (v as unknown as Record<string, unknown>)[k] !== undefined) ?? '?';
}

const decoder = new TextDecoder('utf-8', { fatal: true });

/** `value` as type `to`, or the reason it cannot be. */
export function convertValue(value: AttributeValue, to: AttributeType): AttributeValue | string {
  const from = typeOf(value);
  if (from === to) return value;
  if (to === 'N' && value.S !== undefined) {
    return canonicalNumber(value.S) !== null ? { N: value.S } : `${JSON.stringify(value.S)} is not a number`;
  }
  if (to === 'S' && value.N !== undefined) return { S: value.N };
  if (to === 'B' && value.S !== undefined) return { B: new TextEncoder().encode(value.S) };
  if (to === 'S' && value.B !== undefined) {
    try {
      return { S: decoder.decode(value.B) };
    } catch {
      return 'binary value is not UTF-8 text';
    }
  }
  return `a ${from} value cannot become ${to}`;
}

/** `item` with every key attribute of the new shape in its new type, or why it cannot be copied. */
export function convertItem(item: RawItem, rules: readonly KeyRule[]): Converted {
  let out: RawItem | null = null;
  for (const rule of rules) {
    const value = item[rule.attribute];
    if (value === undefined) {
      if (rule.required) return { ok: false, reason: `has no ${rule.attribute} (${rule.role} of the new table)` };
      continue;
    }
    const converted = convertValue(value, rule.type);
    if (typeof converted === 'string') return { ok: false, reason: `${rule.attribute} (${rule.role}): ${converted}` };
    if (converted !== value) {
      out ??= { ...item };
      out[rule.attribute] = converted;
    }
  }
  return { ok: true, item: out ?? item };
}

/** One spelling per key value, so two items that would land on the same key compare equal. */
function keyPart(v: AttributeValue | undefined): string {
  if (v === undefined) return '-';
  if (v.N !== undefined) return `N:${canonicalNumber(v.N) ?? v.N}`;
  if (v.B !== undefined) return `B:${Buffer.from(v.B).toString('base64')}`;
  return `S:${v.S ?? ''}`;
}

/** The primary key of `item` in `shape`, as a string for duplicate detection. */
export function keyString(shape: TableShape, item: RawItem): string {
  return `${keyPart(item[shape.partitionKey.name])}|${shape.sortKey ? keyPart(item[shape.sortKey.name]) : ''}`;
}

/** The key attributes of `item` in `shape`, printable, for messages. */
export function printableKey(shape: TableShape, item: RawItem): Record<string, string> {
  const key: Record<string, string> = {};
  for (const k of [shape.partitionKey, shape.sortKey]) {
    const v = k ? item[k.name] : undefined;
    if (k && v) key[k.name] = v.B !== undefined ? Buffer.from(v.B).toString('base64') : (v.S ?? v.N ?? '?');
  }
  return key;
}
