/**
 * Apply through the fault-injection proxy: HTTP 500s, connection resets before and after the
 * engine saw the request, and throttling on every operation. Each apply either converges or stops
 * with a clear problem (a code, the table, no stack trace); running apply again finishes the job.
 */
import { expect } from 'chai';
import { DescribeTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject, type CliResult } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';
import { ensureControlTable } from '../../src/state/control-table.js';
import { startFaultProxy, type FaultConfig, type FaultProxy } from '../support/fault-proxy.js';

function spec(name: string, capacity: number, gsis: readonly string[]): string {
  const indexes = gsis.map((g) => `  - name: ${g}\n    partitionKey: { name: ${g}_pk, type: S }\n    projection: ALL\n`).join('');
  return `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: N }
billing: { mode: PROVISIONED, read: ${capacity}, write: ${capacity} }
${gsis.length > 0 ? `globalSecondaryIndexes:\n${indexes}` : ''}`;
}

/**
 * Each project gets its own control table, so a lock a faulted run could not release (it has a
 * 5-minute lease) never blocks another test's apply on the shared engine.
 */
const configYaml = (controlTable = uniqueName('ctl')) => `controlTable: ${controlTable}\n`;

/** The control-plane calls apply makes for the tables themselves (not the control table's items). */
const SCHEMA_OPS = ['CreateTable', 'UpdateTable', 'DeleteTable', 'DescribeTable', 'ListTables', 'DescribeTimeToLive', 'DescribeContinuousBackups', 'ListTagsOfResource', 'UpdateTimeToLive'];

/** A failed apply must say what failed in the documented problem format, not crash. */
function expectClearFailure(r: CliResult): void {
  expect(r.code, r.err).to.be.oneOf([1, 3]);
  expect(r.err).to.match(/error [A-Z][A-Z0-9_]+/, r.err);
  expect(r.err).to.not.match(/^\s+at .+:\d+:\d+\)?$/m, 'no stack trace');
  expect(r.err).to.not.match(/TypeError|ReferenceError|Cannot read propert/);
}

describe('apply through injected faults (500s, resets, throttling) @engine', function () {
  this.timeout(180_000);
  let engine: string;
  let client: DynamoDBClient;
  const projects: TempProject[] = [];
  const proxies: FaultProxy[] = [];

  before(async () => {
    engine = (await sharedEngine()).endpoint;
    client = engineClient(engine);
  });
  after(async () => {
    for (const p of proxies) await p.close();
    for (const p of projects) p.remove();
    client.destroy();
  });

  async function proxy(config: Omit<FaultConfig, 'target'>): Promise<FaultProxy> {
    const p = await startFaultProxy({ target: engine, ...config });
    proxies.push(p);
    return p;
  }

  /** Applies through `via` until it succeeds (at most `tries` runs); every failure must be clear. */
  async function applyUntilDone(dir: string, via: FaultProxy, tries: number): Promise<{ runs: number; failures: CliResult[] }> {
    const failures: CliResult[] = [];
    for (let run = 1; run <= tries; run += 1) {
      const r = await runCli(['apply', '--dir', dir, '--endpoint-url', via.endpoint, '--region', 'local', '--yes', '--no-fixtures']);
      if (r.code === 0) return { runs: run, failures };
      expectClearFailure(r);
      failures.push(r);
    }
    throw new Error(`apply did not converge in ${tries} runs:\n${failures.map((f) => f.err).join('\n---\n')}`);
  }

  async function planIsEmpty(dir: string): Promise<void> {
    const again = await runCli(['plan', '--dir', dir, '--endpoint-url', engine, '--region', 'local', '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
  }

  it('5% HTTP 500, 5% resets (before and after the engine saw the call), 5% throttling: converges, plan then empty', async () => {
    const names = [uniqueName('flt'), uniqueName('flt'), uniqueName('flt')];
    const p = new TempProject({ 'ddb-migrate.yaml': configYaml(), ...Object.fromEntries(names.map((n) => [`tables/${n}.yaml`, spec(n, 5, ['byA'])])) });
    projects.push(p);
    // The control table's item calls (lock, history) are left alone here: see the skipped test below.
    const faults = await proxy({ seed: 11, operations: SCHEMA_OPS, serverErrorRate: 0.05, resetRate: 0.05, resetAfterForwardRate: 0.05, throttleRate: 0.05, throttleType: 'ThrottlingException' });

    const created = await applyUntilDone(p.dir, faults, 4);
    for (const n of names) p.write(`tables/${n}.yaml`, spec(n, 8, ['byA', 'byB']));
    const modified = await applyUntilDone(p.dir, faults, 4);
    await planIsEmpty(p.dir);

    const c = faults.counts;
    expect(c.serverErrors + c.resets + c.resetsAfterForward + c.throttled, JSON.stringify(c)).to.be.greaterThan(3);
    for (const n of names) {
      const t = (await client.send(new DescribeTableCommand({ TableName: n }))).Table;
      expect((t?.GlobalSecondaryIndexes ?? []).map((g) => g.IndexName).sort()).to.deep.equal(['byA', 'byB']);
      expect(t?.ProvisionedThroughput?.WriteCapacityUnits).to.equal(8);
    }
    // Reported so a regression in how often a re-run is needed shows up in the log.
    console.log(`      faults ${JSON.stringify(c)}; runs: create ${created.runs}, modify ${modified.runs}`);
  });

  it('lost answers to CreateTable are retried: the step sees the table it created and the apply converges in one run', async () => {
    const name = uniqueName('flt-lost');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': configYaml(ctl), [`tables/${name}.yaml`]: spec(name, 5, ['byA', 'byB']) });
    projects.push(p);
    await ensureControlTable(client, ctl);
    // Every CreateTable reaches the engine but its answer is lost (the first 10 times).
    const harsh = await proxy({ resetAfterForwardFirst: { CreateTable: 10 } });
    const r = await runCli(['apply', '--dir', p.dir, '--endpoint-url', harsh.endpoint, '--region', 'local', '--yes', '--no-fixtures']);
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.match(/retry 1 in \d+ ms/).and.match(/already exists/);
    expect(harsh.counts.resetsAfterForward).to.be.greaterThan(0);
    await planIsEmpty(p.dir);
  });

  it('faults on every attempt stop apply with a clear problem; a re-run without faults finishes the job', async () => {
    const name = uniqueName('flt-heavy');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': configYaml(ctl), [`tables/${name}.yaml`]: spec(name, 5, ['byA', 'byB']) });
    projects.push(p);
    await ensureControlTable(client, ctl);
    // CreateTable never reaches the engine: every attempt gets a 500.
    const harsh = await proxy({ operations: ['CreateTable'], serverErrorRate: 1 });
    const failed = await runCli(['apply', '--dir', p.dir, '--endpoint-url', harsh.endpoint, '--region', 'local', '--yes', '--no-fixtures']);
    expectClearFailure(failed);
    expect(failed.err).to.match(/EXEC_STEP_FAILED|EXEC_RETRIES_EXHAUSTED/);
    expect(failed.err).to.contain('run apply again');
    const calm = await proxy({});
    const { runs } = await applyUntilDone(p.dir, calm, 1);
    expect(runs).to.equal(1);
    await planIsEmpty(p.dir);
  });

  it('the same faults on every call, lock / history / control table included: converges in re-runs', async () => {
    const names = [uniqueName('flt-all'), uniqueName('flt-all'), uniqueName('flt-all')];
    const p = new TempProject({ 'ddb-migrate.yaml': configYaml(), ...Object.fromEntries(names.map((n) => [`tables/${n}.yaml`, spec(n, 5, ['byA'])])) });
    projects.push(p);
    const faults = await proxy({ seed: 11, serverErrorRate: 0.05, resetRate: 0.05, resetAfterForwardRate: 0.05, throttleRate: 0.05, throttleType: 'ThrottlingException' });
    await applyUntilDone(p.dir, faults, 4);
    for (const n of names) p.write(`tables/${n}.yaml`, spec(n, 8, ['byA', 'byB']));
    await applyUntilDone(p.dir, faults, 4);
    await planIsEmpty(p.dir);
  });

  // TODO(src/state + apply-run): unskip when a control-table call that keeps losing its answer
  // fails with a specific code. Today three lost answers in a row on the lock / history PutItem
  // (the SDK's 3 attempts) end the run with "error INTERNAL: TimeoutError: socket hang up" and
  // "run with --debug for the stack trace", which reads like a bug in the tool, not a network fault.
  it('a control-table call that keeps losing its answer fails with a specific code, not INTERNAL (regression)', async () => {
    const name = uniqueName('flt-ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': configYaml(), [`tables/${name}.yaml`]: spec(name, 5, []) });
    projects.push(p);
    const faults = await proxy({ resetAfterForwardFirst: { PutItem: 3 } });
    const r = await runCli(['apply', '--dir', p.dir, '--endpoint-url', faults.endpoint, '--region', 'local', '--yes', '--no-fixtures']);
    expectClearFailure(r);
    expect(r.err).to.not.match(/INTERNAL/);
    await applyUntilDone(p.dir, await proxy({}), 1);
  });
});
