import { expect } from 'chai';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeTableCommand, DynamoDBClient, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { uniqueName } from '../support/engine.js';
import { runCli, useEngineProjects } from '../support/cli.js';

/** Polls until a table changed by hand is ACTIVE again. */
async function waitActive(client: DynamoDBClient, name: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const t = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    if (t?.TableStatus === 'ACTIVE' && (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > end) throw new Error(`${name} did not become ACTIVE in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function yamlFor(name: string, read = 5, extra = ''): string {
  return `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: ${read}, write: 5 }
${extra}`;
}

describe('cli: saved plans (plan --out, apply plan.json) @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;
  const throughput = async (name: string) => {
    const t = (await env.client.send(new DescribeTableCommand({ TableName: name }))).Table;
    return [t?.ProvisionedThroughput?.ReadCapacityUnits, t?.ProvisionedThroughput?.WriteCapacityUnits];
  };


  it('plan --out writes a versioned, fingerprinted plan file, and apply <file> runs exactly its steps', async () => {
    const name = uniqueName('saved');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    const file = join(p.dir, 'plan.json');
    const planned = await runCli(['plan', '--dir', p.dir, ...target(), '--out', file]);
    expect(planned.code, planned.err).to.equal(0);
    expect(planned.err).to.include(`Saved the plan to ${file}`);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(saved['formatVersion']).to.equal(1);
    expect(saved['toolVersion']).to.equal(pkg.version);
    expect(saved['createdFor']).to.deep.equal({ envName: null, endpoint: env.endpoint });
    expect(saved['specChecksum']).to.match(/^[0-9a-f]{64}$/);
    expect(saved['liveFingerprint']).to.match(/^[0-9a-f]{64}$/);

    // The table files change after the plan was saved: the plan is no longer what the project
    // declares, so it is refused (issue 10.12: the specChecksum is checked) and nothing is created.
    p.write(`tables/${name}.yaml`, yamlFor(name, 9));
    const refused = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(refused.code, refused.err + refused.out).to.equal(3);
    expect(refused.err).to.match(/PLAN_OTHER_PROJECT/);
    // With the files it was planned from, exactly its steps run.
    p.write(`tables/${name}.yaml`, yamlFor(name));
    const applied = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code, applied.err + applied.out).to.equal(0);
    expect(applied.out).to.match(/create table/);
    expect(await throughput(name)).to.deep.equal([5, 5]);
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode'])).code).to.equal(0);
  });

  it('a plan whose table was changed by hand since is refused as stale (exit 3), and nothing changes', async () => {
    const name = uniqueName('stale');
    const other = uniqueName('stale-other');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name), [`tables/${other}.yaml`]: yamlFor(other) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, yamlFor(name, 10));
    const file = join(p.dir, 'plan.json');
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--out', file])).code).to.equal(0);

    // Someone changes the table outside ddb-migrate.
    await env.client.send(new UpdateTableCommand({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 7 } }));
    await waitActive(env.client, name);

    const applied = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code, applied.err + applied.out).to.equal(3);
    expect(applied.err).to.match(new RegExp(`${name}: error PLAN_STALE: ${name} changed since .*plan\\.json was planned`));
    expect(applied.err).to.include('Run plan again');
    expect(applied.err, 'the untouched table is not named').not.to.include(`${other}: error PLAN_STALE`);
    expect(applied.out).to.equal('');
    expect(await throughput(name)).to.deep.equal([7, 7]);

    // A fresh plan from the new live state applies.
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--out', file])).code).to.equal(0);
    expect((await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    expect(await throughput(name)).to.deep.equal([10, 5]);
  });

  it('a plan file from another ddb-migrate version is refused (exit 3) and nothing changes', async () => {
    const name = uniqueName('version');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    const file = join(p.dir, 'plan.json');
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--out', file])).code).to.equal(0);
    const doc = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    writeFileSync(file, JSON.stringify({ ...doc, toolVersion: '0.0.1-older' }));

    const applied = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code).to.equal(3);
    expect(applied.err).to.match(/PLAN_VERSION_MISMATCH: .*written by ddb-migrate 0\.0\.1-older/);
    const exists = await env.client.send(new DescribeTableCommand({ TableName: name })).then(() => true, () => false);
    expect(exists).to.equal(false);
  });

  it('a saved plan with destructive steps still needs --allow-destructive', async () => {
    const name = uniqueName('saved-destr');
    const index = `globalSecondaryIndexes:\n  - name: by-a\n    partitionKey: { name: a, type: S }\n    projection: ALL\n`;
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name, 5, index) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, yamlFor(name));
    const file = join(p.dir, 'plan.json');
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--out', file])).code).to.equal(0);

    const refused = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(refused.code).to.equal(3);
    expect(refused.err).to.include('DM003_DROP_GSI');
    const allowed = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes', '--allow-destructive']);
    expect(allowed.code, allowed.err).to.equal(0);
    const t = (await env.client.send(new DescribeTableCommand({ TableName: name }))).Table;
    expect(t?.GlobalSecondaryIndexes ?? []).to.deep.equal([]);
  });

  it('a saved plan edited by hand (destructive diagnostics removed) is refused as edited (exit 3), nothing changes', async () => {
    const name = uniqueName('saved-edit');
    const index = `globalSecondaryIndexes:\n  - name: by-a\n    partitionKey: { name: a, type: S }\n    projection: ALL\n`;
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name, 5, index) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, yamlFor(name));
    const file = join(p.dir, 'plan.json');
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--out', file])).code).to.equal(0);
    const saved = JSON.parse(readFileSync(file, 'utf8')) as { plan: { tables: { diagnostics: unknown[] }[] } };
    for (const t of saved.plan.tables) t.diagnostics = [];
    writeFileSync(file, JSON.stringify(saved));

    const r = await runCli(['apply', file, '--dir', p.dir, ...target(), '--yes']);
    expect(r.code).to.equal(3);
    expect(r.err).to.match(/PLAN_EDITED/);
    const t = (await env.client.send(new DescribeTableCommand({ TableName: name }))).Table;
    expect(t?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).to.deep.equal(['by-a']);
  });

  it('refuses --table with a plan file, and a missing plan file, with exit 1', async () => {
    const p = project({});
    const clash = await runCli(['apply', 'plan.json', '--dir', p.dir, ...target(), '--table', 'x']);
    expect(clash.code).to.equal(1);
    expect(clash.err).to.match(/CLI_USAGE: --table cannot be combined with a saved plan/);
    const missing = await runCli(['apply', join(p.dir, 'nope.json'), '--dir', p.dir, ...target()]);
    expect(missing.code).to.equal(1);
    expect(missing.err).to.match(/PLAN_FILE_INVALID: .*no such file/);
  });
});
