/** The normaliser against golden TableShapes: the example (base and prod), defaults, on-demand, GSIs, LSIs. */
import { expect } from 'chai';
import { readFile } from 'node:fs/promises';
import { parse } from 'yaml';
import type { TableShape } from '../../src/model/table-shape.js';
import { loadTables } from '../../src/desired/load-tables.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import { diffTable } from '../../src/diff/diff-table.js';
import { normaliseLive } from '../../src/live/normalise-live.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { live, liveMap } from '../support/builders.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';
import { EXAMPLE_PROJECT, exampleFile } from '../support/inputs.js';

const EXAMPLE_BASE: TableShape = {
  name: 'cruddur-messages',
  partitionKey: { name: 'pk', type: 'S' },
  sortKey: { name: 'sk', type: 'S' },
  billing: { mode: 'PROVISIONED', read: 5, write: 5 },
  globalIndexes: [
    {
      name: 'message-group-sk-index',
      partitionKey: [{ name: 'message_group_uuid', type: 'S' }],
      sortKey: [{ name: 'sk', type: 'S' }],
      projection: { type: 'ALL' },
      capacity: { read: 5, write: 5 },
      onDemand: null, warmThroughput: null,
    },
  ],
  localIndexes: [],
  stream: 'NEW_IMAGE',
  ttl: null,
  pointInTimeRecovery: false,
  pointInTimeRecoveryDays: null,
  deletionProtection: false,
  tableClass: 'STANDARD',
  sse: null,
  warmThroughput: null,
  contributorInsights: { table: null, indexes: {} },
  resourcePolicy: null,
  kinesisDestination: null,
  autoscaling: { table: { read: null, write: null }, indexes: {} },
  tags: { project: 'cruddur', service: 'direct-messaging' },
  replicas: [],
};

const EXAMPLE_PROD: TableShape = {
  ...EXAMPLE_BASE,
  billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null },
  globalIndexes: [{ ...(EXAMPLE_BASE.globalIndexes[0] as TableShape['globalIndexes'][0]), capacity: null, onDemand: { maxRead: null, maxWrite: null }, warmThroughput: null }],
  pointInTimeRecovery: true,
  pointInTimeRecoveryDays: null,
  deletionProtection: true,
};

describe('normaliseSpec', () => {
  it('the example table, base (golden)', async () => {
    const shapes = await loadTables(EXAMPLE_PROJECT, null);
    expect(shapes).to.deep.equal([EXAMPLE_BASE]);
  });

  it('the example table, prod: on-demand, index capacity dropped, deletion protection (golden)', async () => {
    expect(await loadTables(EXAMPLE_PROJECT, 'prod')).to.deep.equal([EXAMPLE_PROD]);
  });

  it('an environment without overrides is the base', async () => {
    expect(await loadTables(EXAMPLE_PROJECT, 'local')).to.deep.equal([EXAMPLE_BASE]);
  });

  it('is pure and deterministic on the parsed example', async () => {
    const doc = parse(await readFile(exampleFile('tables/cruddur-messages.yaml'), 'utf8')) as TableSpecDoc;
    const copy = structuredClone(doc);
    expect(normaliseSpec(doc, 'prod')).to.deep.equal(EXAMPLE_PROD);
    expect(normaliseSpec(doc, 'nowhere')).to.deep.equal(EXAMPLE_BASE);
    expect(doc).to.deep.equal(copy);
  });

  it('fills every default for a minimal table', () => {
    expect(normaliseSpec({ table: 'minimal', partitionKey: { name: 'id', type: 'N' } }, null)).to.deep.equal({
      name: 'minimal',
      partitionKey: { name: 'id', type: 'N' },
      sortKey: null,
      billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null },
      globalIndexes: [],
      localIndexes: [],
      stream: null,
      ttl: null,
      pointInTimeRecovery: false,
      pointInTimeRecoveryDays: null,
      deletionProtection: false,
      tableClass: 'STANDARD',
      sse: null,
      warmThroughput: null,
      contributorInsights: { table: null, indexes: {} },
      resourcePolicy: null,
      kinesisDestination: null,
      replicas: [],
      autoscaling: { table: { read: null, write: null }, indexes: {} },
      tags: {},
    } satisfies TableShape);
  });

  it('on-demand with maximums: indexes inherit them, no capacity; stream false and ttl off are null', () => {
    const shape = normaliseSpec(
      {
        table: 'on-demand',
        partitionKey: { name: 'pk', type: 'S' },
        billing: { mode: 'PAY_PER_REQUEST', maxRead: 100, maxWrite: 50 },
        globalSecondaryIndexes: [{ name: 'by-x', partitionKey: { name: 'x', type: 'S' }, projection: 'KEYS_ONLY' }],
        stream: false,
        ttl: false,
        tableClass: 'STANDARD_INFREQUENT_ACCESS',
      },
      null,
    );
    expect(shape.billing).to.deep.equal({ mode: 'PAY_PER_REQUEST', maxRead: 100, maxWrite: 50 });
    expect(shape.globalIndexes).to.deep.equal([
      { name: 'by-x', partitionKey: [{ name: 'x', type: 'S' }], sortKey: [], projection: { type: 'KEYS_ONLY' }, capacity: null, onDemand: { maxRead: 100, maxWrite: 50 }, warmThroughput: null },
    ]);
    expect([shape.stream, shape.ttl, shape.tableClass]).to.deep.equal([null, null, 'STANDARD_INFREQUENT_ACCESS']);
  });

  it('GSIs: sorted by name, capacity defaulted to the table, own capacity kept, INCLUDE sorted and de-duplicated', () => {
    const shape = normaliseSpec(
      {
        table: 'gsi-defaults',
        partitionKey: { name: 'pk', type: 'S' },
        billing: { mode: 'PROVISIONED', read: 10, write: 4 },
        globalSecondaryIndexes: [
          { name: 'z-index', partitionKey: { name: 'z', type: 'N' }, projection: { include: ['b', 'a', 'b'] } },
          { name: 'a-index', partitionKey: { name: 'a', type: 'S' }, sortKey: { name: 'n', type: 'N' }, read: 1, write: 2 },
        ],
        ttl: { attribute: 'expires_at' },
        tags: { zeta: '1', alpha: '2' },
      },
      null,
    );
    expect(shape.globalIndexes).to.deep.equal([
      { name: 'a-index', partitionKey: [{ name: 'a', type: 'S' }], sortKey: [{ name: 'n', type: 'N' }], projection: { type: 'ALL' }, capacity: { read: 1, write: 2 }, onDemand: null, warmThroughput: null },
      { name: 'z-index', partitionKey: [{ name: 'z', type: 'N' }], sortKey: [], projection: { type: 'INCLUDE', attributes: ['a', 'b'] }, capacity: { read: 10, write: 4 }, onDemand: null, warmThroughput: null },
    ]);
    expect(shape.ttl).to.equal('expires_at');
    expect(Object.keys(shape.tags)).to.deep.equal(['alpha', 'zeta']);
  });

  describe('INCLUDE never counts key attributes (they are always projected)', () => {
    // AWS's CloudFormation example: a GSI on a Music table whose include lists the table's own
    // partition key Album. Removing Album from include changes nothing DynamoDB projects.
    const music = (include: string[], lsiInclude: string[] = ['Genre']): TableSpecDoc => ({
      table: 'music',
      partitionKey: { name: 'Album', type: 'S' },
      sortKey: { name: 'Artist', type: 'S' },
      globalSecondaryIndexes: [{ name: 'by-sales', partitionKey: { name: 'Sales', type: 'N' }, projection: { include } }],
      localSecondaryIndexes: [{ name: 'by-year', sortKey: { name: 'Year', type: 'N' }, projection: { include: lsiInclude } }],
    });

    it('the spec side drops the table keys and the index keys from include', () => {
      const shape = normaliseSpec(music(['NumberOfSongs', 'Album', 'Sales', 'Artist'], ['Year', 'Genre', 'Album']), null);
      expect(shape.globalIndexes[0]?.projection).to.deep.equal({ type: 'INCLUDE', attributes: ['NumberOfSongs'] });
      expect(shape.localIndexes[0]?.projection).to.deep.equal({ type: 'INCLUDE', attributes: ['Genre'] });
      // Nothing left but keys: exactly what KEYS_ONLY projects.
      expect(normaliseSpec(music(['Album']), null).globalIndexes[0]?.projection).to.deep.equal({ type: 'KEYS_ONLY' });
    });

    it('the live side does the same with what DescribeTable returns', () => {
      const shape = normaliseLive(
        {
          TableName: 'music',
          AttributeDefinitions: ['Album', 'Artist', 'Sales'].map((n) => ({ AttributeName: n, AttributeType: n === 'Sales' ? 'N' : 'S' })),
          KeySchema: [{ AttributeName: 'Album', KeyType: 'HASH' }, { AttributeName: 'Artist', KeyType: 'RANGE' }],
          BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
          GlobalSecondaryIndexes: [{ IndexName: 'by-sales', KeySchema: [{ AttributeName: 'Sales', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['Album', 'NumberOfSongs', 'Sales'] } }],
        },
        { ttl: null, pointInTimeRecovery: false, tags: {} },
      );
      expect(shape.globalIndexes[0]?.projection).to.deep.equal({ type: 'INCLUDE', attributes: ['NumberOfSongs'] });
    });

    it('removing the partition key from include plans no change (was: -/+ forces rebuild, DM004)', () => {
      const before = normaliseSpec(music(['Album', 'NumberOfSongs']), null);
      const after = normaliseSpec(music(['NumberOfSongs']), null);
      const change = diffTable(after, live(before));
      expect(change.kind === 'ModifyTable' && change.changes).to.deep.equal([]);
      expect(buildPlan([change], liveMap(live(before))).tables[0]?.impact).to.equal('no-op');
    });
  });

  it('LSIs: sorted, projection defaulted, partition key left out', () => {
    const shape = normaliseSpec(
      {
        table: 'with-lsi',
        partitionKey: { name: 'pk', type: 'S' },
        sortKey: { name: 'sk', type: 'S' },
        localSecondaryIndexes: [
          { name: 'lsi-b', sortKey: { name: 'created', type: 'N' }, projection: { include: ['title'] } },
          { name: 'lsi-a', partitionKey: { name: 'pk', type: 'S' }, sortKey: { name: 'updated', type: 'N' } },
        ],
      },
      null,
    );
    expect(shape.localIndexes).to.deep.equal([
      { name: 'lsi-a', sortKey: { name: 'updated', type: 'N' }, projection: { type: 'ALL' } },
      { name: 'lsi-b', sortKey: { name: 'created', type: 'N' }, projection: { type: 'INCLUDE', attributes: ['title'] } },
    ]);
  });

  it('environment overrides: tags merge key by key, lists replace, billing without mode merges', () => {
    const spec: TableSpecDoc = {
      table: 'envs',
      partitionKey: { name: 'pk', type: 'S' },
      billing: { mode: 'PROVISIONED', read: 5, write: 5 },
      globalSecondaryIndexes: [{ name: 'gsi-1', partitionKey: { name: 'g', type: 'S' } }],
      tags: { project: 'x', env: 'base' },
      environments: {
        dev: { billing: { mode: 'PROVISIONED', read: 1, write: 1 }, tags: { env: 'dev' }, globalSecondaryIndexes: [] },
        big: { billing: { read: 50 }, ttl: { attribute: 'ttl' } },
        cheap: { billing: { mode: 'PAY_PER_REQUEST', maxRead: 10 }, ttl: false },
      },
    };
    const dev = normaliseSpec(spec, 'dev');
    expect(dev.billing).to.deep.equal({ mode: 'PROVISIONED', read: 1, write: 1 });
    expect(dev.tags).to.deep.equal({ env: 'dev', project: 'x' });
    expect(dev.globalIndexes).to.deep.equal([]);
    const big = normaliseSpec(spec, 'big');
    expect(big.billing).to.deep.equal({ mode: 'PROVISIONED', read: 50, write: 5 });
    expect(big.globalIndexes[0]?.capacity).to.deep.equal({ read: 50, write: 5 });
    expect(big.ttl).to.equal('ttl');
    const cheap = normaliseSpec(spec, 'cheap');
    expect(cheap.billing).to.deep.equal({ mode: 'PAY_PER_REQUEST', maxRead: 10, maxWrite: null });
    expect(cheap.globalIndexes[0]?.onDemand).to.deep.equal({ maxRead: 10, maxWrite: null });
    expect(cheap.ttl).to.equal(null);
  });
});
