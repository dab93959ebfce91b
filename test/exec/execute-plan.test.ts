import { expect } from 'chai';
import { DescribeTableCommand, UpdateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { executePlan, type ExecEvent, type ExecOptions, type ExecReport } from '../../src/exec/execute-plan.js';
import { verifyPlan } from '../../src/exec/verify.js';
import type { Plan } from '../../src/model/plan.js';
import type { TableShape } from '../../src/model/table-shape.js';
import { sharedEngine, uniqueName } from '../support/engine.js';
import { gsiOn as gsi, plan, shape, step, tablePlan } from '../support/builders.js';
import { liveClientFor, type LiveClient } from '../../src/live/live-client.js';

const FAST: ExecOptions = { pollIntervalMs: { initial: 50, max: 400 }, timeoutMs: 30_000 };

describe('exec: executePlan + verifyPlan on DynamoDB Local @engine', () => {
  let client: DynamoDBClient;
  let liveClient: LiveClient;
  before(async () => {
    const engine = await sharedEngine();
    client = createClient({ endpoint: engine.endpoint, region: 'us-east-1', profile: null });
    liveClient = liveClientFor(client);
  });

  async function run(p: Plan, opts: ExecOptions = {}): Promise<{ report: ExecReport; events: ExecEvent[] }> {
    const events: ExecEvent[] = [];
    const report = await executePlan(liveClient, p, { ...FAST, ...opts, onEvent: (e) => events.push(e) });
    return { report, events };
  }

  /** Runs the steps, expects every one done (or skipped as unsupported), then verifies against `target`. */
  async function applyAndVerify(table: string, steps: Parameters<typeof tablePlan>[1], target: TableShape | null) {
    const p = plan(tablePlan(table, steps, target));
    const { report, events } = await run(p);
    expect(report.steps.map((s) => [s.step.kind, s.status, s.error?.message])).to.deep.equal(
      report.steps.map((s) => [s.step.kind, s.status === 'skipped-unsupported' ? s.status : 'done', undefined]),
    );
    expect(report.ok).to.equal(true);
    expect(await verifyPlan(liveClient, p)).to.deep.equal([]);
    return { report, events };
  }

  const waits = (events: ExecEvent[]) => events.flatMap((e) => (e.kind === 'waiting' ? [e.message] : []));

  describe('one table through its life', () => {
    const name = uniqueName('life');
    const lsi = { name: 'by-l', sortKey: { name: 'l', type: 'S' as const }, projection: { type: 'KEYS_ONLY' as const } };
    let current: TableShape = shape(name, {
      globalIndexes: [gsi('by-g', 'g')],
      localIndexes: [lsi],
      stream: 'NEW_IMAGE',
      tags: { project: 'cruddur' },
    });

    it('creates a table with a GSI, an LSI and a stream; tags and PITR are reported unsupported, not faked', async () => {
      const { report } = await applyAndVerify(
        name,
        [
          step(name, { kind: 'CreateTable', shape: current }),
          step(name, { kind: 'TagTable', tags: { project: 'cruddur' } }, 'none'),
          step(name, { kind: 'UpdatePointInTimeRecovery', enabled: true }, 'none'),
        ],
        current,
      );
      expect(report.steps.map((s) => s.status)).to.deep.equal(['done', 'skipped-unsupported', 'skipped-unsupported']);
      expect(report.steps[1]?.note).to.match(/tags is not supported by this endpoint/);
    });

    it('verification fails loudly when the target differs from what the endpoint reports', async () => {
      const wrong = { ...current, stream: 'KEYS_ONLY' as const, billing: { mode: 'PROVISIONED' as const, read: 9, write: 5 }, ttl: 'gone_at' };
      const problems = await verifyPlan(liveClient, plan(tablePlan(name, [], wrong)));
      expect(problems.map((p) => p.message)).to.deep.equal([
        'billing: expected PROVISIONED read 9 / write 5, endpoint reports PROVISIONED read 5 / write 5',
        'stream: expected KEYS_ONLY, endpoint reports NEW_IMAGE',
        'ttl: expected gone_at, endpoint reports none',
      ]);
      expect(problems.every((p) => p.code === 'VERIFY_MISMATCH' && p.table === name && /did not apply it/.test(p.hint ?? ''))).to.equal(true);
    });

    it('adds two GSIs as two steps and waits for each (the engine refuses both in one call)', async () => {
      const g1 = gsi('gsi-one', 'a1');
      const g2 = gsi('gsi-two', 'a2', { projection: { type: 'INCLUDE', attributes: ['x', 'y'] }, capacity: { read: 2, write: 3 } });
      const both = client.send(
        new UpdateTableCommand({
          TableName: name,
          AttributeDefinitions: [
            { AttributeName: 'a1', AttributeType: 'S' },
            { AttributeName: 'a2', AttributeType: 'S' },
          ],
          GlobalSecondaryIndexUpdates: [
            { Create: { IndexName: 'gsi-one', KeySchema: [{ AttributeName: 'a1', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } },
            { Create: { IndexName: 'gsi-two', KeySchema: [{ AttributeName: 'a2', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' }, ProvisionedThroughput: { ReadCapacityUnits: 1, WriteCapacityUnits: 1 } } },
          ],
        }),
      );
      await both.then(
        () => expect.fail('two GSI creates in one call were accepted'),
        (e: Error) => expect(e.name).to.equal('LimitExceededException'),
      );

      current = { ...current, globalIndexes: [...current.globalIndexes, g1, g2] };
      const { events } = await applyAndVerify(
        name,
        [step(name, { kind: 'CreateGlobalIndex', index: g1, billing: 'PROVISIONED' }), step(name, { kind: 'CreateGlobalIndex', index: g2, billing: 'PROVISIONED' })],
        current,
      );
      const w = waits(events);
      expect(w.some((m) => new RegExp(`^waiting for ${name} index gsi-one CREATING \\((allocating|backfilling)\\) \\d+s$`).test(m))).to.equal(true);
      expect(w.some((m) => /index gsi-two CREATING/.test(m))).to.equal(true);
      // g1 was waited to ACTIVE before g2 was asked for.
      const ends = events.filter((e) => e.kind === 'step-end').map((e) => e.step.kind === 'CreateGlobalIndex' && e.step.index.name);
      expect(ends).to.deep.equal(['gsi-one', 'gsi-two']);
    });

    it('drops a GSI and waits until it is gone', async () => {
      current = { ...current, globalIndexes: current.globalIndexes.filter((g) => g.name !== 'gsi-one') };
      const { events } = await applyAndVerify(name, [step(name, { kind: 'DeleteGlobalIndex', index: 'gsi-one' })], current);
      expect(waits(events).some((m) => /index gsi-one DELETING/.test(m))).to.equal(true);
    });

    it('changes table and GSI capacity in one call, and a re-run converges without a call', async () => {
      const indexes = current.globalIndexes.map((g) => ({ name: g.name, capacity: { read: 4, write: 4 }, onDemand: null }));
      current = {
        ...current,
        billing: { mode: 'PROVISIONED', read: 7, write: 6 },
        globalIndexes: current.globalIndexes.map((g) => ({ ...g, capacity: { read: 4, write: 4 } })),
      };
      const steps = [step(name, { kind: 'UpdateThroughput', billing: current.billing, switchesMode: false, tableChanged: true, indexes })];
      await applyAndVerify(name, steps, current);
      const again = await applyAndVerify(name, steps, current);
      expect(again.report.steps[0]?.note).to.match(/already in place/);
    });

    it('switches billing to PAY_PER_REQUEST and back to PROVISIONED with every GSI capacity', async () => {
      current = {
        ...current,
        billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null },
        globalIndexes: current.globalIndexes.map((g) => ({ ...g, capacity: null, onDemand: { maxRead: null, maxWrite: null } })),
      };
      await applyAndVerify(name, [step(name, { kind: 'UpdateThroughput', billing: current.billing, switchesMode: true, tableChanged: true, indexes: [] })], current);

      current = {
        ...current,
        billing: { mode: 'PROVISIONED', read: 3, write: 2 },
        globalIndexes: current.globalIndexes.map((g) => ({ ...g, capacity: { read: 2, write: 1 }, onDemand: null })),
      };
      const indexes = current.globalIndexes.map((g) => ({ name: g.name, capacity: { read: 2, write: 1 }, onDemand: null }));
      await applyAndVerify(name, [step(name, { kind: 'UpdateThroughput', billing: current.billing, switchesMode: true, tableChanged: true, indexes })], current);
    });

    it('turns the stream off and on with another view type, and enables TTL', async () => {
      current = { ...current, stream: null };
      await applyAndVerify(name, [step(name, { kind: 'UpdateStream', stream: null })], current);
      current = { ...current, stream: 'NEW_AND_OLD_IMAGES', ttl: 'expires_at' };
      await applyAndVerify(
        name,
        [step(name, { kind: 'UpdateStream', stream: 'NEW_AND_OLD_IMAGES' }), step(name, { kind: 'UpdateTtl', attribute: 'expires_at', enabled: true }, 'none')],
        current,
      );
    });

    it('a stream step already in place (re-run after an interrupted apply) makes no call and says so', async () => {
      // GIVEN the stream is already on with NEW_AND_OLD_IMAGES (previous test)
      // WHEN the same enable step runs again
      const { report } = await applyAndVerify(name, [step(name, { kind: 'UpdateStream', stream: 'NEW_AND_OLD_IMAGES' })], current);
      // THEN it is done without a call (a call would be refused as a view-type change)
      expect(report.steps[0]?.note).to.match(/already in place/);
    });

    it('skips a table class change on DynamoDB Local (it ignores the class) and says so', async () => {
      const { report } = await applyAndVerify(name, [step(name, { kind: 'UpdateTableClass', tableClass: 'STANDARD_INFREQUENT_ACCESS' })], {
        ...current,
        tableClass: 'STANDARD_INFREQUENT_ACCESS',
      });
      expect(report.steps[0]?.status).to.equal('skipped-unsupported');
    });

    it('a refused DeleteTable (deletion protection) fails, and every later step is not run', async () => {
      const other = uniqueName('other');
      const p = plan(
        tablePlan(
          name,
          [
            step(name, { kind: 'UpdateDeletionProtection', enabled: true }),
            step(name, { kind: 'DeleteTable' }, 'table-gone'),
            step(name, { kind: 'UpdateStream', stream: null }),
          ],
          null,
        ),
        tablePlan(other, [step(other, { kind: 'CreateTable', shape: shape(other) })], shape(other)),
      );
      const { report } = await run(p, { concurrency: 1 });
      expect(report.ok).to.equal(false);
      expect(report.steps.map((s) => s.status)).to.deep.equal(['done', 'failed', 'not-run', 'not-run']);
      expect(report.steps[1]?.error?.code).to.equal('EXEC_DELETION_PROTECTED');
      expect(report.steps[1]?.error?.table).to.equal(name);
      const still = await client.send(new DescribeTableCommand({ TableName: name }));
      expect(still.Table?.DeletionProtectionEnabled).to.equal(true);
      // The table that should be gone is still there: verification says so.
      const problems = await verifyPlan(liveClient, plan(tablePlan(name, [], null)));
      expect(problems.map((x) => x.message)).to.deep.equal(['expected the table to be gone, endpoint reports it ACTIVE']);
    });

    it('drops the table once protection is off, and verifies it is gone', async () => {
      await applyAndVerify(
        name,
        [step(name, { kind: 'UpdateDeletionProtection', enabled: false }), step(name, { kind: 'DeleteTable' }, 'table-gone')],
        null,
      );
    });
  });

  it('creates an on-demand table with on-demand GSI maximums', async () => {
    const name = uniqueName('ondemand');
    const target = shape(name, {
      sortKey: null,
      billing: { mode: 'PAY_PER_REQUEST', maxRead: 50, maxWrite: 40 },
      globalIndexes: [gsi('by-x', 'x', { capacity: null, onDemand: { maxRead: 10, maxWrite: null } })],
      deletionProtection: false,
    });
    await applyAndVerify(name, [step(name, { kind: 'CreateTable', shape: target })], target);
  });
});
