/**
 * Issue 10.2: a `--preserve-data` replacement killed -9 during copy-back leaves the new table half
 * filled and the items in `<table>__ddbm_tmp`, while the spec already matches the live table. That
 * is pending work: plan (exit 2 with --detailed-exitcode) and drift show it, and a plain apply
 * finishes it (under the lock) before anything else.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { BatchWriteItemCommand, ListTablesCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';

const ENTRY = fileURLToPath(new URL('../reliability/cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const ITEMS = 3_000;

const tableYaml = (name: string, skType: 'S' | 'N') =>
  `table: ${name}\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: ${skType} }\nbilling: { mode: PAY_PER_REQUEST }\n`;

async function count(client: DynamoDBClient, table: string): Promise<number> {
  let n = 0;
  let start: Record<string, never> | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: table, Select: 'COUNT', ExclusiveStartKey: start, ConsistentRead: true }));
    n += out.Count ?? 0;
    start = out.LastEvaluatedKey as typeof start;
  } while (start);
  return n;
}

describe('cli: an interrupted --preserve-data replacement is pending work @engine', function () {
  this.timeout(180_000);
  const e = useEngineProjects();
  let proxy: FaultProxy | null = null;
  after(async () => proxy?.close());

  it('killed -9 during copy-back: plan shows it (exit 2), drift shows it, a plain apply finishes it; then every item is back, the temporary table is gone and plan is empty', async () => {
    const name = uniqueName('intr');
    const p = e.project({ 'ddb-migrate.yaml': `controlTable: ${uniqueName('ctl')}\n`, [`tables/${name}.yaml`]: tableYaml(name, 'S') });
    const target = ['--dir', p.dir, ...e.target()];
    expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
    for (let i = 0; i < ITEMS; i += 25) {
      const batch = Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `p${(i + j) % 11}` }, sk: { S: String(i + j) } } } }));
      await e.client.send(new BatchWriteItemCommand({ RequestItems: { [name]: batch } }));
    }
    p.write(`tables/${name}.yaml`, tableYaml(name, 'N'));

    // Slow writes (through the proxy) keep copy-back open long enough to kill it in the middle.
    proxy = await startFaultProxy({ target: e.endpoint, operations: ['BatchWriteItem'], latencyMs: 40 });
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', ENTRY, 'apply', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--yes', '--allow-destructive', '--preserve-data', '--lock-lease', '2s'],
      { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
    child.stdout?.resume();
    const exited = new Promise<NodeJS.Signals | null>((r) => child.on('exit', (_c, signal) => r(signal)));
    const started = Date.now();
    try {
      for (;;) {
        if (child.exitCode !== null) throw new Error(`apply ended (${child.exitCode}) before copy-back could be killed:\n${stderr}`);
        if (Date.now() - started > 120_000) throw new Error(`copy-back not reached; stderr:\n${stderr}`);
        if (/copy-back/.test(stderr) && (await count(e.client, name).catch(() => 0)) > 100) break;
        await new Promise((r) => setTimeout(r, 100));
      }
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    expect(await exited).to.equal('SIGKILL');
    const tmp = `${name}__ddbm_tmp`;
    const halfway = await count(e.client, name);
    expect(halfway, 'killed in the middle of copy-back').to.be.below(ITEMS);
    expect(await count(e.client, tmp)).to.equal(ITEMS);

    const plan = await runCli(['plan', ...target, '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(2);
    expect(plan.out).to.contain('Interrupted replacements').and.contain(tmp).and.not.match(/No changes/);
    const json = JSON.parse((await runCli(['plan', ...target, '--format', 'json'])).out) as { interruptedReplacements?: { table: string; lastPhase: string }[] };
    expect(json.interruptedReplacements?.map((r) => [r.table, r.lastPhase])).to.deep.equal([[name, 'create']]);
    expect((await runCli(['plan', ...target, '--format', 'markdown'])).out).to.contain('Interrupted replacements');
    const drift = await runCli(['drift', ...target]);
    expect(drift.code, drift.out).to.equal(2);
    expect(drift.out).to.contain('replacement:').and.contain(tmp);

    // No --preserve-data, no --allow-destructive: finishing what a run with those flags started needs neither.
    const apply = await runCli(['apply', ...target, '--yes', '--lock-timeout', '30s']);
    expect(apply.code, apply.err + apply.out).to.equal(0);
    expect(apply.err).to.contain(`Finishing the interrupted data-preserving replacement of ${name}`);
    expect(await count(e.client, name)).to.equal(ITEMS);
    expect((await e.client.send(new ListTablesCommand({}))).TableNames ?? []).to.not.include(tmp);
    const after = await runCli(['plan', ...target, '--detailed-exitcode']);
    expect(after.code, after.out).to.equal(0);
    expect(after.out).to.match(/No changes/);
  });
});
