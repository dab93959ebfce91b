/**
 * `--max-capacity-percent` on provisioned tables of DynamoDB Local: what every answer's
 * ReturnConsumedCapacity says, per 1-s bucket, stays within the share, give or take the one request
 * at a bucket's edge; for the fixture loader, a data migration (ctx.scan + ctx.update) and a
 * `--preserve-data` copy, each through the paced client the app gives them.
 */
import { BatchWriteItemCommand, ConditionalCheckFailedException, CreateTableCommand, PutItemCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { expect } from 'chai';
import { createClient } from '../../src/live/client.js';
import { liveClientFor } from '../../src/live/live-client.js';
import { CapacityShare, pacedClient } from '../../src/live/paced-client.js';
import { describeTable, readLiveTable } from '../../src/live/read-live.js';
import { normaliseLive } from '../../src/live/normalise-live.js';
import { runMigrations } from '../../src/migrations/runner.js';
import type { TableShare } from '../../src/model/capacity-share.js';
import type { TablePlan } from '../../src/model/plan.js';
import { planPreservingReplace } from '../../src/replace/plan-replace.js';
import { runPreservingReplace } from '../../src/replace/run-replace.js';
import { createTable, deleteTable } from '../../src/replace/table-ops.js';
import { writeItems } from '../../src/seed/batch-writer.js';
import { provisioned, table } from '../support/builders.js';
import { TempProject } from '../support/cli.js';
import { observeConsumed, perSecond } from '../support/consumed.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

/** Within `rate` per second in every 1-s bucket and overall, give or take the largest single answer. */
function expectWithin(m: ReturnType<typeof perSecond>, rate: number, secs: number, what: string): void {
  for (const [i, v] of m.buckets.entries()) expect(v, `${what}: second ${i} of ${m.buckets.join(', ')}`).to.be.at.most(rate + m.largest);
  expect(m.total, `${what}: ${m.total} units in ${secs.toFixed(1)} s`).to.be.at.most(rate * secs + m.largest);
}

describe('--max-capacity-percent on provisioned tables @engine', function () {
  this.timeout(120_000);
  let endpoint: string;
  const clients: DynamoDBClient[] = [];
  const projects: TempProject[] = [];
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
  });
  after(() => {
    clients.forEach((c) => c.destroy());
    projects.forEach((p) => p.remove());
  });

  /** A client observed from its creation, a paced client over it at `percent`, and the shares it reported. */
  function setUp(percent: number, except: readonly string[] = []) {
    const base = createClient({ endpoint, region: 'us-east-1', profile: null });
    const seen = observeConsumed(base);
    const shares: TableShare[] = [];
    const paced = pacedClient(base, new CapacityShare({ client: base, percent, except, onShare: (s) => shares.push(s) }));
    clients.push(base, paced);
    return { base, paced, seen, shares };
  }

  async function provisionedTable(client: DynamoDBClient, read: number, write: number): Promise<string> {
    const name = uniqueName('cap');
    await client.send(new CreateTableCommand({ TableName: name, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], ProvisionedThroughput: { ReadCapacityUnits: read, WriteCapacityUnits: write } }));
    return name;
  }

  it('fixture loads: writes stay within 50% of 100 WCU', async () => {
    const { base, paced, seen, shares } = setUp(50);
    const name = await provisionedTable(base, 100, 100);
    const shape = normaliseLive((await describeTable(base, name))!, { ttl: null, pointInTimeRecovery: false, tags: {} });
    const items = Array.from({ length: 250 }, (_, i) => ({ item: { pk: `k${i}` }, source: { file: 't', line: null, index: i } }));
    const t0 = performance.now();
    await writeItems(paced, shape, items, { concurrency: 8 });
    const secs = (performance.now() - t0) / 1000;
    expect(shares.map((s) => [s.table, s.writeRate, s.readRate])).to.deep.equal([[name, 50, 50]]);
    const w = perSecond(seen, t0, name, 'write');
    expect(w.total).to.equal(250);
    // Unpaced, the engine takes 250 WCU in well under a second.
    expect(secs).to.be.at.least(4);
    expectWithin(w, 50, secs, 'writes');
  });

  it('a data migration (ctx.scan of 2 segments, ctx.update per item): reads within 50% of 20 RCU, writes within 50% of 100 WCU', async () => {
    const control = uniqueName('cap-ctl');
    const { base, paced, seen, shares } = setUp(50, [control]);
    const name = await provisionedTable(base, 20, 100);
    // 100 items of ~2 KB: a strongly consistent scan reads ~50 RCU, each update writes 2 WCU.
    for (let i = 0; i < 100; i += 25) {
      const batch = Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `k${i + j}` }, body: { S: 'x'.repeat(2000) } } } }));
      await base.send(new BatchWriteItemCommand({ RequestItems: { [name]: batch } }));
    }
    const p = new TempProject({
      'migrations/0001_touch.mjs': `export async function up(ctx) {
  for await (const page of ctx.scan(ctx.tables['data'], { segments: 2, ConsistentRead: true, startFrom: ctx.lastCheckpoint() })) {
    for (const item of page.items) await ctx.update(ctx.tables['data'], { Key: { pk: item.pk }, UpdateExpression: 'ADD touched :one', ExpressionAttributeValues: { ':one': 1 } });
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
  }
}
`,
    });
    projects.push(p);
    const t0 = performance.now();
    const results = await runMigrations(paced, { controlTable: control, dir: p.dir, phase: 'after', tables: { data: name }, dryRun: false, allowChanged: false, runId: 'cap-run', log: () => undefined });
    const secs = (performance.now() - t0) / 1000;
    expect(results.map((r) => [r.status, r.processed, r.counts.updated])).to.deep.equal([['applied', 100, 100]]);
    expect(shares.map((s) => [s.table, s.writeRate, s.readRate])).to.deep.equal([[name, 50, 10]]);
    const r = perSecond(seen, t0, name, 'read');
    const w = perSecond(seen, t0, name, 'write');
    expect(w.total).to.equal(200);
    expect(r.total).to.be.at.least(45);
    // The control table (checkpoints, the record) is not paced and not counted against the share.
    expect(seen.some((s) => s.table === control)).to.equal(false);
    expectWithin(r, 10, secs, 'reads');
    expectWithin(w, 50, secs, 'writes');
    // The scan's pages are limited to about a quarter of a second's read share (2.5 RCU, ~5 items).
    expect(r.largest).to.be.at.most(4);
    expect(secs).to.be.at.least(4);
  });

  it('a caller\'s own Limit and ReturnConsumedCapacity INDEXES are kept; a failed conditional write keeps its booking (DynamoDB charges it)', async () => {
    const { base, paced } = setUp(50);
    const name = await provisionedTable(base, 100, 100);
    for (let i = 0; i < 10; i += 1) await base.send(new PutItemCommand({ TableName: name, Item: { pk: { S: `k${i}` } } }));
    // The share allows ~25 items a page of these tiny items; the caller asked for 3.
    const page = await paced.send(new ScanCommand({ TableName: name, Limit: 3, ReturnConsumedCapacity: 'INDEXES' }));
    expect(page.ScannedCount).to.equal(3);
    expect(page.ConsumedCapacity?.Table?.CapacityUnits, 'INDEXES answers per table').to.be.a('number');
    // Unpaced input is not touched: the caller's command keeps its own fields.
    const cmd = new ScanCommand({ TableName: name });
    await paced.send(cmd);
    expect(cmd.input).to.deep.equal({ TableName: name });
    // A failed condition consumes write units all the same: 60 of them at 50 WCU/s take over a second.
    const t0 = performance.now();
    for (let i = 0; i < 60; i += 1) {
      const err = await paced.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'k1' } }, ConditionExpression: 'attribute_not_exists(pk)' })).catch((e: unknown) => e);
      expect(err).to.be.instanceOf(ConditionalCheckFailedException);
    }
    expect(performance.now() - t0).to.be.at.least(1000);
  });

  it('a --preserve-data copy: the table\'s reads (check, copy-out, verify) within 50% of 100 RCU, the copy-back\'s writes within 50% of 100 WCU', async () => {
    const control = uniqueName('cap-ctl');
    const { base, paced, seen, shares } = setUp(50, [control]);
    const live = liveClientFor(paced);
    const ops = { segments: 3, concurrency: 4, pollIntervalMs: { initial: 50, max: 200 } };
    const from = table({ name: uniqueName('cap-rp'), billing: provisioned(100, 100) });
    await createTable(liveClientFor(base), from, ops);
    const raw = (i: number): Record<string, AttributeValue> => ({ pk: { S: `P#${i % 7}` }, sk: { S: String(i) }, body: { S: 'y'.repeat(900) } });
    for (let i = 0; i < 150; i += 25) {
      await base.send(new BatchWriteItemCommand({ RequestItems: { [from.name]: Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: raw(i + j) } })) } }));
    }
    const l = await readLiveTable(liveClientFor(base), from.name);
    if (!l) throw new Error('table missing');
    const desired = table({ name: from.name, sortKey: { name: 'sk', type: 'N' }, billing: provisioned(100, 100) });
    const tp: TablePlan = { table: from.name, impact: 'replace', change: { kind: 'ReplaceTable', table: from.name, live: l.shape, desired, reasons: ['sort key type'] }, steps: [], diagnostics: [], unsupported: [], target: desired };
    const plan = planPreservingReplace(tp, l);
    try {
      const t0 = performance.now();
      const report = await runPreservingReplace(live, plan, { controlTable: control, ...ops });
      const secs = (performance.now() - t0) / 1000;
      expect(report.completed).to.equal(true);
      expect(report.result?.count).to.equal(150);
      const temp = plan.tempTable;
      // The source, the temporary table, the new table (read again after its CreateTable).
      expect(shares.map((s) => s.table).sort()).to.deep.equal([from.name, from.name, temp].sort());
      // The temporary table is on demand without a maximum (plan-replace.ts): nothing to take a share of, not paced;
      // the copy out of the source is paced by the source's reads.
      expect(shares.filter((s) => s.table === temp).map((s) => [s.writeRate, s.readRate])).to.deep.equal([[null, null]]);
      expect(shares.filter((s) => s.table === from.name).map((s) => [s.writeRate, s.readRate])).to.deep.equal([[50, 50], [50, 50]]);
      const backW = perSecond(seen, t0, from.name, 'write');
      const reads = perSecond(seen, t0, from.name, 'read');
      expect(backW.total).to.equal(150);
      // check + copy-out of the source, then verify of the new table: ~150 KB strongly consistent, three times.
      expect(reads.total).to.be.at.least(100);
      expectWithin(backW, 50, secs, 'copy-back writes');
      expectWithin(reads, 50, secs, 'source / new table reads');
      expect(seen.some((s) => s.table === temp || s.table === control)).to.equal(false);
      // 150 WCU copied back at 50 WCU/s.
      expect(secs).to.be.at.least(3);
    } finally {
      await deleteTable(liveClientFor(base), desired, ops).catch(() => undefined);
      await deleteTable(liveClientFor(base), { ...desired, name: plan.tempTable }, ops).catch(() => undefined);
    }
  });
});
