import { expect } from 'chai';
import { CreateTableCommand, DescribeTableCommand, UpdateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEngine, type RunningEngine } from '../../src/engine/dynamodb-local.js';
import { createClient } from '../../src/live/client.js';
import { executePlan, type ExecEvent } from '../../src/exec/execute-plan.js';
import { gsiOn as gsi, plan, step, tablePlan } from '../support/builders.js';
import { liveClientFor, type LiveClient } from '../../src/live/live-client.js';

/**
 * With -delayTransientStatuses DynamoDB Local holds index states about as long as AWS does for a
 * small table (measured: GSI delete ≈ 16 s, GSI create ≈ 30 s), so this suite uses a delete only.
 */
describe('exec: a table busy from an interrupted apply @engine', function () {
  this.timeout(90_000);
  let engine: RunningEngine;
  let client: DynamoDBClient;
  let liveClient: LiveClient;
  before(async () => {
    engine = await startEngine({ delayTransientStatuses: true });
    client = createClient({ endpoint: engine.endpoint, region: 'us-east-1', profile: null });
    liveClient = liveClientFor(client);
  });
  after(async () => {
    await engine?.stop();
  });

  it('waits for an index still DELETING before the next index step instead of failing', async () => {
    const table = 'busy-table';
    await client.send(
      new CreateTableCommand({
        TableName: table,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'old', AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [{ IndexName: 'old-index', KeySchema: [{ AttributeName: 'old', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
      }),
    );
    // The apply that was killed: it asked for the delete and never waited.
    await client.send(new UpdateTableCommand({ TableName: table, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: 'old-index' } }] }));

    // Proof that the engine would refuse the next index step right now.
    const newIndex = gsi('new-index', 'pk', { capacity: null, onDemand: { maxRead: null, maxWrite: null } });
    await client
      .send(
        new UpdateTableCommand({
          TableName: table,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'new-index', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } } }],
        }),
      )
      .then(
        () => expect.fail('the engine accepted an index create while another index was DELETING'),
        (e: Error) => expect(e.name).to.equal('LimitExceededException'),
      );

    const events: ExecEvent[] = [];
    const report = await executePlan(
      liveClient,
      plan(tablePlan(table, [step(table, { kind: 'CreateGlobalIndex', index: newIndex, billing: 'PAY_PER_REQUEST' }, 'none')], null)),
      { pollIntervalMs: { initial: 250, max: 2_000 }, onEvent: (e) => events.push(e) },
    );
    expect(report.steps.map((s) => [s.status, s.error?.message])).to.deep.equal([['done', undefined]]);
    const waits = events.flatMap((e) => (e.kind === 'waiting' ? [e.message] : []));
    expect(waits.length).to.be.greaterThan(2);
    expect(waits[0]).to.match(/^waiting for busy-table index old-index DELETING \d+s$/);
    expect(events.some((e) => e.kind === 'retry')).to.equal(false); // it waited; it did not hammer

    const desc = await client.send(new DescribeTableCommand({ TableName: table }));
    expect((desc.Table?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName)).to.deep.equal(['new-index']);
  });
});
