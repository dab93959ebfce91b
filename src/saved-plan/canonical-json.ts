/**
 * Canonical JSON for hashing: object keys sorted (by UTF-16 code unit, like `Array.prototype.sort`),
 * no whitespace, `undefined` members left out as `JSON.stringify` does. Pure, so the same value
 * always gives the same bytes whatever order its keys were built in.
 */

/** The canonical text of `value`; throws on values JSON cannot represent (NaN, functions, cycles). */
export function canonicalJson(value: unknown): string {
  return write(value, new Set());
}

function write(value: unknown, seen: Set<object>): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${value} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      return writeObject(value, seen);
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} has no JSON form`);
  }
}

function writeObject(value: object, seen: Set<object>): string {
  if (seen.has(value)) throw new TypeError('canonicalJson: cyclic value');
  seen.add(value);
  try {
    if (Array.isArray(value)) {
      // Arrays keep their order (it is meaningful: steps, sorted index lists); holes become null.
      return `[${Array.from(value, (v) => (v === undefined ? 'null' : write(v, seen))).join(',')}]`;
    }
    const record = value as Record<string, unknown>;
    const members = Object.keys(record)
      .filter((k) => record[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${write(record[k], seen)}`);
    return `{${members.join(',')}}`;
  } finally {
    seen.delete(value);
  }
}
