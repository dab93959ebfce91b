import { expect } from 'chai';
import { BatchWriteItemCommand, QueryCommand, ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { describeTable, readLiveTable } from '../../src/live/read-live.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import type { TablePlan } from '../../src/model/plan.js';
import type { TableShape } from '../../src/model/table-shape.js';
import { DigestAccumulator } from '../../src/replace/checksum.js';
import { planPreservingReplace } from '../../src/replace/plan-replace.js';
import { readReplaceRecord } from '../../src/replace/record.js';
import { resumePreservingReplace, runPreservingReplace } from '../../src/replace/run-replace.js';
import { createTable, deleteTable } from '../../src/replace/table-ops.js';
import { REPLACE_PHASES, type ReplaceEvent, type ReplacePhase } from '../../src/replace/types.js';
import { lsi, table } from '../support/builders.js';
import { sharedEngine, uniqueName } from '../support/engine.js';
import { liveClientFor, type LiveClient } from '../../src/live/live-client.js';

type Raw = Record<string, AttributeValue>;
const OPS = { segments: 3, concurrency: 4, pollIntervalMs: { initial: 50, max: 200 } };

/** Varied items: every attribute type, exact big numbers; sk is a numeric string. */
function items(n: number): Raw[] {
  return Array.from({ length: n }, (_, i) => ({
    pk: { S: `P#${i % 7}` },
    sk: { S: String(i * 3) },
    big: { N: '12345678901234567890.123456789' },
    body: { S: `item ${i}` },
    bin: { B: new Uint8Array([i % 256, 0, 255]) },
    set: { NS: ['0.5', '2.5', String(i)] },
    strs: { SS: ['a', `s${i}`] },
    bins: { BS: [new Uint8Array([1]), new Uint8Array([2, i % 256])] },
    nested: { M: { list: { L: [{ N: '1' }, { S: 'x' }, { NULL: true }] }, ok: { BOOL: i % 2 === 0 } } },
    ...(i % 3 === 0 ? { created: { S: `2024-01-${String((i % 28) + 1).padStart(2, '0')}` } } : {}),
  }));
}

async function put(client: DynamoDBClient, name: string, list: readonly Raw[]): Promise<void> {
  for (let i = 0; i < list.length; i += 25) {
    await client.send(new BatchWriteItemCommand({ RequestItems: { [name]: list.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } })) } }));
  }
}

async function scan(client: DynamoDBClient, name: string): Promise<Raw[]> {
  const out: Raw[] = [];
  let start: Raw | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: name, ExclusiveStartKey: start, ConsistentRead: true }));
    out.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return out;
}

const digest = (list: readonly Raw[]) => {
  const acc = new DigestAccumulator();
  for (const i of list) acc.add(i);
  return acc.digest();
};

/** The items as the new table must hold them: sk as a number, nothing else changed. */
const asNumberKeys = (list: readonly Raw[]): Raw[] => list.map((i) => ({ ...i, sk: { N: (i['sk'] as { S: string }).S } }));

describe('data-preserving replace @engine', function () {
  this.timeout(120_000);
  let client: DynamoDBClient;
  let liveClient: LiveClient;
  const control = uniqueName('ctl');
  const made: TableShape[] = [];

  before(async () => {
    client = createClient({ endpoint: (await sharedEngine()).endpoint, region: 'us-east-1', profile: null });
    liveClient = liveClientFor(client);
  });
  after(async () => {
    for (const t of made) {
      await deleteTable(liveClient, t, OPS).catch(() => undefined);
      await deleteTable(liveClient, { ...t, name: `${t.name}__ddbm_tmp` }, OPS).catch(() => undefined);
    }
    client.destroy();
  });

  /** A live S/S table holding `list`, and the plan replacing it with `to(name)`. */
  async function setUp(list: readonly Raw[], to: (name: string) => TableShape) {
    const from = table({ name: uniqueName('rp'), billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null } });
    made.push(from);
    await createTable(liveClient, from, OPS);
    await put(client, from.name, list);
    const live = await readLiveTable(liveClient, from.name);
    if (!live) throw new Error('table missing');
    const desired = to(from.name);
    const tp: TablePlan = { table: from.name, impact: 'replace', change: { kind: 'ReplaceTable', table: from.name, live: live.shape, desired, reasons: ['sort key type'] }, steps: [], diagnostics: [], unsupported: [], target: desired };
    return { from, phasePlan: planPreservingReplace(tp, live) };
  }
  const numericSk = (name: string) => table({ name, sortKey: { name: 'sk', type: 'N' }, billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null } });

  it('S -> N sort key: every item is kept, values exact, key converted (count + checksum + item by item)', async () => {
    const source = items(600);
    const { from, phasePlan } = await setUp(source, numericSk);
    const events: ReplaceEvent[] = [];
    const report = await runPreservingReplace(liveClient, phasePlan, { controlTable: control, onEvent: (e) => events.push(e), ...OPS });
    expect(report.completed).to.equal(true);
    expect(report.phases.map((p) => p.status)).to.deep.equal(REPLACE_PHASES.map(() => 'done'));
    const after = await scan(client, from.name);
    expect(after).to.have.length(600);
    expect(digest(after)).to.deep.equal(digest(asNumberKeys(source)));
    expect(report.result).to.deep.equal(digest(asNumberKeys(source)));
    const one = after.find((i) => i['sk']?.N === '30');
    expect(one?.['big']).to.deep.equal({ N: '12345678901234567890.123456789' });
    expect(one?.['bin']).to.deep.equal({ B: new Uint8Array([10, 0, 255]) });
    expect((await describeTable(client, from.name))?.KeySchema?.[1]).to.deep.equal({ AttributeName: 'sk', KeyType: 'RANGE' });
    expect((await describeTable(client, from.name))?.AttributeDefinitions).to.deep.include({ AttributeName: 'sk', AttributeType: 'N' });
    expect(await describeTable(client, phasePlan.tempTable)).to.equal(null, 'temporary table dropped');
    expect(await readReplaceRecord(client, control, from.name)).to.equal(null, 'record removed when done');
    expect(events.filter((e) => e.kind === 'phase-start').map((e) => (e as { phase: string }).phase)).to.deep.equal([...REPLACE_PHASES]);
  });

  it('stops before writing or deleting anything when an item cannot convert, and lists those items', async () => {
    const source = [...items(100), { pk: { S: 'bad' }, sk: { S: 'x7' } }, { pk: { S: 'bad' }, sk: { S: 'twelve' } }, { pk: { S: 'dup' }, sk: { S: '3' } }, { pk: { S: 'dup' }, sk: { S: '3.0' } }];
    const { from, phasePlan } = await setUp(source, numericSk);
    const err = await runPreservingReplace(liveClient, phasePlan, { controlTable: control, ...OPS }).catch((e: unknown) => e);
    expect(err).to.be.instanceOf(DdbMigrateError);
    const problems = (err as DdbMigrateError).problems;
    expect(problems.every((p) => p.code === 'REPLACE_UNCONVERTIBLE' && p.table === from.name)).to.equal(true);
    const text = problems.map((p) => p.message).join('\n');
    expect(text).to.contain('item {"pk":"bad","sk":"x7"} sk (sort key): "x7" is not a number');
    expect(text).to.contain('item {"pk":"bad","sk":"twelve"}');
    expect(text).to.match(/item \{"pk":"dup","sk":"3(\.0)?"\} would have the same key/);
    expect(problems.at(-1)?.message).to.contain('3 item(s) cannot be copied into the new key schema; nothing was written or deleted');
    expect(digest(await scan(client, from.name))).to.deep.equal(digest(source), 'table and data intact');
    expect((await describeTable(client, from.name))?.AttributeDefinitions).to.deep.include({ AttributeName: 'sk', AttributeType: 'S' });
    expect(await describeTable(client, phasePlan.tempTable)).to.equal(null, 'no temporary table');
    expect(await readReplaceRecord(client, control, from.name)).to.equal(null);
  });

  it('a renamed key that items lack cannot convert', async () => {
    const source: Raw[] = [{ pk: { S: "a" }, sk: { S: "1" }, userId: { S: "u1" } }, { pk: { S: "b" }, sk: { S: "2" } }];
    const { phasePlan } = await setUp(source, (name) => table({ name, partitionKey: { name: 'userId', type: 'S' } }));
    const err = (await runPreservingReplace(liveClient, phasePlan, { controlTable: control, ...OPS }).catch((e: unknown) => e)) as DdbMigrateError;
    expect(err.problems[0]?.message).to.equal('item {"pk":"b","sk":"2"} has no userId (partition key of the new table)');
  });

  for (const stop of REPLACE_PHASES.slice(0, -1)) {
    it(`killed after phase ${stop}: a resumed run finishes with no item lost or doubled`, async () => {
      const source = items(150);
      const { from, phasePlan } = await setUp(source, numericSk);
      const first = await runPreservingReplace(liveClient, phasePlan, { controlTable: control, stopAfter: stop, ...OPS });
      expect(first.completed).to.equal(false);
      expect((await readReplaceRecord(client, control, from.name))?.done).to.equal(stop);
      if (stop === 'create') {
        // As if killed half-way through copy-back: some items are already in the new table.
        await put(client, from.name, asNumberKeys(source.slice(0, 70)));
      }
      const second = await resumePreservingReplace(liveClient, from.name, { controlTable: control, ...OPS });
      const next = REPLACE_PHASES[REPLACE_PHASES.indexOf(stop) + 1] as ReplacePhase;
      expect(second?.resumedAt).to.equal(next);
      expect(second?.completed).to.equal(true);
      const after = await scan(client, from.name);
      expect(after).to.have.length(150);
      expect(digest(after)).to.deep.equal(digest(asNumberKeys(source)));
      expect(await describeTable(client, phasePlan.tempTable)).to.equal(null);
      expect(await readReplaceRecord(client, control, from.name)).to.equal(null);
    });
  }

  it('refuses to touch a temporary-table name it did not create', async () => {
    const { from, phasePlan } = await setUp(items(5), numericSk);
    await createTable(liveClient, phasePlan.temp, OPS);
    const err = (await runPreservingReplace(liveClient, phasePlan, { controlTable: control, ...OPS }).catch((e: unknown) => e)) as DdbMigrateError;
    expect(err.problems[0]?.code).to.equal('REPLACE_TEMP_EXISTS');
    expect(await scan(client, from.name)).to.have.length(5);
  });

  it('adds an LSI keeping the data; the index answers queries', async () => {
    const source = items(90);
    const { from, phasePlan } = await setUp(source, (name) =>
      table({ name, billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null }, localIndexes: [lsi('byCreated', { sortKey: { name: 'created', type: 'S' } })] }),
    );
    await runPreservingReplace(liveClient, phasePlan, { controlTable: control, ...OPS });
    expect(digest(await scan(client, from.name))).to.deep.equal(digest(source));
    const out = await client.send(new QueryCommand({ TableName: from.name, IndexName: 'byCreated', KeyConditionExpression: 'pk = :p', ExpressionAttributeValues: { ':p': { S: 'P#0' } } }));
    const expected = source.filter((i) => i['pk']?.S === 'P#0' && i['created']).length;
    expect(out.Items).to.have.length(expected);
    expect(expected).to.be.greaterThan(0);
  });
});
