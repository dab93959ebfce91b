import { expect } from 'chai';
import type { LiveTable, TableShape } from '../../src/model/table-shape.js';
import { canonicalJson } from '../../src/saved-plan/canonical-json.js';
import { changedTables, liveFacts, liveFingerprint, specChecksum, tableFingerprints } from '../../src/saved-plan/fingerprint.js';
import { gsi, live, liveMap, lsi, onDemand, provisioned, table } from '../support/builders.js';

/** Rebuilds `value` with every object's keys in reverse order (same data, other key order). */
function reverseKeys<T>(value: T): T {
  if (Array.isArray(value)) return value.map(reverseKeys) as T;
  if (value && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value as Record<string, unknown>).reverse().map(([k, v]) => [k, reverseKeys(v)])) as T;
  }
  return value;
}

const base = (): TableShape =>
  table({
    globalIndexes: [gsi('by-group')],
    localIndexes: [lsi('by-date')],
    stream: 'NEW_IMAGE',
    ttl: 'expires_at',
    tags: { project: 'cruddur', team: 'core' },
  });

const fingerprintOf = (...tables: LiveTable[]) => liveFingerprint(liveFacts(['messages', 'other'], liveMap(...tables)));

describe('canonicalJson', () => {
  it('sorts keys at every depth and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [3, { z: 1, y: 2 }], c: undefined } })).to.equal('{"a":{"d":[3,{"y":2,"z":1}]},"b":1}');
  });

  it('keeps array order and refuses values JSON cannot hold', () => {
    expect(canonicalJson([2, 1])).to.equal('[2,1]');
    expect(() => canonicalJson({ n: Number.NaN })).to.throw(/NaN/);
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    expect(() => canonicalJson(cyclic)).to.throw(/cyclic/);
  });
});

describe('live fingerprint', () => {
  it('is stable across key order and across the order tables were read in', () => {
    const shape = base();
    const a = fingerprintOf(live(shape, { unsupported: ['tags', 'pointInTimeRecovery'] }));
    const other = live(table({ name: 'other' }));
    const a2 = fingerprintOf(live(shape, { unsupported: ['tags', 'pointInTimeRecovery'] }), other);
    const b = liveFingerprint(
      liveFacts(
        ['messages', 'other'],
        new Map([
          ['other', other],
          ['messages', live(reverseKeys(shape), { unsupported: ['pointInTimeRecovery', 'tags'] })],
        ]),
      ),
    );
    expect(b).to.equal(a2);
    expect(a).to.match(/^[0-9a-f]{64}$/);
  });

  it('does not change with item count, size or ARNs (data writes do not stale a plan)', () => {
    const t = live(base());
    expect(fingerprintOf({ ...t, itemCount: 1_000, sizeBytes: 99, arn: 'x', streamArn: 'y' })).to.equal(fingerprintOf(t));
  });

  const mutations: ReadonlyArray<readonly [string, (s: TableShape) => TableShape]> = [
    ['name', (s) => ({ ...s, name: 'messages2' })],
    ['partitionKey', (s) => ({ ...s, partitionKey: { name: 'pk', type: 'N' } })],
    ['sortKey', (s) => ({ ...s, sortKey: null })],
    ['billing mode', (s) => ({ ...s, billing: onDemand() })],
    ['billing capacity', (s) => ({ ...s, billing: provisioned(5, 6) })],
    ['GSI capacity', (s) => ({ ...s, globalIndexes: [gsi('by-group', { capacity: { read: 1, write: 5 } })] })],
    ['GSI projection', (s) => ({ ...s, globalIndexes: [gsi('by-group', { projection: { type: 'KEYS_ONLY' } })] })],
    ['GSI added', (s) => ({ ...s, globalIndexes: [gsi('by-group'), gsi('by-user')] })],
    ['LSI', (s) => ({ ...s, localIndexes: [] })],
    ['stream', (s) => ({ ...s, stream: 'KEYS_ONLY' })],
    ['ttl', (s) => ({ ...s, ttl: null })],
    ['pointInTimeRecovery', (s) => ({ ...s, pointInTimeRecovery: true })],
    ['pointInTimeRecoveryDays', (s) => ({ ...s, pointInTimeRecovery: true, pointInTimeRecoveryDays: 7 })],
    ['sse', (s) => ({ ...s, sse: { type: 'KMS', kmsKey: null } })],
    ['warmThroughput', (s) => ({ ...s, warmThroughput: { read: 12000, write: 4000 } })],
    ['GSI warm throughput', (s) => ({ ...s, globalIndexes: [gsi('by-group', { warmThroughput: { read: 1, write: 1 } })] })],
    ['deletionProtection', (s) => ({ ...s, deletionProtection: true })],
    ['contributorInsights', (s) => ({ ...s, contributorInsights: { table: 'THROTTLED_KEYS', indexes: {} } })],
    ['contributorInsights of a GSI', (s) => ({ ...s, contributorInsights: { table: null, indexes: { 'by-group': 'ACCESSED_AND_THROTTLED_KEYS' } } })],
    ['resourcePolicy', (s) => ({ ...s, resourcePolicy: '{"Statement":[],"Version":"2012-10-17"}' })],
    ['kinesisDestination', (s) => ({ ...s, kinesisDestination: { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', precision: 'MILLISECOND' } })],
    ['tableClass', (s) => ({ ...s, tableClass: 'STANDARD_INFREQUENT_ACCESS' })],
    ['replicas', (s) => ({ ...s, replicas: [{ region: 'eu-west-1', kmsKey: null, tableClass: null, read: null, maxRead: null, indexes: {}, pointInTimeRecovery: false, deletionProtection: false, tags: {} }] })],
    ['autoscaling range', (s) => ({ ...s, autoscaling: { table: { read: { min: 5, max: 100, targetUtilization: 70 }, write: null }, indexes: {} } })],
    ['autoscaling of a GSI', (s) => ({ ...s, autoscaling: { table: { read: null, write: null }, indexes: { 'by-group': { read: null, write: { min: 1, max: 10, targetUtilization: null } } } } })],
    ['a tag value', (s) => ({ ...s, tags: { project: 'cruddur', team: 'edge' } })],
    ['a tag removed', (s) => ({ ...s, tags: { project: 'cruddur' } })],
  ];

  it('the mutations below cover every field of TableShape', () => {
    const covered = new Set(mutations.map(([what]) => what.split(' ')[0]));
    const aliases: Record<string, string> = { GSI: 'globalIndexes', LSI: 'localIndexes', a: 'tags' };
    const fields = new Set([...covered].map((w) => aliases[w ?? ''] ?? w));
    expect([...fields].sort()).to.deep.equal(Object.keys(base()).sort());
  });

  for (const [what, mutate] of mutations) {
    it(`changes when ${what} changes`, () => {
      const before = base();
      const after = mutate(before);
      // The mutated shape is stored under the same table name, as a re-read would be.
      const facts = (s: TableShape) => liveFacts(['messages'], new Map([['messages', live(s)]]));
      expect(liveFingerprint(facts(after))).not.to.equal(liveFingerprint(facts(before)));
    });
  }

  it('changes when the unsupported features change, or a table appears or disappears', () => {
    const t = live(base());
    expect(fingerprintOf(live(base(), { unsupported: ['tags'] }))).not.to.equal(fingerprintOf(t));
    expect(fingerprintOf(t, live(table({ name: 'other' })))).not.to.equal(fingerprintOf(t));
    expect(fingerprintOf()).not.to.equal(fingerprintOf(t));
  });

  it('records absent tables as null, and per-table fingerprints name what changed', () => {
    const facts = liveFacts(['messages', 'other'], liveMap(live(base())));
    expect(facts['other']).to.equal(null);
    const before = tableFingerprints(facts);
    const after = tableFingerprints(liveFacts(['messages', 'other'], liveMap(live({ ...base(), ttl: null }))));
    expect(changedTables(before, after)).to.deep.equal(['messages']);
    expect(changedTables(before, before)).to.deep.equal([]);
  });
});

describe('spec checksum', () => {
  it('ignores the order of tables and keys, and changes with any desired field', () => {
    const a = base();
    const b = table({ name: 'other' });
    expect(specChecksum([a, b])).to.equal(specChecksum([reverseKeys(b), reverseKeys(a)]));
    expect(specChecksum([a, b])).not.to.equal(specChecksum([{ ...a, billing: provisioned(6, 5) }, b]));
  });
});
