import { expect } from 'chai';
import { QueryCommand } from '@aws-sdk/lib-dynamodb';
import { diffTable } from '../../src/diff/diff-table.js';
import { executePlan } from '../../src/exec/execute-plan.js';
import { loadMigrations } from '../../src/migrations/loader.js';
import { migrationStatus } from '../../src/migrations/status.js';
import { runMigrations, type RunOptions } from '../../src/migrations/runner.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { loadTables } from '../../src/desired/load-tables.js';
import { uniqueName } from '../support/engine.js';
import { engineClients, putAll, scanAll, type EngineClients } from './helpers.js';
import { EXAMPLE_PROJECT } from '../support/inputs.js';
import { liveClientFor } from '../../src/live/live-client.js';

// The tests' copy of the example project (test/inputs/cruddur), not the one users edit.
const REPO = EXAMPLE_PROJECT;
const GROUP_A = '5ae290ed-55d1-47a0-bc6d-fe2bc2700399';
const GROUP_B = '0f7d3c1e-9a51-4d5e-8c3b-2b8f6e0a9c44';

/** Rows as an older version of the app wrote them: MSG# rows without message_group_uuid. */
function legacyRows(): Record<string, unknown>[] {
  const rows: Record<string, unknown>[] = [
    { pk: 'GRP#90bd5a8b-4a44-4e9c-ae7c-3c52c8efc0f2', sk: '2023-03-01T09:31:00.000Z', message_group_uuid: GROUP_A, message: 'See you on Friday' },
    { pk: 'GRP#6a9c7a43-2b4d-41e0-8a4a-ae5a4a1b7d11', sk: '2023-03-01T09:31:00.000Z', message_group_uuid: GROUP_A, message: 'See you on Friday' },
  ];
  for (let i = 0; i < 30; i += 1) rows.push({ pk: `MSG#${GROUP_A}`, sk: `2023-03-01T09:${String(i).padStart(2, '0')}:00.000Z`, message: `message ${i}` });
  // Group B: some rows already carry the attribute (a newer app version wrote them).
  for (let i = 0; i < 20; i += 1) rows.push({ pk: `MSG#${GROUP_B}`, sk: `2023-04-01T10:${String(i).padStart(2, '0')}:00.000Z`, message: `b ${i}`, ...(i < 5 ? { message_group_uuid: GROUP_B } : {}) });
  // A value set by hand is left alone: the migration only fills in missing ones.
  rows.push({ pk: `MSG#${GROUP_B}`, sk: '2023-04-01T11:00:00.000Z', message: 'moved', message_group_uuid: 'set-by-hand' });
  return rows;
}

describe('migrations: the cruddur example 0001_backfill_message_group_uuid @engine', () => {
  let e: EngineClients;
  before(async () => {
    e = await engineClients();
  });

  it('copies message_group_uuid from the pk onto MSG# rows that lack it, so the GSI serves messages; a second run changes nothing', async () => {
    // cruddur-messages as declared in tables/, under a name of its own on the shared engine.
    const [spec] = (await loadTables(REPO, null)).filter((t) => t.name === 'cruddur-messages');
    if (!spec) throw new Error('tables/cruddur-messages.yaml missing');
    const table = uniqueName('cruddur-messages');
    const create = buildPlan([diffTable({ ...spec, name: table }, undefined)], new Map());
    expect((await executePlan(liveClientFor(e.client), create, { pollIntervalMs: { initial: 50, max: 400 } })).ok).to.equal(true);
    await putAll(e.doc, table, legacyRows());
    const before = await scanAll(e.doc, table);

    const files = await loadMigrations(REPO);
    const example = files.find((f) => f.id === '0001_backfill_message_group_uuid');
    expect(example).to.deep.include({ phase: 'after', tables: ['cruddur-messages'], file: 'migrations/0001_backfill_message_group_uuid.ts' });
    const control = uniqueName('mig-control');
    const opts: RunOptions = { controlTable: control, dir: REPO, files: [example!], phase: 'after', tables: { 'cruddur-messages': table }, dryRun: false, allowChanged: false, runId: 'r1', log: () => undefined };

    const dry = await runMigrations(e.client, { ...opts, dryRun: true });
    expect(dry.map((r) => [r.status, r.counts.updated])).to.deep.equal([['dry-run', 45]]);
    expect(await scanAll(e.doc, table)).to.deep.equal(before);

    const results = await runMigrations(e.client, opts);
    expect(results.map((r) => [r.status, r.counts.updated, r.counts.conditionFailed])).to.deep.equal([['applied', 45, 0]]);
    const after = await scanAll(e.doc, table);
    const expected = before.map((row) => {
      const pk = String(row['pk']);
      return pk.startsWith('MSG#') && row['message_group_uuid'] === undefined ? { ...row, message_group_uuid: pk.slice(4) } : row;
    });
    expect(after).to.deep.equal(expected);
    expect(after.find((r) => r['message'] === 'moved')?.['message_group_uuid']).to.equal('set-by-hand');

    // Pattern E through the index: a group's rows, messages included now.
    const viaIndex = await e.doc.send(
      new QueryCommand({ TableName: table, IndexName: 'message-group-sk-index', KeyConditionExpression: 'message_group_uuid = :g AND begins_with(sk, :d)', ExpressionAttributeValues: { ':g': GROUP_A, ':d': '2023-03-01' } }),
    );
    expect(viaIndex.Items?.filter((i) => String(i['pk']).startsWith('MSG#'))).to.have.length(30);

    expect((await migrationStatus(e.client, control, files)).pending.map((m) => m.id)).to.not.include('0001_backfill_message_group_uuid');
    expect(await runMigrations(e.client, { ...opts, runId: 'r2' })).to.deep.equal([]);
    // Idempotent even when run again from scratch (another environment's control table).
    const again = await runMigrations(e.client, { ...opts, controlTable: uniqueName('mig-control') });
    expect(again.map((r) => [r.status, r.counts.updated])).to.deep.equal([['applied', 0]]);
    expect(await scanAll(e.doc, table)).to.deep.equal(expected);
  });
});
