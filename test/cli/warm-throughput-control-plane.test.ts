/**
 * Warm throughput end to end (issue 14.3) through the AWS control-plane emulation (DynamoDB Local
 * drops it in CreateTable and refuses it alone in UpdateTable), and on plain DynamoDB Local, where
 * it is "not supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const spec = (name: string, table: string | null, index: string | null) =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    'billing: { mode: PAY_PER_REQUEST }',
    ...(table ? [`warmThroughput: ${table}`] : []),
    'globalSecondaryIndexes:',
    '  - name: by-g',
    '    partitionKey: { name: g, type: S }',
    ...(index ? [`    warmThroughput: ${index}`] : []),
    '',
  ].join('\n');

describe('cli: warm throughput through the AWS control-plane emulation @engine', function () {
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
  const warmRequests = (name: string) =>
    cp.requests.filter((r) => r.op === 'UpdateTable' && r.body['TableName'] === name && JSON.stringify(r.body).includes('WarmThroughput')).map((r) => r.body);
  const describe_ = async (name: string) => {
    const client = engineClient(cp.endpoint);
    try {
      return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    } finally {
      client.destroy();
    }
  };

  it('created with warm throughput, raised on table and GSI in one call and waited ACTIVE; plan again is empty', async () => {
    const name = uniqueName('warm');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ read: 13000, write: 4500 }', null) });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    expect((await describe_(name))?.WarmThroughput).to.deep.include({ ReadUnitsPerSecond: 13000, WriteUnitsPerSecond: 4500 });
    expect((await plan(p)).code, 'an unmanaged GSI warm throughput is no change').to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, '{ read: 20000, write: 4500 }', '{ read: 15000, write: 5000 }'));
    const raised = await apply(p);
    expect(raised.code, raised.out + raised.err).to.equal(0);
    expect(warmRequests(name)).to.deep.equal([
      {
        TableName: name,
        WarmThroughput: { ReadUnitsPerSecond: 20000 },
        GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-g', WarmThroughput: { ReadUnitsPerSecond: 15000, WriteUnitsPerSecond: 5000 } } }],
      },
    ]);
    const d = await describe_(name);
    expect(d?.WarmThroughput).to.deep.equal({ ReadUnitsPerSecond: 20000, WriteUnitsPerSecond: 4500, Status: 'ACTIVE' });
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
  });

  it('a decrease is reported (DM013) and refused by apply, not planned; the emulation refuses one as documented', async () => {
    const name = uniqueName('warm-down');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ read: 20000, write: 5000 }', null) });
    expect((await apply(p)).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec(name, '{ read: 15000, write: 5000 }', null));
    const planned = await plan(p);
    expect(planned.code).to.equal(2);
    expect(planned.out).to.include('DM013_WARM_THROUGHPUT_DECREASE');
    expect(planned.out).to.include('none (see the diagnostics)');
    const refused = await apply(p);
    expect(refused.code).to.equal(3);
    const client = engineClient(cp.endpoint);
    try {
      const out = await client.send(new UpdateTableCommand({ TableName: name, WarmThroughput: { ReadUnitsPerSecond: 100 } })).catch((e: Error) => e);
      expect(out).to.be.instanceOf(Error).and.have.property('name', 'ValidationException');
    } finally {
      client.destroy();
    }
  });

  it('import writes the warm throughput of table and GSI; the imported file plans as no change; drift names a raise made outside', async () => {
    const name = uniqueName('warm-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ read: 13000, write: 4500 }', '{ read: 14000, write: 4200 }') });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const yaml = readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8');
    expect(yaml).to.include('warmThroughput: { read: 13000, write: 4500 }');
    expect(yaml).to.include('    warmThroughput: { read: 14000, write: 4200 }');
    expect(imported.err).to.not.include('IMPORT_UNMAPPED_FIELD');
    expect((await plan(fresh)).code).to.equal(0);

    const client = engineClient(cp.endpoint);
    await client.send(new UpdateTableCommand({ TableName: name, WarmThroughput: { ReadUnitsPerSecond: 16000 } }));
    for (let i = 0; i < 2; i += 1) await client.send(new DescribeTableCommand({ TableName: name }));
    client.destroy();
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err).to.include('warmThroughput: live read 16000/s, write 4500/s, spec read 13000/s, write 4500/s (changed outside ddb-migrate?)');
  });
});

describe('cli: warm throughput on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": the table is created, apply verifies, plan again is empty', async () => {
    const name = uniqueName('warm-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ read: 20000, write: 5000 }', '{ read: 15000, write: 5000 }') });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bwarmThroughput\b/);
  });
});
