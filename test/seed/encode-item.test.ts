/**
 * The loader's one-walk check + marshal (src/seed/encode-item.ts) against the code it replaces on
 * the hot path: the same AttributeValue maps as marshall() for every value type, and acceptance
 * exactly when checkItem finds no problem (so the fast path drops no check that prevents a bad write).
 */
import { expect } from 'chai';
import fc from 'fast-check';
import { NumberValueImpl as NumberValue, marshall } from '@aws-sdk/util-dynamodb';
import { checkItem, keyOf } from '../../src/seed/check-items.js';
import { itemChecker, itemEncoder } from '../../src/seed/encode-item.js';
import { itemSize } from '../../src/seed/item-size.js';
import type { TableShape } from '../../src/model/table-shape.js';
import { cruddurShape, shape } from './helpers.js';

const OPTS = { convertClassInstanceToMap: false, allowImpreciseNumbers: true } as const;
const source = { file: 'fixtures/t/a.ndjson', line: 1, index: 0 };
const problems = (table: TableShape, item: Record<string, unknown>) => checkItem(table, { item, source });

const T = cruddurShape('encode-t');
const NUM = shape('encode-n', { name: 'id', type: 'N' }, { name: 'bin', type: 'B' });

/** Items of every fixture type, each valid for T. */
const VALID: Readonly<Record<string, Record<string, unknown>>> = {
  strings: { pk: 'MSG#1', sk: '2023-01-01T00:00:00Z', message_group_uuid: 'g', empty: '', unicode: 'héllo ✓ 😀' },
  numbers: { pk: 'p', sk: 's', zero: 0, negZero: -0, int: 42, neg: -7.25, big: 1e20, small: 1e-100, exp: 123456789012345680000, max: Number.MAX_SAFE_INTEGER },
  exact: { pk: 'p', sk: 's', n: new NumberValue('12345678901234567890123456789012345678'), tiny: new NumberValue('1E-130'), huge: new NumberValue('9.9999999999999999999999999999999999999E+125'), bi: 12345678901234567890n },
  binary: { pk: 'p', sk: 's', b: new Uint8Array([0, 1, 255]), buf: Buffer.from('hello'), emptyBin: new Uint8Array(0) },
  scalars: { pk: 'p', sk: 's', yes: true, no: false, nothing: null },
  containers: { pk: 'p', sk: 's', list: [1, 'x', true, null, { m: [] }], map: { nested: { deeper: [1, 2, { a: 'b' }] } }, emptyList: [], emptyMap: {} },
  sets: { pk: 'p', sk: 's', ss: new Set(['a', 'b', '']), ns: new Set([1, 2.5, new NumberValue('3'), 4n]), ns2: new Set([new NumberValue('1.5'), 2]), bs: new Set([new Uint8Array([1]), new Uint8Array([2, 3])]) },
  deep: { pk: 'p', sk: 's', d: JSON.parse(`${'['.repeat(31)}1${']'.repeat(31)}`) as unknown, m: JSON.parse(`${'{"a":'.repeat(31)}1${'}'.repeat(31)}`) as unknown },
  indexKeyAbsent: { pk: 'p', sk: 's', other: 'no message_group_uuid: an index key may be left out' },
  nullPrototype: Object.assign(Object.create(null) as Record<string, unknown>, { pk: 'p', sk: 's', v: 1 }),
};

/** Items checkItem refuses; each must take the slow path (the encoder returns null). */
const INVALID: Readonly<Record<string, Record<string, unknown>>> = {
  missingPk: { sk: 's' },
  missingSk: { pk: 'p' },
  pkWrongType: { pk: 1, sk: 's' },
  pkEmpty: { pk: '', sk: 's' },
  pkTooLong: { pk: 'x'.repeat(2049), sk: 's' },
  pkTooLongInUtf8: { pk: 'é'.repeat(1025), sk: 's' },
  skTooLong: { pk: 'p', sk: 'x'.repeat(1025) },
  indexKeyWrongType: { pk: 'p', sk: 's', message_group_uuid: 5 },
  indexKeyEmpty: { pk: 'p', sk: 's', message_group_uuid: '' },
  indexKeyNull: { pk: 'p', sk: 's', message_group_uuid: null },
  nan: { pk: 'p', sk: 's', v: Number.NaN },
  infinity: { pk: 'p', sk: 's', v: Number.POSITIVE_INFINITY },
  doubleTooBig: { pk: 'p', sk: 's', v: 1e200 },
  doubleTooSmall: { pk: 'p', sk: 's', v: 1e-200 },
  tooManyDigits: { pk: 'p', sk: 's', v: new NumberValue('123456789012345678901234567890123456789') },
  exponentTooBig: { pk: 'p', sk: 's', v: new NumberValue('1E+126') },
  bigintTooLong: { pk: 'p', sk: 's', v: 10n ** 40n + 1n },
  notANumber: { pk: 'p', sk: 's', v: new NumberValue('12abc') },
  emptySet: { pk: 'p', sk: 's', v: new Set() },
  mixedSet: { pk: 'p', sk: 's', v: new Set(['a', 1]) },
  repeatedNumberInSet: { pk: 'p', sk: 's', v: new Set([1, new NumberValue('1.0')]) },
  setOfBooleans: { pk: 'p', sk: 's', v: new Set([true]) },
  tooDeepList: { pk: 'p', sk: 's', d: JSON.parse(`${'['.repeat(33)}1${']'.repeat(33)}`) as unknown },
  tooDeepMap: { pk: 'p', sk: 's', m: JSON.parse(`${'{"a":'.repeat(33)}1${'}'.repeat(33)}`) as unknown },
  emptyName: { pk: 'p', sk: 's', '': 1 },
  emptyNestedName: { pk: 'p', sk: 's', m: { '': 1 } },
  undefinedValue: { pk: 'p', sk: 's', v: undefined },
  undefinedInList: { pk: 'p', sk: 's', v: [1, undefined] },
  func: { pk: 'p', sk: 's', v: () => 1 },
  date: { pk: 'p', sk: 's', v: new Date(0) },
  map: { pk: 'p', sk: 's', v: new Map([['a', 1]]) },
  classInstance: { pk: 'p', sk: 's', v: new (class Point { x = 1 })() },
  tooLarge: { pk: 'p', sk: 's', big: 'x'.repeat(400 * 1024) },
  tooLargeInUtf8: { pk: 'p', sk: 's', big: 'é'.repeat(205 * 1024) },
};

describe('one-walk item check and marshal (encode-item)', () => {
  const encode = itemEncoder(T);
  const check = itemChecker(T);

  for (const [name, item] of Object.entries(VALID)) {
    it(`${name}: the same AttributeValues as marshall(), the same key as keyOf(), and checkItem agrees`, () => {
      expect(problems(T, item)).to.deep.equal([]);
      const got = encode(item);
      expect(got, 'encoded').to.not.equal(null);
      expect(got?.item).to.deep.equal(marshall(item, OPTS));
      expect(got?.key).to.equal(keyOf(T, item));
      expect(got?.bytes).to.be.at.least(itemSize(item));
      // The checking walk (no AttributeValues built) agrees on acceptance, key and size bound.
      expect(check(item)).to.deep.equal({ item: {}, key: got?.key, bytes: got?.bytes });
    });
  }

  for (const [name, item] of Object.entries(INVALID)) {
    it(`${name}: refused by the fast path and reported by checkItem`, () => {
      expect(problems(T, item), 'checkItem problems').to.not.deep.equal([]);
      expect(encode(item)).to.equal(null);
      expect(check(item)).to.equal(null);
    });
  }

  it('a multi-attribute index key: each of its attributes is type-checked, and each may be absent', () => {
    const multi = shape('encode-multi', { name: 'pk', type: 'S' }, null, [
      { name: 'by-ab', partitionKey: [{ name: 'a', type: 'S' }, { name: 'b', type: 'N' }], sortKey: [{ name: 'c', type: 'S' }, { name: 'd', type: 'N' }], projection: { type: 'ALL' }, capacity: null, onDemand: { maxRead: null, maxWrite: null } },
    ]);
    const ok = { pk: 'p', a: 'x', b: 1, c: 'y', d: 2 };
    expect(problems(multi, ok)).to.deep.equal([]);
    expect(itemEncoder(multi)(ok)?.item).to.deep.equal(marshall(ok, OPTS));
    expect(itemChecker(multi)({ pk: 'p', a: 'x' }), 'index attributes may be left out').to.not.equal(null);
    for (const bad of [{ pk: 'p', b: 'not a number' }, { pk: 'p', d: 'not a number' }, { pk: 'p', a: 7 }]) {
      expect(problems(multi, bad), JSON.stringify(bad)).to.not.deep.equal([]);
      expect(itemEncoder(multi)(bad), JSON.stringify(bad)).to.equal(null);
      expect(itemChecker(multi)(bad), JSON.stringify(bad)).to.equal(null);
    }
  });

  it('an item just under 400 KB passes (the size bound is exact near the limit)', () => {
    const item = { pk: 'p', sk: 's', big: 'x'.repeat(400 * 1024 - 100) };
    expect(itemSize(item)).to.be.below(400 * 1024);
    expect(encode(item)?.item).to.deep.equal(marshall(item, OPTS));
  });

  it('number and binary keys: typed, canonical numbers, latin1 bytes', () => {
    const enc = itemEncoder(NUM);
    const a = enc({ id: 1, bin: new Uint8Array([1, 2]) });
    expect(a?.item).to.deep.equal({ id: { N: '1' }, bin: { B: new Uint8Array([1, 2]) } });
    expect(a?.key).to.equal(enc({ id: new NumberValue('1.0'), bin: Buffer.from([1, 2]) })?.key);
    expect(a?.key).to.equal(enc({ id: 10n ** 0n, bin: new Uint8Array([1, 2]) })?.key);
    expect(enc({ id: 1, bin: new Uint8Array(0) })).to.equal(null);
    expect(enc({ id: 1, bin: new Uint8Array(1025) })).to.equal(null);
    expect(enc({ id: '1', bin: new Uint8Array([1]) })).to.equal(null);
  });

  it('an attribute named __proto__ is an own attribute of the marshalled item (marshall() dropped it)', () => {
    const item = JSON.parse('{"pk":"p","sk":"s","__proto__":"kept","m":{"__proto__":{"x":1}}}') as Record<string, unknown>;
    expect(problems(T, item)).to.deep.equal([]);
    const got = encode(item)?.item ?? {};
    expect(Object.keys(got)).to.deep.equal(['pk', 'sk', '__proto__', 'm']);
    expect(Object.getOwnPropertyDescriptor(got, '__proto__')?.value).to.deep.equal({ S: 'kept' });
    expect(Object.keys(got['m']?.M ?? {})).to.deep.equal(['__proto__']);
    // What marshall() gives: the attribute is lost (it became the map's prototype).
    expect(Object.keys(marshall(item, OPTS))).to.deep.equal(['pk', 'sk', 'm']);
  });
});

describe('keyOf: one string per DynamoDB key', () => {
  const k = (item: Record<string, unknown>) => keyOf(T, item);

  it('no split of characters between partition and sort key makes two keys equal', () => {
    expect(k({ pk: 'ab', sk: 'c' })).to.not.equal(k({ pk: 'a', sk: 'bc' }));
    expect(k({ pk: 'a\u0000b', sk: 'c' })).to.not.equal(k({ pk: 'a', sk: 'b\u0000c' }));
    expect(k({ pk: '1:a', sk: 'b' })).to.not.equal(k({ pk: '1', sk: ':ab' }));
  });

  it('a number and a string of the same digits are different keys; 1, 1.0 and 10e-1 are one', () => {
    const n = shape('encode-k', { name: 'pk', type: 'S' }, { name: 'sk', type: 'N' });
    expect(keyOf(n, { pk: 'p', sk: 1 })).to.equal(keyOf(n, { pk: 'p', sk: new NumberValue('10e-1') }));
    expect(keyOf(n, { pk: 'p', sk: 1 })).to.equal(keyOf(n, { pk: 'p', sk: new NumberValue('1.0') }));
    expect(keyOf(n, { pk: 'p', sk: 1 })).to.not.equal(keyOf(n, { pk: 'p', sk: '1' }));
  });

  it('binaries: distinct bytes, distinct keys; a missing or odd value does not throw', () => {
    const b = shape('encode-b', { name: 'pk', type: 'B' }, null);
    expect(keyOf(b, { pk: new Uint8Array([0xc3, 0xa9]) })).to.not.equal(keyOf(b, { pk: new Uint8Array([0xe9]) }));
    expect(keyOf(b, { pk: Buffer.from([1, 2, 3]).subarray(1) })).to.equal(keyOf(b, { pk: new Uint8Array([2, 3]) }));
    expect(() => keyOf(T, { pk: Object.create(null) as object })).to.not.throw();
    expect(keyOf(T, {})).to.be.a('string');
  });
});

/** Values of every kind DynamoDB stores, and some it does not. */
function values(valid: boolean): fc.Arbitrary<unknown> {
  const leaf: fc.Arbitrary<unknown>[] = [
    fc.string(),
    fc.double({ noNaN: valid, noDefaultInfinity: valid, min: valid ? -1e100 : undefined, max: valid ? 1e100 : undefined }),
    fc.integer(),
    fc.boolean(),
    fc.constant(null),
    fc.uint8Array({ maxLength: 8 }),
    fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
    fc.stringMatching(/^-?[1-9]\d{0,37}(\.\d{1,5})?$/).map((s) => new NumberValue(s)),
    fc.uniqueArray(fc.string(), { minLength: 1, maxLength: 4 }).map((xs) => new Set(xs)),
    fc.uniqueArray(fc.integer(), { minLength: 1, maxLength: 4 }).map((xs) => new Set(xs)),
  ];
  if (!valid) {
    leaf.push(
      fc.constant(undefined),
      fc.constant(new Set()),
      fc.constant(new Set(['a', 1])),
      fc.constant(new NumberValue('1E+200')),
      fc.constant(1e300),
      fc.constant(new Date(0)),
      fc.constant(''),
    );
  }
  const { tree } = fc.letrec((tie) => ({
    tree: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.oneof(...leaf), fc.array(tie('tree'), { maxLength: 4 }), fc.dictionary(valid ? fc.string({ minLength: 1 }) : fc.string(), tie('tree'), { maxKeys: 4 })),
  }));
  return tree;
}

const items = (valid: boolean) =>
  fc.record({
    pk: valid ? fc.string({ minLength: 1, maxLength: 40 }) : fc.oneof(fc.string({ maxLength: 40 }), fc.integer(), fc.constant(undefined)),
    sk: valid ? fc.string({ minLength: 1, maxLength: 40 }) : fc.oneof(fc.string({ maxLength: 40 }), fc.constant(null)),
    message_group_uuid: fc.option(valid ? fc.string({ minLength: 1 }) : fc.oneof(fc.string(), fc.integer()), { nil: undefined }),
    rest: fc.dictionary(fc.string({ minLength: valid ? 1 : 0, maxLength: 6 }), values(valid), { maxKeys: 5 }),
  }).map(({ pk, sk, message_group_uuid, rest }) => {
    const item: Record<string, unknown> = { ...rest, pk, sk };
    if (message_group_uuid !== undefined) item['message_group_uuid'] = message_group_uuid;
    else delete item['message_group_uuid'];
    if (pk === undefined) delete item['pk'];
    return item;
  });

describe('encode-item against checkItem and marshall, on generated items', () => {
  const encode = itemEncoder(T);
  const check = itemChecker(T);

  it('every valid item: accepted, exactly marshall(), exactly keyOf(), bound >= itemSize', () => {
    fc.assert(
      fc.property(items(true), (item) => {
        if (problems(T, item).length > 0) return; // e.g. a repeated set element after NumberValue spelling
        const got = encode(item);
        expect(got, JSON.stringify(item, (_k, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v))).to.not.equal(null);
        expect(got?.item).to.deep.equal(marshall(item, OPTS));
        expect(got?.key).to.equal(keyOf(T, item));
        expect(got?.bytes).to.be.at.least(itemSize(item));
      }),
      { numRuns: 400 },
    );
  });

  it('any item: the fast path accepts it exactly when checkItem finds no problem', () => {
    fc.assert(
      fc.property(items(false), (item) => {
        const ok = problems(T, item).length === 0;
        expect(encode(item) !== null).to.equal(ok);
        expect(check(item) !== null).to.equal(ok);
      }),
      { numRuns: 800 },
    );
  });
});
