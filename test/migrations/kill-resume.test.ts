import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadMigrations } from '../../src/migrations/loader.js';
import { migrationStatus } from '../../src/migrations/status.js';
import { runMigrations } from '../../src/migrations/runner.js';
import { TempProject } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { createKvTable, engineClients, getItem, numberedItems, putAll, scanAll, type EngineClients } from './helpers.js';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Idempotent (conditional) and checkpointed after every page; slowed down in the child only. */
const MIGRATION = `
export async function up(ctx) {
  const t = ctx.tables['data'];
  const slow = Number(process.env.DDBM_TEST_SLOW_MS ?? 0);
  for await (const page of ctx.scan(t, { segments: 2, Limit: 5, startFrom: ctx.lastCheckpoint() })) {
    for (const item of page.items)
      await ctx.update(t, { Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET done_by = :id', ConditionExpression: 'attribute_not_exists(done_by)', ExpressionAttributeValues: { ':id': process.pid } });
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
    if (slow > 0) await new Promise((r) => setTimeout(r, slow));
  }
}
`;

describe('migrations: a run killed with SIGKILL resumes from its checkpoint @engine', () => {
  let e: EngineClients;
  let project: TempProject;
  let child: ChildProcess | null = null;
  before(async () => {
    e = await engineClients();
  });
  after(() => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    project?.remove();
  });

  it('kill -9 mid-way: not recorded, resuming; the next run skips the checkpointed pages and finishes every item', async () => {
    project = new TempProject({ 'migrations/0001_mark.mjs': MIGRATION });
    const data = uniqueName('mig-kill');
    const control = uniqueName('mig-control');
    await createKvTable(e.client, data);
    await putAll(e.doc, data, numberedItems(80));

    const proc = spawn(process.execPath, ['--import', 'tsx', join(REPO, 'test/migrations/child-run.ts'), e.endpoint, project.dir, control, data], {
      cwd: REPO,
      env: { ...process.env, DDBM_TEST_SLOW_MS: '300' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child = proc;
    let output = '';
    proc.stdout?.on('data', (b: Buffer) => (output += b.toString()));
    proc.stderr?.on('data', (b: Buffer) => (output += b.toString()));
    const exited = new Promise<void>((r) => proc.on('exit', () => r()));

    // Wait for the child to have checkpointed a few pages, then kill it without warning.
    const deadline = Date.now() + 30_000;
    for (;;) {
      const done = (await scanAll(e.doc, data)).filter((i) => i['done_by'] !== undefined).length;
      if (done >= 15 && (await getItem(e.doc, control, 'CHECKPOINT', '0001_mark'))) break;
      if (Date.now() > deadline || proc.exitCode !== null) throw new Error(`child did not get going: ${output}`);
      await new Promise((r) => setTimeout(r, 50));
    }
    proc.kill('SIGKILL');
    await exited;
    expect(proc.signalCode).to.equal('SIGKILL');

    const files = await loadMigrations(project.dir);
    const status = await migrationStatus(e.client, control, files);
    expect(status.pending.map((m) => m.status)).to.deep.equal(['resuming']);
    expect(await getItem(e.doc, control, 'MIGRATION', '0001_mark')).to.equal(undefined);
    const doneByChild = (await scanAll(e.doc, data)).filter((i) => i['done_by'] !== undefined).length;
    expect(doneByChild).to.be.within(15, 79);

    const results = await runMigrations(e.client, { controlTable: control, dir: project.dir, files, phase: 'after', tables: { data }, dryRun: false, allowChanged: false, runId: 'resume', log: () => undefined });
    expect(results.map((r) => [r.status, r.resumed])).to.deep.equal([['applied', true]]);
    // Resumed, not restarted: the pages checkpointed by the child were not read again.
    expect(results[0]?.processed).to.be.below(80);
    expect(results[0]!.processed + doneByChild).to.be.at.least(80);
    const items = await scanAll(e.doc, data);
    expect(items.filter((i) => i['done_by'] === undefined)).to.deep.equal([]);
    expect(items).to.have.length(80);
    expect(await getItem(e.doc, control, 'CHECKPOINT', '0001_mark')).to.equal(undefined);
  });
});
