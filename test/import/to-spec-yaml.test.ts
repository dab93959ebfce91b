/** Import's YAML writer: whatever it writes must validate and normalise back to the live shape. */
import { expect } from 'chai';
import fc from 'fast-check';
import { shapeToSpecYaml } from '../../src/import/to-spec-yaml.js';
import type { AttributeType, Billing, Feature, KeyAttribute, Projection, TableShape } from '../../src/model/table-shape.js';
import { ALL_FEATURES } from '../../src/model/table-shape.js';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';
import { gsi, lsi, onDemand, provisioned, table } from '../support/builders.js';

/** GIVEN yaml written by import, WHEN read as a table file, THEN its problems and its shape. */
function readBack(yaml: string): { problems: readonly string[]; shape: TableShape | null } {
  const name = /^table: (.+)$/m.exec(yaml)?.[1] ?? 'unknown';
  const checked = checkTableFile(`tables/${name}.yaml`, yaml, null);
  const problems = checked.problems.map((p) => `${p.code}: ${p.message}`);
  return { problems, shape: checked.spec ? normaliseSpec(checked.spec as TableSpecDoc, null) : null };
}

/** What the live reader reports for a feature the endpoint does not support: its default. */
function masked(shape: TableShape, unsupported: readonly Feature[]): TableShape {
  const u = new Set(unsupported);
  return {
    ...shape,
    ...(u.has('tags') ? { tags: {} } : {}),
    ...(u.has('pointInTimeRecovery') ? { pointInTimeRecovery: false, pointInTimeRecoveryDays: null } : {}),
    ...(u.has('ttl') ? { ttl: null } : {}),
    ...(u.has('stream') ? { stream: null } : {}),
    ...(u.has('replicas') ? { replicas: [] } : {}),
    ...(u.has('tableClass') ? { tableClass: 'STANDARD' as const } : {}),
    ...(u.has('sse') ? { sse: null } : {}),
    ...(u.has('kinesisDestination') ? { kinesisDestination: null } : {}),
    ...(u.has('autoscaling') ? { autoscaling: { table: { read: null, write: null }, indexes: {} } } : {}),
    ...(u.has('resourcePolicy') ? { resourcePolicy: null } : {}),
    ...(u.has('contributorInsights') ? { contributorInsights: { table: null, indexes: {} } } : {}),
    ...(u.has('warmThroughput') ? { warmThroughput: null, globalIndexes: shape.globalIndexes.map((g) => ({ ...g, warmThroughput: null })) } : {}),
  };
}

describe('import: shapeToSpecYaml', () => {
  it('writes the cruddur-messages table compactly, with the schema comment, and it reads back equal', () => {
    const shape = table({
      name: 'cruddur-messages',
      globalIndexes: [gsi('message-group-sk-index', { partitionKey: [{ name: 'message_group_uuid', type: 'S' }] })],
      stream: 'NEW_IMAGE',
      tags: { project: 'cruddur', service: 'direct-messaging' },
    });
    const yaml = shapeToSpecYaml(shape, [], { schema: '../schema/table.schema.json' });
    expect(yaml).to.equal(`# yaml-language-server: $schema=../schema/table.schema.json
# Imported from the live table by \`ddb-migrate import\`. Fields at their default are left out.

table: cruddur-messages
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
globalSecondaryIndexes:
  - name: message-group-sk-index
    partitionKey: { name: message_group_uuid, type: S }
    sortKey: { name: sk, type: S }
    projection: ALL
stream: NEW_IMAGE
tags:
  project: cruddur
  service: direct-messaging
`);
    const back = readBack(yaml);
    expect(back.problems).to.deep.equal([]);
    expect(back.shape).to.deep.equal(shape);
  });

  it('writes index capacity only where it differs from the table, and LSIs without a partition key', () => {
    const shape = table({
      billing: provisioned(10, 4),
      globalIndexes: [gsi('by-a', { capacity: { read: 10, write: 4 } }), gsi('by-b', { capacity: { read: 3, write: 2 }, projection: { type: 'INCLUDE', attributes: ['x', 'y'] } })],
      localIndexes: [lsi('by-date', { projection: { type: 'KEYS_ONLY' } })],
      ttl: 'expires_at',
      pointInTimeRecovery: true,
      deletionProtection: true,
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
    });
    const yaml = shapeToSpecYaml(shape, []);
    expect(yaml).to.include('projection: { include: [ x, y ] }\n    read: 3\n    write: 2\n');
    expect(yaml.match(/read: 10/g)).to.have.length(1);
    expect(yaml).to.include('localSecondaryIndexes:\n  - name: by-date\n    sortKey: { name: by_date_sk, type: S }\n    projection: KEYS_ONLY\n');
    expect(yaml).to.include('ttl: { attribute: expires_at }\npointInTimeRecovery: true\ndeletionProtection: true\ntableClass: STANDARD_INFREQUENT_ACCESS\n');
    const back = readBack(yaml);
    expect(back.problems).to.deep.equal([]);
    expect(back.shape).to.deep.equal(shape);
  });

  it('leaves out defaults: an on-demand table with only keys is a few lines', () => {
    const shape = table({ sortKey: null, billing: onDemand() });
    const body = shapeToSpecYaml(shape, []).split('\n').filter((l) => l && !l.startsWith('#'));
    expect(body).to.deep.equal(['table: messages', 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }']);
  });

  it('quotes tag values YAML would read as something else', () => {
    const shape = table({ tags: { version: '2', enabled: 'true', empty: '', 'with space': 'a b' } });
    const back = readBack(shapeToSpecYaml(shape, []));
    expect(back.problems).to.deep.equal([]);
    expect(back.shape?.tags).to.deep.equal(shape.tags);
  });

  it('omits unsupported features and says so in a comment', () => {
    const shape = table({ tags: {}, pointInTimeRecovery: false });
    const yaml = shapeToSpecYaml(shape, ['pointInTimeRecovery', 'tableClass', 'tags']);
    expect(yaml).to.match(/# Not imported: pointInTimeRecovery, tableClass, tags\. This endpoint does not report them,/);
    expect(yaml).not.to.match(/^tags:|^pointInTimeRecovery:|^tableClass:/m);
  });

  it("writes an index's on-demand maximums where they differ from the table's, and reads back as itself", () => {
    const shape = table({ billing: onDemand(100, 50), globalIndexes: [gsi('idx-g', { capacity: null, onDemand: { maxRead: 10, maxWrite: 50 } })] });
    const yaml = shapeToSpecYaml(shape, []);
    expect(yaml).to.include('    maxRead: 10\n');
    expect(yaml).to.not.include('maxWrite: 50\n    ');
    expect(yaml).to.not.match(/# The live index/);
    const back = readBack(yaml);
    expect(back.problems).to.deep.equal([]);
    expect(back.shape?.globalIndexes).to.deep.equal(shape.globalIndexes);
  });

  it("notes an index without a maximum on a table with one (the spec's index maximums are positive)", () => {
    const shape = table({ billing: onDemand(100, 50), globalIndexes: [gsi('idx-g', { capacity: null, onDemand: { maxRead: 10, maxWrite: null } })] });
    const yaml = shapeToSpecYaml(shape, []);
    expect(yaml).to.include('    maxRead: 10\n');
    expect(yaml).to.match(/# The live index has no maxWrite while the table has one/);
    expect(readBack(yaml).problems).to.deep.equal([]);
  });

  it('property: any valid live shape reads back as itself (unsupported features at their defaults)', () => {
    fc.assert(
      fc.property(validShape, fc.subarray([...ALL_FEATURES]), (shape, some) => {
        // Global tables replicate through the stream: an endpoint without streams has no replicas.
        const unsupported = some.includes('stream') && !some.includes('replicas') ? [...some, 'replicas' as const] : some;
        const live = masked(shape, unsupported);
        const back = readBack(shapeToSpecYaml(live, unsupported));
        expect(back.problems).to.deep.equal([]);
        expect(back.shape).to.deep.equal(live);
      }),
      { numRuns: 300 },
    );
  });
});

// Valid shapes: one type per attribute name, LSIs only with a table sort key, on-demand indexes
// with the table's maximums (what the spec format can express; the note case is tested above).
const types = fc.record({ pk: type(), sk: type(), a: type(), b: type() });
function type(): fc.Arbitrary<AttributeType> {
  return fc.constantFrom<AttributeType>('S', 'N', 'B');
}
const projection: fc.Arbitrary<Projection> = fc.oneof(
  fc.constant<Projection>({ type: 'ALL' }),
  fc.constant<Projection>({ type: 'KEYS_ONLY' }),
  fc.uniqueArray(fc.constantFrom('x', 'y', 'z'), { minLength: 1, maxLength: 3 }).map<Projection>((a) => ({ type: 'INCLUDE', attributes: [...a].sort() })),
);
const limit = fc.option(fc.integer({ min: 1, max: 100 }), { nil: null });
const capacity = fc.record({ read: fc.integer({ min: 1, max: 50 }), write: fc.integer({ min: 1, max: 50 }) });
const billing: fc.Arbitrary<Billing> = fc.oneof(
  capacity.map<Billing>((c) => ({ mode: 'PROVISIONED', ...c })),
  fc.record({ maxRead: limit, maxWrite: limit }).map<Billing>((l) => ({ mode: 'PAY_PER_REQUEST', ...l })),
);
const byName = <T extends { name: string }>(items: T[]): T[] =>
  [...new Map(items.map((i) => [i.name, i])).values()].sort((x, y) => (x.name < y.name ? -1 : 1));
const tagValue = fc.constantFrom('1', '', 'true', 'a b', 'x:y/z', 'null');

const validShape: fc.Arbitrary<TableShape> = fc
  .record({
    t: types,
    hasSort: fc.boolean(),
    billing,
    gsis: fc.array(fc.record({ name: fc.constantFrom('gsi1', 'gsi2', 'gsi3'), pk: fc.uniqueArray(fc.constantFrom('a', 'b', 'sk'), { minLength: 1, maxLength: 3 }), sk: fc.uniqueArray(fc.constantFrom('a', 'b', 'pk'), { maxLength: 3 }), projection, capacity: fc.option(capacity, { nil: null }), maxRead: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), maxWrite: fc.option(fc.integer({ min: 1, max: 500 }), { nil: null }), warm: fc.constantFrom(null, { read: 100, write: 50 }) }), { maxLength: 3 }),
    lsis: fc.array(fc.record({ name: fc.constantFrom('lsi1', 'lsi2'), sk: fc.constantFrom('a', 'b'), projection }), { maxLength: 2 }),
    stream: fc.constantFrom(null, 'KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES' as const),
    ttl: fc.constantFrom(null, 'exp', 'ttl'),
    pointInTimeRecovery: fc.boolean(),
    pointInTimeRecoveryDays: fc.constantFrom(null, 1, 7),
    deletionProtection: fc.boolean(),
    tableClass: fc.constantFrom('STANDARD', 'STANDARD_INFREQUENT_ACCESS' as const),
    warmThroughput: fc.constantFrom(null, { read: 12000, write: 4000 }),
    autoscaling: fc.constant({ table: { read: null, write: null }, indexes: {} }),
    kinesisDestination: fc.constantFrom(null, { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', precision: 'MILLISECOND' as const }, { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', precision: 'MICROSECOND' as const }),
    resourcePolicy: fc.constantFrom(null, '{"Statement":[{"Action":"dynamodb:GetItem","Effect":"Allow","Principal":{"AWS":"arn:aws:iam::111122223333:root"},"Resource":"*"}],"Version":"2012-10-17"}'),
    insightsTable: fc.constantFrom(null, 'ACCESSED_AND_THROTTLED_KEYS' as const, 'THROTTLED_KEYS' as const),
    insightsIndexes: fc.subarray(['gsi1', 'gsi2', 'gsi3']),
    sse: fc.constantFrom(null, { type: 'KMS', kmsKey: null } as const, { type: 'KMS', kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab' } as const),
    tags: fc.dictionary(fc.constantFrom('a', 'b', 'team name'), tagValue),
    // Global tables: replicas with nothing of their own, or with a read override and their own PITR.
    replicaRegions: fc.subarray(['ap-south-1', 'eu-west-1']),
    replicaOwn: fc.boolean(),
  })
  .map(({ t, hasSort, billing: bill, gsis, lsis, insightsTable, insightsIndexes, replicaRegions, replicaOwn, ...rest }) => {
    const names = new Set<string>(gsis.map((g) => g.name));
    // Insights on some of the indexes that exist (sorted keys, as both sides normalise them).
    const indexes = Object.fromEntries(insightsIndexes.filter((n) => names.has(n)).sort().map((n) => [n, 'THROTTLED_KEYS' as const]));
    const key = (name: keyof typeof t): KeyAttribute => ({ name, type: t[name] });
    return {
      name: 't-table',
      partitionKey: key('pk'),
      sortKey: hasSort ? key('sk') : null,
      billing: bill,
      globalIndexes: byName(
        gsis.map((g) => ({
          name: g.name,
          // Multi-attribute keys too: 1-3 partition and 0-3 sort attributes, none in both.
          partitionKey: g.pk.map((n) => key(n as keyof typeof t)),
          sortKey: g.sk.filter((n) => !(g.pk as string[]).includes(n)).map((n) => key(n as keyof typeof t)),
          projection: g.projection,
          capacity: bill.mode === 'PROVISIONED' ? (g.capacity ?? { read: bill.read, write: bill.write }) : null,
          // An index's own maximums (or the table's: left out of the spec, they are the table's).
          onDemand: bill.mode === 'PAY_PER_REQUEST' ? { maxRead: g.maxRead ?? bill.maxRead, maxWrite: g.maxWrite ?? bill.maxWrite } : null,
          warmThroughput: g.warm,
        })),
      ),
      localIndexes: hasSort ? byName(lsis.map((l) => ({ name: l.name, sortKey: key(l.sk as keyof typeof t), projection: l.projection }))) : [],
      ...rest,
      contributorInsights: { table: insightsTable, indexes },
      pointInTimeRecoveryDays: rest.pointInTimeRecovery ? rest.pointInTimeRecoveryDays : null,
      // A table with replicas streams NEW_AND_OLD_IMAGES (SPEC_REPLICA_STREAM).
      replicas: (rest.stream === 'NEW_AND_OLD_IMAGES' ? replicaRegions : []).map((region) => ({
        region,
        kmsKey: null,
        tableClass: null,
        read: replicaOwn && bill.mode === 'PROVISIONED' ? 7 : null,
        maxRead: replicaOwn && bill.mode === 'PAY_PER_REQUEST' ? 9 : null,
        indexes: {},
        pointInTimeRecovery: replicaOwn ? !rest.pointInTimeRecovery : rest.pointInTimeRecovery,
        deletionProtection: rest.deletionProtection,
        tags: Object.fromEntries(Object.entries(rest.tags).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))),
      })),
    };
  });
