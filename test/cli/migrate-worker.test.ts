/**
 * `migrate run --worker` in-process (the CLI's main): usage errors before anything is written, the
 * apply guard (a migration whose work the workers created is left to them), the refusal beside an
 * in-process checkpoint, and one worker doing a whole migration alone.
 */
import { expect } from 'chai';
import { GetItemCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, ScanCommand } from '@aws-sdk/lib-dynamodb';
import { ensureWork } from '../../src/migrations/segment-records.js';
import { writeCheckpoint } from '../../src/migrations/records.js';
import { ensureControlTable } from '../../src/state/control-table.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

const migration = (table: string) => `export const meta = { tables: ['${table}'] };
export async function up(ctx) {
  const t = ctx.tables['${table}'];
  for await (const page of ctx.scan(t, { startFrom: ctx.lastCheckpoint(), Limit: 7 })) {
    for (const item of page.items) await ctx.update(t, { Key: { pk: item.pk }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } });
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
  }
}
`;

describe('cli: migrate run --worker @engine', function () {
  this.timeout(60_000);
  let endpoint: string;
  let client: DynamoDBClient;
  let doc: DynamoDBDocumentClient;
  const projects: TempProject[] = [];
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
    doc = DynamoDBDocumentClient.from(client);
  });
  after(() => {
    for (const p of projects) p.remove();
    client.destroy();
  });
  const target = () => ['--endpoint-url', endpoint, '--region', 'local'];

  async function project(items: number) {
    const name = uniqueName('mw');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n` });
    projects.push(p);
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    for (let i = 0; i < items; i += 1) await doc.send(new PutCommand({ TableName: name, Item: { pk: `i${i}` } }));
    p.write('migrations/0001_count.mjs', migration(name));
    return { p, name, ctl };
  }
  const counters = async (table: string) => ((await doc.send(new ScanCommand({ TableName: table }))).Items ?? []).map((i) => Number(i['n'] ?? 0)).sort();
  const applied = async (ctl: string) => (await client.send(new GetItemCommand({ TableName: ctl, Key: { pk: { S: 'MIGRATION' }, sk: { S: '0001_count' } }, ConsistentRead: true }))).Item !== undefined;

  it('refuses without --worker, and bad --segments / --lease, before anything is written', async () => {
    const { p, ctl } = await project(0);
    const none = await runCli(['migrate', 'run', '--dir', p.dir, ...target()]);
    expect(none.code).to.equal(1);
    expect(none.err).to.match(/needs --worker/);
    expect(none.err).to.match(/ddb-migrate apply/);
    for (const bad of [['--segments', '0'], ['--segments', 'many'], ['--lease', 'soon'], ['--lease', '0s']]) {
      const r = await runCli(['migrate', 'run', '--worker', '--dir', p.dir, ...target(), ...bad]);
      expect(r.code, bad.join(' ')).to.equal(1);
    }
    expect(await applied(ctl).catch(() => false)).to.equal(false);
  });

  it('one worker alone runs every segment and records the migration; apply left it to the workers while their work ran', async () => {
    const { p, name, ctl } = await project(30);
    // apply --no-migrations applies the schema and leaves the migration pending, for the workers.
    const schemaOnly = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures', '--no-migrations']);
    expect(schemaOnly.code, schemaOnly.err).to.equal(0);
    expect(await applied(ctl).catch(() => false)).to.equal(false);
    // The workers' shared work exists (a worker started it): apply leaves the migration to them.
    await ensureControlTable(client, ctl);
    await ensureWork(doc, ctl, '0001_count', 4);
    const apply = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures']);
    expect(apply.code, apply.err).to.equal(0);
    expect(apply.out + apply.err).to.match(/is being run by workers/);
    expect(await applied(ctl)).to.equal(false);
    expect(await counters(name)).to.deep.equal(Array(30).fill(0));

    const worker = await runCli(['migrate', 'run', '--worker', '--dir', p.dir, ...target(), '--format', 'json']);
    expect(worker.code, worker.err).to.equal(0);
    const doc1 = JSON.parse(worker.out) as { migrations: { id: string; segments: number; segmentsDone: number; processed: number; recordedHere: boolean }[] };
    // The first worker's segment count (4) stands, not this worker's default.
    expect(doc1.migrations.map((m) => [m.id, m.segments, m.segmentsDone, m.processed, m.recordedHere])).to.deep.equal([['0001_count', 4, 4, 30, true]]);
    expect(await counters(name)).to.deep.equal(Array(30).fill(1));
    expect(await applied(ctl)).to.equal(true);
    const again = await runCli(['migrate', 'run', '--worker', '--dir', p.dir, ...target()]);
    expect(again.code).to.equal(0);
    expect(again.out).to.match(/No pending migration/);
  });

  it('refuses a migration an in-process run left a checkpoint for (MIGRATION_IN_PROCESS_CHECKPOINT)', async () => {
    const { p, name, ctl } = await project(3);
    await ensureControlTable(client, ctl);
    await writeCheckpoint(doc, ctl, '0001_count', { segments: [{ done: false, lastKey: null }] }, 'run-1');
    const r = await runCli(['migrate', 'run', '--worker', '--dir', p.dir, ...target()]);
    expect(r.code).to.equal(1);
    expect(r.err).to.match(/MIGRATION_IN_PROCESS_CHECKPOINT/);
    expect(await counters(name)).to.deep.equal([0, 0, 0]);
  });
});
