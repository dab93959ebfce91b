import { expect } from 'chai';
import { loadMigrations } from '../../src/migrations/loader.js';
import { migrationStatus } from '../../src/migrations/status.js';
import { describeResult, migrationFailure, runMigrations, type RunOptions } from '../../src/migrations/runner.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { join } from 'node:path';
import { displayPath } from '../../src/util/display-path.js';
import { TempProject } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { createKvTable, engineClients, getItem, numberedItems, putAll, scanAll, tableExists, type EngineClients } from './helpers.js';

/** A migration that counts its runs on one item (ADD: a second run would show 2). */
const COUNTER = `
export const meta = { tables: ['data'], description: 'count runs' };
export async function up(ctx) {
  await ctx.update(ctx.tables['data'], { Key: { pk: 'RUNS', sk: ctx.id }, UpdateExpression: 'ADD runs :one', ExpressionAttributeValues: { ':one': 1 } });
}
`;

describe('migrations: runner on DynamoDB Local @engine', () => {
  let e: EngineClients;
  const projects: TempProject[] = [];
  before(async () => {
    e = await engineClients();
  });
  after(() => projects.forEach((p) => p.remove()));

  async function setup(files: Record<string, string>) {
    const p = new TempProject(files);
    projects.push(p);
    const data = uniqueName('mig-data');
    await createKvTable(e.client, data);
    const control = uniqueName('mig-control');
    const logs: string[] = [];
    const opts = (over: Partial<RunOptions> = {}): RunOptions => ({
      controlTable: control,
      dir: p.dir,
      phase: 'after',
      tables: { data },
      dryRun: false,
      allowChanged: false,
      runId: 'run-1',
      log: (l) => logs.push(l),
      ...over,
    });
    return { p, data, control, logs, opts };
  }

  it('pending -> applied (recorded with checksum, time, run id) -> not run again', async () => {
    const s = await setup({ 'migrations/0001_count.mjs': COUNTER, 'migrations/0002_count_too.mjs': COUNTER });
    const files = await loadMigrations(s.p.dir);
    const before = await migrationStatus(e.client, s.control, files);
    expect(before.pending.map((m) => [m.id, m.status, m.phase, m.tables])).to.deep.equal([
      ['0001_count', 'pending', 'after', ['data']],
      ['0002_count_too', 'pending', 'after', ['data']],
    ]);

    const first = await runMigrations(e.client, s.opts());
    expect(first.map((r) => [r.id, r.status, r.counts.updated])).to.deep.equal([
      ['0001_count', 'applied', 1],
      ['0002_count_too', 'applied', 1],
    ]);
    expect(migrationFailure(first)).to.equal(null);
    expect(describeResult(first[0]!)).to.match(/^applied 0001_count \(\d+\.\d s, update 1\)$/);
    const rec = await getItem(e.doc, s.control, 'MIGRATION', '0001_count');
    expect(rec).to.deep.include({ checksum: files[0]?.checksum, runId: 'run-1', file: 'migrations/0001_count.mjs' });
    expect(String(rec?.['appliedAt'])).to.match(/^\d{4}-\d\d-\d\dT/);

    const after = await migrationStatus(e.client, s.control, files);
    expect(after.pending).to.deep.equal([]);
    expect(after.applied.map((a) => a.id)).to.deep.equal(['0001_count', '0002_count_too']);
    expect(await runMigrations(e.client, s.opts({ runId: 'run-2' }))).to.deep.equal([]);
    expect((await getItem(e.doc, s.data, 'RUNS', '0001_count'))?.['runs']).to.equal(1);
    expect((await getItem(e.doc, s.data, 'RUNS', '0002_count_too'))?.['runs']).to.equal(1);
  });

  it('an applied file that changed is MIGRATION_CHANGED (exit 1, naming it) and nothing runs; --allow-changed accepts it', async () => {
    const s = await setup({ 'migrations/0001_count.mjs': COUNTER });
    await runMigrations(e.client, s.opts());
    s.p.write('migrations/0001_count.mjs', `${COUNTER}// edited after it was applied\n`);
    s.p.write('migrations/0002_new.mjs', COUNTER);
    const status = await migrationStatus(e.client, s.control, await loadMigrations(s.p.dir));
    expect(status.changed.map((c) => [c.id, c.file])).to.deep.equal([['0001_count', displayPath(join(s.p.dir, 'migrations/0001_count.mjs'))]]);
    try {
      await runMigrations(e.client, s.opts());
      expect.fail('expected MIGRATION_CHANGED');
    } catch (err) {
      expect(err).to.be.instanceOf(DdbMigrateError);
      const de = err as DdbMigrateError;
      expect(de.exitCode).to.equal(1);
      expect(de.problems.map((p) => [p.code, p.location?.file])).to.deep.equal([['MIGRATION_CHANGED', displayPath(join(s.p.dir, 'migrations/0001_count.mjs'))]]);
      expect(de.problems[0]?.hint).to.contain('--allow-changed');
    }
    expect(await getItem(e.doc, s.data, 'RUNS', '0002_new')).to.equal(undefined);

    const allowed = await runMigrations(e.client, s.opts({ allowChanged: true, runId: 'run-2' }));
    expect(allowed.map((r) => [r.id, r.status])).to.deep.equal([['0002_new', 'applied']]);
    expect(s.logs.join('\n')).to.contain('migrations/0001_count.mjs changed after it was applied; accepted');
    expect((await getItem(e.doc, s.data, 'RUNS', '0001_count'))?.['runs']).to.equal(1); // accepted, not run again
    // The new checksum is recorded: the next apply needs no flag.
    expect(await runMigrations(e.client, s.opts({ runId: 'run-3' }))).to.deep.equal([]);
  });

  it('dry run: the helpers write nothing (not even the control table) and count what they would do', async () => {
    const s = await setup({
      'migrations/0001_everything.mjs': `
export async function up(ctx) {
  const t = ctx.tables['data'];
  let seen = 0;
  for await (const page of ctx.scan(t, { segments: 2, Limit: 3 })) { seen += page.items.length; ctx.progress(page.items.length); await ctx.checkpoint(page.cursor); }
  await ctx.batchWrite(t, [{ pk: 'NEW', sk: '1' }, { pk: 'NEW', sk: '2' }]);
  await ctx.put(t, { pk: 'NEW', sk: '3' });
  await ctx.update(t, { Key: { pk: 'ITEM#0000', sk: 'A' }, UpdateExpression: 'SET touched = :t', ExpressionAttributeValues: { ':t': true } });
  await ctx.delete(t, { pk: 'ITEM#0001', sk: 'A' });
  ctx.log('dryRun=' + ctx.dryRun + ' seen=' + seen + ' checkpoint=' + (ctx.lastCheckpoint() ? 'kept' : 'none'));
}
`,
    });
    await putAll(e.doc, s.data, numberedItems(10));
    const before = await scanAll(e.doc, s.data);
    const results = await runMigrations(e.client, s.opts({ dryRun: true }));
    expect(results.map((r) => [r.id, r.status, r.processed, r.counts])).to.deep.equal([
      ['0001_everything', 'dry-run', 10, { put: 3, updated: 1, deleted: 1, conditionFailed: 0 }],
    ]);
    expect(s.logs).to.include('0001_everything: dryRun=true seen=10 checkpoint=kept');
    expect(await scanAll(e.doc, s.data)).to.deep.equal(before);
    expect(await tableExists(e.client, s.control)).to.equal(false);
    // Still pending for the real run.
    const real = await runMigrations(e.client, s.opts());
    expect(real.map((r) => r.status)).to.deep.equal(['applied']);
    expect((await scanAll(e.doc, s.data)).length).to.equal(10 + 3 - 1);
  });

  it('a failing migration is reported failed with its file, later ones skipped, nothing recorded', async () => {
    const s = await setup({
      'migrations/0001_boom.mjs': `export async function up() { throw new Error('no such attribute'); }\n`,
      'migrations/0002_count.mjs': COUNTER,
    });
    const results = await runMigrations(e.client, s.opts());
    expect(results.map((r) => [r.id, r.status])).to.deep.equal([
      ['0001_boom', 'failed'],
      ['0002_count', 'skipped'],
    ]);
    expect(results[0]?.error).to.deep.include({ code: 'MIGRATION_FAILED', message: `${displayPath(join(s.p.dir, 'migrations/0001_boom.mjs'))} failed: Error: no such attribute` });
    expect(results[0]?.error?.hint).to.contain('starts over');
    expect(migrationFailure(results)?.problems.map((p) => p.code)).to.deep.equal(['MIGRATION_FAILED']);
    expect(await getItem(e.doc, s.control, 'MIGRATION', '0001_boom')).to.equal(undefined);
    expect(await getItem(e.doc, s.data, 'RUNS', '0002_count')).to.equal(undefined);
  });

  it('a migration stopped after N checkpoints resumes from the last one and processes every item exactly once', async () => {
    const s = await setup({
      'migrations/0001_visit.mjs': `
export async function up(ctx) {
  const t = ctx.tables['data'];
  const hook = globalThis.__ddbmVisit;
  let checkpoints = 0;
  for await (const page of ctx.scan(t, { segments: 3, Limit: 4, startFrom: ctx.lastCheckpoint() })) {
    // ADD is not idempotent: an item visited twice would show visits = 2.
    for (const item of page.items) await ctx.update(t, { Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'ADD visits :one', ExpressionAttributeValues: { ':one': 1 } });
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
    checkpoints += 1;
    if (hook.failAfter !== null && checkpoints === hook.failAfter) throw new Error('killed after ' + checkpoints + ' checkpoints');
  }
}
`,
    });
    const g = globalThis as { __ddbmVisit?: { failAfter: number | null } };
    await putAll(e.doc, s.data, numberedItems(60));
    try {
      g.__ddbmVisit = { failAfter: 4 };
      const first = await runMigrations(e.client, s.opts());
      expect(first.map((r) => [r.status, r.processed])).to.deep.equal([['failed', 16]]);
      expect(first[0]?.error?.hint).to.contain('resumes from its last checkpoint');
      const status = await migrationStatus(e.client, s.control, await loadMigrations(s.p.dir));
      expect(status.pending.map((m) => [m.id, m.status])).to.deep.equal([['0001_visit', 'resuming']]);
      const visitedOnce = (await scanAll(e.doc, s.data)).filter((i) => i['visits'] === 1).length;
      expect(visitedOnce).to.equal(16);

      g.__ddbmVisit = { failAfter: null };
      const second = await runMigrations(e.client, s.opts({ runId: 'run-2' }));
      expect(second.map((r) => [r.status, r.resumed, r.processed])).to.deep.equal([['applied', true, 44]]);
      const items = await scanAll(e.doc, s.data);
      expect(items.map((i) => i['visits'])).to.deep.equal(items.map(() => 1));
      expect(await getItem(e.doc, s.control, 'CHECKPOINT', '0001_visit')).to.equal(undefined);
      expect(await getItem(e.doc, s.control, 'MIGRATION', '0001_visit')).to.deep.include({ runId: 'run-2' });
    } finally {
      delete g.__ddbmVisit;
    }
  });

  it('runs only the phase asked for, each in number order', async () => {
    const s = await setup({
      'migrations/0001_late.mjs': `export const meta = { phase: 'after' };\n${COUNTER.replace(/export const meta.*\n/, '')}`,
      'migrations/0002_early.mjs': `export const meta = { phase: 'before' };\n${COUNTER.replace(/export const meta.*\n/, '')}`,
      'migrations/0003_early_too.mjs': `export const meta = { phase: 'before' };\n${COUNTER.replace(/export const meta.*\n/, '')}`,
    });
    const status = await migrationStatus(e.client, s.control, await loadMigrations(s.p.dir));
    expect(status.pending.map((m) => m.id)).to.deep.equal(['0002_early', '0003_early_too', '0001_late']);
    expect((await runMigrations(e.client, s.opts({ phase: 'before' }))).map((r) => r.id)).to.deep.equal(['0002_early', '0003_early_too']);
    expect((await runMigrations(e.client, s.opts({ phase: 'before' }))).map((r) => r.id)).to.deep.equal([]);
    expect((await runMigrations(e.client, s.opts({ phase: 'after' }))).map((r) => r.id)).to.deep.equal(['0001_late']);
  });
});
