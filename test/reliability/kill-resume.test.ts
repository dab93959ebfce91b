/**
 * Resumable apply: a plan of a capacity change and two GSI creations, on an engine with realistic
 * delays (DynamoDB Local -delayTransientStatuses). The CLI runs in a child process and is killed -9
 * right after each step's UpdateTable call was accepted (while it waits); the next run re-plans and
 * goes on. A last, in-process run must finish the job, and plan must then show no changes. Each
 * kill leaves the apply lock behind; with a 2 s lease the next run takes it over promptly.
 */
import { expect } from 'chai';
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DescribeTableCommand, DynamoDBClient, GetItemCommand, type TableDescription } from '@aws-sdk/client-dynamodb';
import { DEFAULT_CONTROL_TABLE } from '../../src/state/control-table.js';
import { startEngine, type RunningEngine } from '../../src/engine/dynamodb-local.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));

function spec(name: string, capacity: number, gsis: readonly string[]): string {
  const indexes = gsis.map((g) => `  - name: ${g}\n    partitionKey: { name: ${g}_pk, type: S }\n    projection: ALL\n`).join('');
  return `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: ${capacity}, write: ${capacity} }
${gsis.length > 0 ? `globalSecondaryIndexes:\n${indexes}` : ''}`;
}

interface Killed {
  readonly signal: NodeJS.Signals | null;
  readonly stderr: string;
  readonly pid: number;
  /** Epoch ms of the kill. */
  readonly killedAt: number;
  /** Ms from spawn to the first step line: includes any wait for a dead run's lock. */
  readonly firstStepMs: number;
}

const LEASE_MS = 2_000;

/**
 * Every apply here uses a 2 s lease, so the lock a killed run leaves behind frees itself quickly,
 * and waits up to 30 s for it: the re-run proves a dead run's lock does not block beyond its lease.
 */
const LOCK = ['--lock-lease', `${LEASE_MS / 1000}s`, '--lock-timeout', '30s'];

/**
 * Spawns `apply`, and kill -9s it once `reached(describe)` holds (the step's call was accepted),
 * after the child printed the start line of that step.
 */
async function applyAndKill(args: readonly string[], client: DynamoDBClient, table: string, reached: (t: TableDescription) => boolean, deadlineMs: number): Promise<Killed> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'apply', ...args, ...LOCK, '--yes'], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  child.stdout?.resume();
  const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_code, signal) => r(signal)));
  const started = Date.now();
  let firstStepMs = -1;
  let killedAt = 0;
  try {
    for (;;) {
      if (Date.now() - started > deadlineMs) throw new Error(`step not reached in ${deadlineMs} ms; stderr:\n${stderr}`);
      const desc = (await client.send(new DescribeTableCommand({ TableName: table }))).Table;
      const stepping = /\[\d+\/\d+\]/.test(stderr);
      if (stepping && firstStepMs < 0) firstStepMs = Date.now() - started;
      if (stepping && desc && reached(desc)) break;
      if (child.exitCode !== null) throw new Error(`apply ended (${child.exitCode}) before it could be killed:\n${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    killedAt = Date.now();
    if (child.exitCode === null) child.kill('SIGKILL');
  }
  return { signal: await exited, stderr, pid: child.pid ?? -1, killedAt, firstStepMs };
}

/** The apply lock item as a killed run left it (default control table, scope `apply`). */
async function lockItem(client: DynamoDBClient): Promise<{ owner: string; expiresAt: number } | null> {
  const out = await client.send(new GetItemCommand({ TableName: DEFAULT_CONTROL_TABLE, Key: { pk: { S: 'LOCK' }, sk: { S: 'apply' } }, ConsistentRead: true }));
  return out.Item ? { owner: out.Item['owner']?.S ?? '', expiresAt: Number(out.Item['expiresAt']?.N) } : null;
}

/** A kill -9 leaves the lock behind (nothing ran `finally`), with a lease ending within LEASE_MS. */
async function expectLockLeftWithShortLease(client: DynamoDBClient, k: Killed): Promise<void> {
  const lock = await lockItem(client);
  expect(lock?.owner, JSON.stringify(lock)).to.contain(`pid ${k.pid}`);
  expect(lock?.expiresAt ?? 0).to.be.at.most(k.killedAt + LEASE_MS + 500);
}

const hasIndex = (name: string) => (t: TableDescription) => (t.GlobalSecondaryIndexes ?? []).some((g) => g.IndexName === name);

describe('resumable apply: kill -9 during each step, then apply again @engine', function () {
  this.timeout(240_000);
  let engine: RunningEngine;
  let client: DynamoDBClient;
  let project: TempProject;

  before(async () => {
    engine = await startEngine({ delayTransientStatuses: true });
    client = engineClient(engine.endpoint);
  });
  after(async () => {
    client?.destroy();
    project?.remove();
    await engine?.stop();
  });

  it('capacity change + two GSI creations: killed during each, a re-run converges and plan is then empty', async () => {
    const name = uniqueName('kill');
    project = new TempProject({ [`tables/${name}.yaml`]: spec(name, 5, []) });
    const target = ['--dir', project.dir, '--endpoint-url', engine.endpoint, '--region', 'local'];
    const created = await runCli(['apply', ...target, ...LOCK, '--yes']);
    expect(created.code, created.err).to.equal(0);

    project.write(`tables/${name}.yaml`, spec(name, 10, ['byA', 'byB']));
    const plan = await runCli(['plan', ...target]);
    expect(plan.out.match(/^\s+\d+\. /gm)?.length, plan.out).to.equal(3);

    // Kill 1: the capacity UpdateTable was accepted (the table reports the new throughput or UPDATING).
    const k1 = await applyAndKill(target, client, name, (t) => t.TableStatus === 'UPDATING' || t.ProvisionedThroughput?.ReadCapacityUnits === 10, 60_000);
    expect(k1.signal).to.equal('SIGKILL');
    expect(k1.stderr).to.match(/\[1\/3\]/);
    await expectLockLeftWithShortLease(client, k1);
    // Kill 2: GSI byA is being built. This run first had to outlive run 1's lock.
    const k2 = await applyAndKill(target, client, name, hasIndex('byA'), 90_000);
    expect(k2.signal).to.equal('SIGKILL');
    // The dead run's lock held this one back at most about one lease (plus start-up and re-plan).
    expect(k2.firstStepMs).to.be.below(LEASE_MS + 15_000);
    await expectLockLeftWithShortLease(client, k2);
    // Kill 3: byB was accepted while byA was (or had just been) building: the re-plan saw byA and did not repeat it.
    const k3 = await applyAndKill(target, client, name, hasIndex('byB'), 120_000);
    expect(k3.signal).to.equal('SIGKILL');
    expect(k3.stderr).to.not.match(/create GSI byA/);
    await expectLockLeftWithShortLease(client, k3);

    const last = await runCli(['apply', ...target, ...LOCK, '--yes']);
    expect(last.code, last.err + last.out).to.equal(0);
    // Right after the apply, not eventually: apply waits for the index the killed run started.
    const desc = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    expect(desc?.TableStatus).to.equal('ACTIVE');
    expect((desc?.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName, g.IndexStatus]).sort()).to.deep.equal([
      ['byA', 'ACTIVE'],
      ['byB', 'ACTIVE'],
    ]);
    expect(desc?.ProvisionedThroughput?.ReadCapacityUnits).to.equal(10);
    const again = await runCli(['plan', ...target, '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);
  });

  // Regression: apply used to print "No changes" and exit 0 while the index a killed run had
  // started was still CREATING.
  it('an apply after a kill does not report success while an index it started is still CREATING (regression)', async () => {
    const name = uniqueName('kill-wait');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, 5, []) });
    try {
      const target = ['--dir', p.dir, '--endpoint-url', engine.endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, ...LOCK, '--yes'])).code).to.equal(0);
      p.write(`tables/${name}.yaml`, spec(name, 5, ['byA']));
      expect((await applyAndKill(target, client, name, hasIndex('byA'), 60_000)).signal).to.equal('SIGKILL');
      const again = await runCli(['apply', ...target, ...LOCK, '--yes']);
      expect(again.code, again.err).to.equal(0);
      const desc = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
      expect(desc?.GlobalSecondaryIndexes?.[0]?.IndexStatus).to.equal('ACTIVE');
    } finally {
      p.remove();
    }
  });
});
