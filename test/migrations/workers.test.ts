/**
 * `migrate run --worker` end to end, as separate processes on the suite's DynamoDB Local: four
 * workers share one migration over 100,000 items (16 segments, 3-s leases); two are killed with
 * kill -9 mid-way and the other two take their segments over from the last checkpoints. Every item
 * is migrated; the migration's counter (ADD n :1) shows none done twice except the items of the
 * page each killed worker had not checkpointed yet; the migration is recorded applied once.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { GetItemCommand, QueryCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

const ENTRY = fileURLToPath(new URL('../reliability/cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ITEMS = Number(process.env['WORKERS_TEST_ITEMS'] ?? 100_000);
const PAGE = 250;

/** Today's context API, unchanged: scan from the last checkpoint, update each item, checkpoint the page. */
const migration = (table: string) => `export const meta = { phase: 'after', tables: ['${table}'] };
export async function up(ctx) {
  const t = ctx.tables['${table}'];
  for await (const page of ctx.scan(t, { startFrom: ctx.lastCheckpoint(), Limit: ${PAGE} })) {
    await Promise.all(page.items.map((item) => ctx.update(t, { Key: { pk: item.pk }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } })));
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
  }
}
`;

interface Worker {
  readonly child: ChildProcess;
  out: string;
  readonly exited: Promise<number | null>;
}

describe('migrate run --worker: four processes, two killed with kill -9 @engine', function () {
  this.timeout(240_000);
  let endpoint: string;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  const workers: Worker[] = [];
  const projects: TempProject[] = [];
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
    doc = DynamoDBDocumentClient.from(client);
  });
  after(() => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    for (const p of projects) p.remove();
    client.destroy();
  });

  const target = () => ['--endpoint-url', endpoint, '--region', 'local'];
  const startWorker = (dir: string): Worker => {
    const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'migrate', 'run', '--worker', '--dir', dir, ...target(), '--lease', '3s', '--segments', '16'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    const w: Worker = { child, out: '', exited: new Promise((res) => child.on('exit', (code) => res(code))) };
    child.stdout?.on('data', (d: Buffer) => (w.out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (w.out += d.toString()));
    workers.push(w);
    return w;
  };

  async function load(table: string): Promise<void> {
    const batches: Record<string, unknown>[][] = [];
    for (let i = 0; i < ITEMS; i += 25) batches.push(Array.from({ length: Math.min(25, ITEMS - i) }, (_, j) => ({ pk: `item-${String(i + j).padStart(6, '0')}`, body: 'x'.repeat(40) })));
    let next = 0;
    const lane = async () => {
      while (next < batches.length) {
        let items = (batches[next++] as Record<string, unknown>[]).map((Item) => ({ PutRequest: { Item } }));
        while (items.length > 0) {
          const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: items } }));
          items = (out.UnprocessedItems?.[table] ?? []) as typeof items;
        }
      }
    };
    await Promise.all(Array.from({ length: 16 }, lane));
  }

  const segmentsProcessed = async (ctl: string): Promise<number> => {
    const out = await client.send(new QueryCommand({ TableName: ctl, KeyConditionExpression: 'pk = :pk', ExpressionAttributeValues: { ':pk': { S: 'SEGMENT' } }, ConsistentRead: true }));
    return (out.Items ?? []).reduce((n, r) => n + Number(r['processed']?.N ?? 0), 0);
  };

  it('every item migrated, none twice past a checkpoint, the migration recorded once', async () => {
    const name = uniqueName('workers');
    const ctl = uniqueName('ctl');
    const p = new TempProject({
      'ddb-migrate.yaml': `controlTable: ${ctl}\n`,
      [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`,
    });
    projects.push(p);
    const created = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures']);
    expect(created.code, created.err).to.equal(0);
    await load(name);
    p.write('migrations/0001_count.mjs', migration(name));

    const four = [0, 1, 2, 3].map(() => startWorker(p.dir));
    // Mid-way: once a fifth of the items are checkpointed, two workers die without a word.
    const deadline = Date.now() + 120_000;
    while ((await segmentsProcessed(ctl).catch(() => 0)) < ITEMS / 5) {
      expect(Date.now(), 'the workers made no progress').to.be.below(deadline);
      await new Promise((r) => setTimeout(r, 200));
    }
    for (const w of four.slice(0, 2)) w.child.kill('SIGKILL');
    const codes = await Promise.all(four.slice(2).map((w) => w.exited));
    expect(codes, four.map((w) => w.out).join('\n---\n')).to.deep.equal([0, 0]);
    expect(await four[0]?.exited).to.equal(null);

    // Recorded once: exactly one surviving worker wrote the record.
    const survivors = four.slice(2).map((w) => w.out);
    expect(survivors.filter((o) => /recorded applied by this worker/.test(o))).to.have.length(1);
    const rec = await client.send(new GetItemCommand({ TableName: ctl, Key: { pk: { S: 'MIGRATION' }, sk: { S: '0001_count' } }, ConsistentRead: true }));
    expect(rec.Item?.['runId']?.S).to.be.a('string');
    // Counted once per item: a taken-over segment counts on from its last checkpoint.
    expect(Number(rec.Item?.['processed']?.N)).to.equal(ITEMS);

    const counts = new Map<number, number>();
    let start: Record<string, unknown> | undefined;
    do {
      const out = await doc.send(new ScanCommand({ TableName: name, ProjectionExpression: 'n', ExclusiveStartKey: start }));
      for (const item of out.Items ?? []) counts.set(Number(item['n'] ?? 0), (counts.get(Number(item['n'] ?? 0)) ?? 0) + 1);
      start = out.LastEvaluatedKey;
    } while (start);
    const total = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(total).to.equal(ITEMS);
    expect(counts.get(0) ?? 0, 'items never migrated').to.equal(0);
    // A killed worker's page after its last checkpoint is done again by the worker that takes over.
    expect(counts.get(2) ?? 0, 'items migrated twice').to.be.at.most(2 * PAGE);
    expect([...counts.keys()].filter((n) => n > 2), 'items migrated three times or more').to.deep.equal([]);

    // apply now finds it applied: nothing pending, nothing run again.
    const plan = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(0);
  });
});
