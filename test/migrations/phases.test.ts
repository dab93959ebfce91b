import { expect } from 'chai';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { diffTable } from '../../src/diff/diff-table.js';
import { executePlan } from '../../src/exec/execute-plan.js';
import { readLiveTable } from '../../src/live/read-live.js';
import { loadMigrations } from '../../src/migrations/loader.js';
import { runMigrations, type RunOptions } from '../../src/migrations/runner.js';
import type { GlobalIndexShape } from '../../src/model/table-shape.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { TempProject } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { createKvTable, engineClients, numberedItems, putAll, type EngineClients } from './helpers.js';
import { liveClientFor } from '../../src/live/live-client.js';

interface Seen {
  readonly id: string;
  readonly indexes: readonly string[];
  readonly indexQuery: string;
}
interface Hook {
  readonly seen: Seen[];
  observe(id: string, table: string): Promise<readonly string[]>;
}

/** Both migrations record what the table looks like when they run, and try the new index. */
const PROBE = `
  const t = ctx.tables['data'];
  const hook = globalThis.__ddbmPhases;
  const indexes = await hook.observe(ctx.id, t);
  let indexQuery;
  try {
    let n = 0;
    for await (const page of ctx.query(t, { IndexName: 'by-g', KeyConditionExpression: 'g = :g', ExpressionAttributeValues: { ':g': 'G' } })) n += page.items.length;
    indexQuery = 'found ' + n;
  } catch (e) {
    indexQuery = e.name;
  }
  hook.seen.push({ id: ctx.id, indexes, indexQuery });
`;

describe('migrations: before / after the schema steps around a GSI creation @engine', () => {
  let e: EngineClients;
  let project: TempProject;
  before(async () => {
    e = await engineClients();
  });
  after(() => project?.remove());

  it("a 'before' migration sees the table without the new GSI (and backfills its key); an 'after' one sees it ACTIVE and queries it", async () => {
    project = new TempProject({
      // 0001 is 'after' and 0002 'before': phase decides, then the number.
      'migrations/0001_read_index.mjs': `export const meta = { phase: 'after', tables: ['data'] };\nexport async function up(ctx) {${PROBE}}\n`,
      'migrations/0002_backfill_g.mjs': `export const meta = { phase: 'before', tables: ['data'] };
export async function up(ctx) {${PROBE}
  for await (const page of ctx.scan(t, { segments: 2 }))
    for (const item of page.items) await ctx.update(t, { Key: { pk: item.pk, sk: item.sk }, UpdateExpression: 'SET g = :g', ExpressionAttributeValues: { ':g': 'G' } });
}
`,
    });
    const data = uniqueName('mig-gsi');
    await createKvTable(e.client, data);
    await putAll(e.doc, data, numberedItems(12));
    const hook: Hook = {
      seen: [],
      async observe(_id, table) {
        const desc = (await e.client.send(new DescribeTableCommand({ TableName: table }))).Table;
        return (desc?.GlobalSecondaryIndexes ?? []).map((g) => `${g.IndexName}:${g.IndexStatus}`);
      },
    };
    (globalThis as { __ddbmPhases?: Hook }).__ddbmPhases = hook;
    try {
      const files = await loadMigrations(project.dir);
      const opts = (phase: 'before' | 'after'): RunOptions => ({ controlTable: uniqueName('mig-control'), dir: project.dir, files, phase, tables: { data }, dryRun: false, allowChanged: false, runId: 'r', log: () => undefined });
      const control = opts('before').controlTable;

      const before = await runMigrations(e.client, { ...opts('before'), controlTable: control });
      expect(before.map((r) => [r.id, r.status])).to.deep.equal([['0002_backfill_g', 'applied']]);

      // The schema steps: the planner's plan for "add GSI by-g on g", run by the executor.
      const live = await readLiveTable(liveClientFor(e.client), data);
      if (!live) throw new Error('table vanished');
      const byG: GlobalIndexShape = { name: 'by-g', partitionKey: [{ name: 'g', type: 'S' }], sortKey: [], projection: { type: 'KEYS_ONLY' }, capacity: null, onDemand: { maxRead: null, maxWrite: null } };
      const plan = buildPlan([diffTable({ ...live.shape, globalIndexes: [byG] }, live)], new Map([[data, live]]));
      expect(plan.tables[0]?.steps.map((s) => s.kind)).to.deep.equal(['CreateGlobalIndex']);
      const report = await executePlan(liveClientFor(e.client), plan, { pollIntervalMs: { initial: 50, max: 400 }, timeoutMs: 60_000 });
      expect(report.ok).to.equal(true);

      const after = await runMigrations(e.client, { ...opts('after'), controlTable: control });
      expect(after.map((r) => [r.id, r.status])).to.deep.equal([['0001_read_index', 'applied']]);
      expect(hook.seen).to.deep.equal([
        { id: '0002_backfill_g', indexes: [], indexQuery: 'ValidationException' },
        { id: '0001_read_index', indexes: ['by-g:ACTIVE'], indexQuery: 'found 12' },
      ]);
    } finally {
      delete (globalThis as { __ddbmPhases?: Hook }).__ddbmPhases;
    }
  });
});
