/** History records in the control table on DynamoDB Local: round trip, order, filter, limit. */
import { expect } from 'chai';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { listHistory, recordHistory } from '../../src/state/history.js';
import { historyRecord } from './history-fixture.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

describe('state: history records @engine', function () {
  this.timeout(60_000);
  let client: DynamoDBClient;

  before(async () => {
    const { endpoint } = await sharedEngine();
    client = createClient({ endpoint, region: 'local', profile: null });
  });
  after(() => client.destroy());

  it('no control table yet: no history, and the table is not created by reading', async () => {
    const table = uniqueName('ctl');
    expect(await listHistory(client, table)).to.deep.equal([]);
    expect(await listHistory(client, table, { table: 'x' })).to.deep.equal([]);
  });

  it('records round-trip (creating the table on first write) and list newest first', async () => {
    const table = uniqueName('ctl');
    const records = [
      historyRecord(1, ['messages']),
      historyRecord(3, ['users', 'messages'], {
        result: 'failed',
        error: 'LimitExceeded on users',
        envName: null,
        endpoint: 'http://localhost:8000',
        planHash: null,
        migrations: [{ id: '0001_backfill', status: 'applied' }],
        steps: [
          { table: 'users', description: 'create GSI by-email on users', status: 'failed', ms: 30 },
          { table: 'messages', description: 'tag project', status: 'not-run', ms: 0 },
        ],
      }),
      historyRecord(2, [], { result: 'refused', steps: [] }),
    ];
    for (const r of records) await recordHistory(client, table, r);
    const listed = await listHistory(client, table);
    expect(listed.map((r) => r.runId)).to.deep.equal(['run-3', 'run-2', 'run-1']);
    expect(listed[0]).to.deep.equal(records[1]);
    expect(listed[1]).to.deep.equal(records[2]);
    expect(listed[2]).to.deep.equal(records[0]);
  });

  it('--table keeps only runs that touched the table; limit counts records after the filter', async () => {
    const table = uniqueName('ctl');
    for (let m = 0; m < 12; m++) await recordHistory(client, table, historyRecord(m, m % 3 === 0 ? ['users'] : ['messages']));
    const users = await listHistory(client, table, { table: 'users' });
    expect(users.map((r) => r.runId)).to.deep.equal(['run-9', 'run-6', 'run-3', 'run-0']);
    expect((await listHistory(client, table, { table: 'users', limit: 2 })).map((r) => r.runId)).to.deep.equal(['run-9', 'run-6']);
    expect((await listHistory(client, table, { limit: 3 })).map((r) => r.runId)).to.deep.equal(['run-11', 'run-10', 'run-9']);
    // "messages" must match a whole table name, not a substring of another.
    expect(await listHistory(client, table, { table: 'user' })).to.deep.equal([]);
  });

  it('a record over the item size limit is stored with its last steps left out and counted', async () => {
    const table = uniqueName('ctl');
    const steps = Array.from({ length: 5_000 }, (_, i) => ({ table: 'messages', description: `tag k${i}=${'v'.repeat(80)}`, status: 'done', ms: i }));
    await recordHistory(client, table, historyRecord(5, ['messages'], { steps }));
    const [stored] = await listHistory(client, table);
    expect(stored?.stepsOmitted).to.be.above(0);
    expect((stored?.steps.length ?? 0) + (stored?.stepsOmitted ?? 0)).to.equal(5_000);
    expect(stored?.steps[0]).to.deep.equal(steps[0]);
  });
});
