import { expect } from 'chai';
import fc from 'fast-check';
import { diffTable } from '../../src/diff/diff-table.js';
import type {
  AttributeType,
  Billing,
  ContributorInsightsMode,
  Feature,
  GlobalIndexShape,
  KeyAttribute,
  LocalIndexShape,
  Projection,
  TableShape,
} from '../../src/model/table-shape.js';
import { ALL_FEATURES } from '../../src/model/table-shape.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { renderJson } from '../../src/render/render-json.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { renderText } from '../../src/render/render-text.js';
import { live, liveMap } from '../support/builders.js';

const attr = fc.constantFrom('pk', 'sk', 'a', 'b');
const key: fc.Arbitrary<KeyAttribute> = fc.record({ name: attr, type: fc.constantFrom<AttributeType>('S', 'N', 'B') });
const projection: fc.Arbitrary<Projection> = fc.oneof(
  fc.constant<Projection>({ type: 'ALL' }),
  fc.constant<Projection>({ type: 'KEYS_ONLY' }),
  fc.uniqueArray(attr, { maxLength: 3 }).map<Projection>((a) => ({ type: 'INCLUDE', attributes: [...a].sort() })),
);
const limit = fc.option(fc.integer({ min: 1, max: 100 }), { nil: null });
const capacity = fc.record({ read: fc.integer({ min: 1, max: 50 }), write: fc.integer({ min: 1, max: 50 }) });
const billing: fc.Arbitrary<Billing> = fc.oneof(
  capacity.map<Billing>((c) => ({ mode: 'PROVISIONED', ...c })),
  fc.record({ maxRead: limit, maxWrite: limit }).map<Billing>((l) => ({ mode: 'PAY_PER_REQUEST', ...l })),
);
const gsi: fc.Arbitrary<GlobalIndexShape> = fc.record({
  name: fc.constantFrom('g1', 'g2', 'g3'),
  partitionKey: fc.array(key, { minLength: 1, maxLength: 4 }),
  sortKey: fc.array(key, { maxLength: 4 }),
  projection,
  capacity: fc.option(capacity, { nil: null }),
  onDemand: fc.option(fc.record({ maxRead: limit, maxWrite: limit }), { nil: null }),
  warmThroughput: fc.constantFrom(null, { read: 12000, write: 4000 }),
});
const lsi: fc.Arbitrary<LocalIndexShape> = fc.record({ name: fc.constantFrom('l1', 'l2'), sortKey: key, projection });
const byName = <T extends { name: string }>(items: T[]): T[] =>
  [...new Map(items.map((i) => [i.name, i])).values()].sort((a, b) => (a.name < b.name ? -1 : 1));

const shape: fc.Arbitrary<TableShape> = fc.record({
  name: fc.constant('t'),
  partitionKey: key,
  sortKey: fc.option(key, { nil: null }),
  billing,
  globalIndexes: fc.array(gsi, { maxLength: 3 }).map(byName),
  localIndexes: fc.array(lsi, { maxLength: 2 }).map(byName),
  stream: fc.constantFrom(null, 'KEYS_ONLY', 'NEW_IMAGE', 'OLD_IMAGE', 'NEW_AND_OLD_IMAGES' as const),
  ttl: fc.constantFrom(null, 'exp', 'ttl'),
  pointInTimeRecovery: fc.boolean(),
  pointInTimeRecoveryDays: fc.constantFrom(null, 1, 7),
  deletionProtection: fc.boolean(),
  tableClass: fc.constantFrom('STANDARD', 'STANDARD_INFREQUENT_ACCESS' as const),
  warmThroughput: fc.constantFrom(null, { read: 12000, write: 4000 }, { read: 15000, write: 4000 }),
  contributorInsights: fc.record({
    table: fc.constantFrom(null, 'ACCESSED_AND_THROTTLED_KEYS' as const, 'THROTTLED_KEYS' as const),
    indexes: fc.constantFrom<Readonly<Record<string, ContributorInsightsMode>>>({}, { g1: 'THROTTLED_KEYS' }, { g1: 'ACCESSED_AND_THROTTLED_KEYS', g2: 'THROTTLED_KEYS' }),
  }),
  autoscaling: fc.constant({ table: { read: null, write: null }, indexes: {} }),
  kinesisDestination: fc.constantFrom(null, { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s1', precision: 'MILLISECOND' as const }, { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s1', precision: 'MICROSECOND' as const }),
  resourcePolicy: fc.constantFrom(null, '{"Statement":[],"Version":"2012-10-17"}'),
  sse: fc.constantFrom(null, { type: 'KMS', kmsKey: null } as const, { type: 'KMS', kmsKey: 'arn:aws:kms:us-east-1:123456789012:key/k1' } as const),
  tags: fc.dictionary(fc.constantFrom('a', 'b', 'c'), fc.constantFrom('1', '2')),
  replicas: fc.constant([]),
});
const unsupported: fc.Arbitrary<Feature[]> = fc.subarray([...ALL_FEATURES]);

describe('diff / plan / render properties', () => {
  it('never throw on any two table shapes (and any unsupported features)', () => {
    fc.assert(
      fc.property(shape, fc.option(shape, { nil: undefined }), unsupported, (desired, before, missing) => {
        const liveTable = before ? live(before, { unsupported: missing }) : undefined;
        const plan = buildPlan([diffTable(desired, liveTable)], liveTable ? liveMap(liveTable) : new Map());
        renderText(plan, { color: true });
        renderJson(plan);
        renderMarkdown(plan);
        expect(plan.tables).to.have.length(1);
      }),
      { numRuns: 500 },
    );
  });

  it('diffTable(x, live(x)) is always a no-op', () => {
    fc.assert(
      fc.property(shape, unsupported, (x, missing) => {
        const change = diffTable(x, live(x, { unsupported: missing }));
        expect(change.kind).to.equal('ModifyTable');
        expect(change.kind === 'ModifyTable' && change.changes).to.deep.equal([]);
        expect(buildPlan([change], liveMap(live(x))).tables[0]?.impact).to.equal('no-op');
      }),
      { numRuns: 500 },
    );
  });
});
