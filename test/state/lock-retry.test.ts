import { expect } from 'chai';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { acquireLock } from '../../src/state/lock.js';
import { ensureControlTable } from '../../src/state/control-table.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';
import { startFaultProxy } from '../support/fault-proxy.js';

describe('state: lock under lost answers @engine', () => {
  let client: DynamoDBClient;
  let endpoint: string;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => client.destroy());

  it('an acquire whose PutItem answer is lost (the SDK retries it) gets the lock, not LOCK_HELD against itself (regression)', async () => {
    const table = uniqueName('ctl');
    await ensureControlTable(client, table);
    const proxy = await startFaultProxy({ target: endpoint, resetAfterForwardFirst: { PutItem: 1 } });
    const viaProxy = engineClient(proxy.endpoint, { maxAttempts: 3 });
    try {
      const lock = await acquireLock(viaProxy, { table, scope: 'apply', owner: 'me', leaseMs: 60_000, waitMs: 0 });
      expect(proxy.counts.resetsAfterForward).to.equal(1);
      await lock.release();
      // Released for real: another run takes it at once.
      const next = await acquireLock(client, { table, scope: 'apply', owner: 'other', leaseMs: 60_000, waitMs: 0 });
      await next.release();
    } finally {
      viaProxy.destroy();
      await proxy.close();
    }
  });
});
