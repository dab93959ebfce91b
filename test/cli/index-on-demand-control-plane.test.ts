/**
 * Per-GSI on-demand maximums end to end (issue 14.5) through the AWS control-plane emulation
 * (DynamoDB Local ignores GlobalSecondaryIndexUpdates[].Update.OnDemandThroughput), and on plain
 * DynamoDB Local, where they are "not supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const spec = (name: string, index: string, billing = 'billing: { mode: PAY_PER_REQUEST, maxRead: 500, maxWrite: 200 }') =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    billing,
    'globalSecondaryIndexes:',
    '  - name: by-g',
    '    partitionKey: { name: g, type: S }',
    ...(index ? [`    ${index}`] : []),
    '  - name: by-h',
    '    partitionKey: { name: h, type: S }',
    '',
  ].join('\n');

const gsiLimits = (d: Awaited<ReturnType<DynamoDBDescribe>>, index: string) => d?.GlobalSecondaryIndexes?.find((g) => g.IndexName === index)?.OnDemandThroughput;
type DynamoDBDescribe = (name: string) => Promise<import('@aws-sdk/client-dynamodb').TableDescription | undefined>;

describe('cli: per-GSI on-demand maximums through the AWS control-plane emulation @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  let cp: ControlPlane;
  before(async () => {
    cp = await startControlPlane({ target: env.endpoint });
  });
  after(async () => {
    await cp.close();
  });
  const target = () => ['--endpoint-url', cp.endpoint, '--region', 'local'];
  const apply = (p: TempProject) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures']);
  const plan = (p: TempProject) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
  const describe_: DynamoDBDescribe = async (name) => {
    const client = engineClient(cp.endpoint);
    try {
      return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    } finally {
      client.destroy();
    }
  };
  const indexUpdates = (name: string) =>
    cp.requests.filter((r) => r.op === 'UpdateTable' && r.body['TableName'] === name && JSON.stringify(r.body).includes('OnDemandThroughput')).map((r) => r.body);

  it('created with an index maximum, changed and removed through UpdateTable, waited ACTIVE; plan again is empty each time', async () => {
    const name = uniqueName('gsi-max');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'maxRead: 100') });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    expect(gsiLimits(await describe_(name), 'by-g')).to.deep.equal({ MaxReadRequestUnits: 100, MaxWriteRequestUnits: 200 });
    const first = await plan(p);
    expect(first.code, first.out + first.err).to.equal(0);
    expect(first.out, first.out).to.not.include('globalIndexOnDemand');

    p.write(`tables/${name}.yaml`, spec(name, 'maxRead: 300\n    maxWrite: 50'));
    const planned = await plan(p);
    expect(planned.code).to.equal(2);
    expect(planned.out).to.include('globalIndexes.by-g.throughput: on-demand (maxRead 100, maxWrite 200) → on-demand (maxRead 300, maxWrite 50)');
    const changed = await apply(p);
    expect(changed.code, changed.out + changed.err).to.equal(0);
    expect(indexUpdates(name)).to.deep.equal([
      { TableName: name, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-g', OnDemandThroughput: { MaxReadRequestUnits: 300, MaxWriteRequestUnits: 50 } } }] },
    ]);
    const d = await describe_(name);
    expect(gsiLimits(d, 'by-g')).to.deep.equal({ MaxReadRequestUnits: 300, MaxWriteRequestUnits: 50 });
    expect(d?.GlobalSecondaryIndexes?.find((g) => g.IndexName === 'by-g')?.IndexStatus).to.equal('ACTIVE');
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);

    // Removed from the spec: back to the table's maximums.
    p.write(`tables/${name}.yaml`, spec(name, ''));
    expect((await apply(p)).code).to.equal(0);
    expect(gsiLimits(await describe_(name), 'by-g')).to.deep.equal({ MaxReadRequestUnits: 500, MaxWriteRequestUnits: 200 });
    expect((await plan(p)).code).to.equal(0);
  });

  it('import writes the index maximums that differ from the table; the imported file plans as no change; drift names a change made outside', async () => {
    const name = uniqueName('gsi-max-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'maxRead: 100') });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const yaml = readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8');
    expect(yaml).to.include('    maxRead: 100\n');
    expect(yaml).to.not.match(/^\s+maxWrite:/m);
    expect(yaml).to.not.include('#   ');
    expect(imported.err).to.not.include('IMPORT_UNMAPPED_FIELD');
    expect((await plan(fresh)).code).to.equal(0);

    const client = engineClient(cp.endpoint);
    await client.send(new UpdateTableCommand({ TableName: name, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-h', OnDemandThroughput: { MaxReadRequestUnits: 7 } } }] }));
    for (let i = 0; i < 2; i += 1) await client.send(new DescribeTableCommand({ TableName: name }));
    client.destroy();
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err, drift.out + drift.err).to.include('globalIndexes.by-h.throughput: live on-demand (maxRead 7, maxWrite 200), spec on-demand (maxRead 500, maxWrite 200) (changed outside ddb-migrate?)');
  });

  it('refusals: index maximums on a PROVISIONED table are a spec error; the emulation refuses the call as AWS documents', async () => {
    const name = uniqueName('gsi-max-prov');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'maxRead: 100', 'billing: { mode: PROVISIONED, read: 5, write: 5 }') });
    const refused = await runCli(['plan', '--dir', p.dir, ...target()]);
    expect(refused.code).to.equal(1);
    expect(refused.out + refused.err).to.include('SPEC_BILLING_CAPACITY');
    expect(refused.out + refused.err).to.include("index 'by-g' sets maxRead, but the table is PROVISIONED");

    p.write(`tables/${name}.yaml`, spec(name, '', 'billing: { mode: PROVISIONED, read: 5, write: 5 }'));
    expect((await apply(p)).code).to.equal(0);
    const client = engineClient(cp.endpoint);
    try {
      await client.send(new DescribeTableCommand({ TableName: name }));
      const out = await client.send(new UpdateTableCommand({ TableName: name, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-g', OnDemandThroughput: { MaxReadRequestUnits: 7 } } }] })).catch((e: Error) => e);
      expect(out).to.be.instanceOf(Error).and.have.property('name', 'ValidationException');
    } finally {
      client.destroy();
    }
  });
});

describe('cli: per-GSI on-demand maximums on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('a changed index maximum is "not supported by this endpoint": apply verifies, plan again is empty', async () => {
    const name = uniqueName('gsi-max-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'maxRead: 100') });
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec(name, 'maxRead: 300'));
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(applied.out + applied.err).to.not.include('VERIFY_MISMATCH');
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bglobalIndexOnDemand\b/);
  });
});
