import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { tablePacers } from '../../src/live/capacity-share.js';
import { describeTable } from '../../src/live/read-live.js';
import { normaliseLive } from '../../src/live/normalise-live.js';
import { writeItems } from '../../src/seed/batch-writer.js';
import { uniqueName } from '../support/engine.js';
import { engineClients } from '../migrations/helpers.js';

describe('--max-capacity-percent on a provisioned table @engine', () => {
  it('consumed write capacity per second (from ReturnConsumedCapacity) stays within 50% of 100 WCU', async () => {
    const e = await engineClients();
    const name = uniqueName('cap');
    await e.client.send(new CreateTableCommand({ TableName: name, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ProvisionedThroughput: { ReadCapacityUnits: 100, WriteCapacityUnits: 100 } }));
    const seen: { at: number; units: number }[] = [];
    e.client.middlewareStack.add((next) => async (args) => {
      const out = await next(args);
      const cc = ((out.output ?? {}) as { ConsumedCapacity?: { CapacityUnits?: number }[] }).ConsumedCapacity;
      if (Array.isArray(cc)) seen.push({ at: performance.now(), units: cc.reduce((s, c) => s + (c.CapacityUnits ?? 0), 0) });
      return out;
    }, { step: 'initialize', name: 'observeConsumed' });
    const pacers = await tablePacers(e.client, name, 50);
    expect(pacers.write?.rate).to.equal(50);
    // The loader sends through its own derived client: observe the ConsumedCapacity each answer reported as the pacer books it.
    const pacer = pacers.write!;
    const settle = pacer.settle.bind(pacer);
    pacer.settle = (est: number, units: number) => {
      seen.push({ at: performance.now(), units });
      settle(est, units);
    };
    const shape = normaliseLive((await describeTable(e.client, name))!, { ttl: null, pointInTimeRecovery: false, tags: {} });
    const items = Array.from({ length: 250 }, (_, i) => ({ item: { pk: `k${i}` }, source: { file: 't', line: null, index: i } }));
    const t0 = performance.now();
    await writeItems(e.client, shape, items, { pacer: pacers.write, concurrency: 8 });
    const secs = (performance.now() - t0) / 1000;
    const total = seen.reduce((s, x) => s + x.units, 0);
    expect(total).to.equal(250);
    // Within the share, give or take the one batch (25 WCU) at the window's edge; unpaced the engine takes 250 WCU in well under a second.
    expect(total).to.be.at.most(50 * secs + 25);
    expect(secs).to.be.at.least(4);
    const buckets = new Map<number, number>();
    for (const s of seen) buckets.set(Math.floor((s.at - t0) / 1000), (buckets.get(Math.floor((s.at - t0) / 1000)) ?? 0) + s.units);
    for (const v of buckets.values()) expect(v).to.be.at.most(50 + 25);
  });
});
