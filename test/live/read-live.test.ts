import { expect } from 'chai';
import {
  CreateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { listAllTables, readLiveTables } from '../../src/live/read-live.js';
import type { TableShape } from '../../src/model/table-shape.js';
import { createSchemaLoadTable, sharedEngine, uniqueName } from '../support/engine.js';
import { liveClientFor, type LiveClient } from '../../src/live/live-client.js';

/** Records the name of every command the client sends (observes the real calls; mocks nothing). */
function recordCalls(client: DynamoDBClient): string[] {
  const calls: string[] = [];
  client.middlewareStack.add(
    (next, context) => async (args) => {
      calls.push(String(context.commandName));
      return next(args);
    },
    { step: 'initialize', name: 'recordCalls' },
  );
  return calls;
}

describe('live: readLiveTables @engine', () => {
  let client: DynamoDBClient;
  let liveClient: LiveClient;
  before(async () => {
    const engine = await sharedEngine();
    client = createClient({ endpoint: engine.endpoint, region: 'us-east-1', profile: null });
    liveClient = liveClientFor(client);
  });

  it('normalises a table made the way the seed documents\' schema-load makes it', async () => {
    const name = uniqueName('cruddur-messages');
    // seeds/000: boto3 create_table, pk/sk S, PROVISIONED 5/5, no GSI.
    await createSchemaLoadTable(client, name);
    const live = (await readLiveTables(liveClient, [name])).get(name);
    const expected: TableShape = {
      name,
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'S' },
      billing: { mode: 'PROVISIONED', read: 5, write: 5 },
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
      autoscaling: { table: { read: null, write: null }, indexes: {} },
      tags: {},
      replicas: [],
    };
    expect(live?.shape).to.deep.equal(expected);
    expect(live?.status).to.equal('ACTIVE');
    expect(live?.pendingIndexes).to.deep.equal([]);
    expect(live?.itemCount).to.equal(0);
    expect(live?.arn).to.match(new RegExp(`:table/${name}$`));
    expect(live?.streamArn).to.equal(null);
    // DynamoDB Local: no tags, no PITR (UnknownOperation), table class ignored; reported, not thrown.
    expect(live?.unsupported).to.deep.equal(['autoscaling', 'contributorInsights', 'kinesisDestination', 'pointInTimeRecovery', 'replicas', 'resourcePolicy', 'sse', 'tableClass', 'tags', 'warmThroughput']);
  });

  it('normalises indexes, projections, stream, TTL, on-demand maximums and deletion protection', async () => {
    const name = uniqueName('full');
    await client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'N' },
          { AttributeName: 'gz', AttributeType: 'S' },
          { AttributeName: 'ga', AttributeType: 'B' },
          { AttributeName: 'lsk', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 50 },
        GlobalSecondaryIndexes: [
          // Listed out of name order, INCLUDE attributes unsorted: the reader sorts.
          { IndexName: 'z-index', KeySchema: [{ AttributeName: 'gz', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['b', 'a'] } },
          { IndexName: 'a-index', KeySchema: [{ AttributeName: 'ga', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' }, OnDemandThroughput: { MaxReadRequestUnits: 7, MaxWriteRequestUnits: -1 } },
        ],
        LocalSecondaryIndexes: [
          { IndexName: 'by-lsk', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'lsk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
        DeletionProtectionEnabled: true,
      }),
    );
    await client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires_at' } }));
    const live = (await readLiveTables(liveClient, [name])).get(name);
    expect(live?.shape).to.deep.equal({
      name,
      partitionKey: { name: 'pk', type: 'S' },
      sortKey: { name: 'sk', type: 'N' },
      billing: { mode: 'PAY_PER_REQUEST', maxRead: 100, maxWrite: 50 },
      globalIndexes: [
        { name: 'a-index', partitionKey: [{ name: 'ga', type: 'B' }], sortKey: [], projection: { type: 'KEYS_ONLY' }, capacity: null, onDemand: { maxRead: 7, maxWrite: null }, warmThroughput: null },
        { name: 'z-index', partitionKey: [{ name: 'gz', type: 'S' }], sortKey: [{ name: 'sk', type: 'N' }], projection: { type: 'INCLUDE', attributes: ['a', 'b'] }, capacity: null, onDemand: { maxRead: null, maxWrite: null }, warmThroughput: null },
      ],
      localIndexes: [{ name: 'by-lsk', sortKey: { name: 'lsk', type: 'S' }, projection: { type: 'ALL' } }],
      stream: 'NEW_AND_OLD_IMAGES',
      ttl: 'expires_at',
      pointInTimeRecovery: false,
      pointInTimeRecoveryDays: null,
      deletionProtection: true,
      tableClass: 'STANDARD',
      sse: null,
      warmThroughput: null,
      contributorInsights: { table: null, indexes: {} },
      resourcePolicy: null,
      kinesisDestination: null,
      autoscaling: { table: { read: null, write: null }, indexes: {} },
      tags: {},
      replicas: [],
    } satisfies TableShape);
    expect(live?.streamArn).to.be.a('string').and.match(/stream/);
  });

  it('leaves missing tables out of the map and lists tables across pages', async () => {
    const name = uniqueName('listed');
    await client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    const map = await readLiveTables(liveClient, [name, uniqueName('missing')]);
    expect([...map.keys()]).to.deep.equal([name]);
    expect(await listAllTables(client)).to.include(name);
  });

  it('probes an unsupported operation once per client, even for tables read in parallel', async () => {
    const engine = await sharedEngine();
    const fresh = createClient({ endpoint: engine.endpoint, region: 'us-east-1', profile: null });
    const calls = recordCalls(fresh);
    const freshLive = liveClientFor(fresh);
    const names = [uniqueName('p'), uniqueName('p'), uniqueName('p'), uniqueName('p')];
    for (const n of names) {
      await fresh.send(
        new CreateTableCommand({
          TableName: n,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
    }
    calls.length = 0;
    const first = await readLiveTables(freshLive, names, { concurrency: 4 });
    const second = await readLiveTables(freshLive, names);
    expect(first.size).to.equal(4);
    expect(second.size).to.equal(4);
    const count = (c: string) => calls.filter((x) => x === c).length;
    expect(count('DescribeTableCommand')).to.equal(8);
    expect(count('DescribeTimeToLiveCommand')).to.equal(8); // supported: asked for every table
    expect(count('ListTagsOfResourceCommand')).to.equal(1);
    expect(count('DescribeContinuousBackupsCommand')).to.equal(1);
    for (const t of second.values()) expect(t.unsupported).to.deep.equal(['autoscaling', 'contributorInsights', 'kinesisDestination', 'pointInTimeRecovery', 'replicas', 'resourcePolicy', 'sse', 'tableClass', 'tags', 'warmThroughput']);
  });
});
