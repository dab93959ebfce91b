/**
 * Server-side encryption end to end (issue 14.2) through the AWS control-plane emulation in front of
 * DynamoDB Local (test/support/aws-control-plane/), and on plain DynamoDB Local, which drops
 * SSESpecification: there it is "not supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeTableCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const spec = (name: string, sse: string | null, extra: readonly string[] = []) =>
  [`table: ${name}`, 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }', ...(sse ? [`sse: ${sse}`] : []), ...extra, ''].join('\n');
const KEY_ARN = 'arn:aws:kms:aws-emulated:000000000000:key/1234abcd-12ab-34cd-56ef-1234567890ab';

describe('cli: server-side encryption through the AWS control-plane emulation @engine', function () {
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
  const plan = (p: TempProject, ...args: string[]) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode', ...args]);
  const sseRequests = (name: string) =>
    cp.requests.filter((r) => r.op === 'UpdateTable' && r.body['TableName'] === name && r.body['SSESpecification'] !== undefined).map((r) => r.body);

  it('create with a customer key, switch keys, back to AWS owned: each applies, waits for ENABLED, and plan again is empty', async () => {
    const name = uniqueName('sse');
    const p = project(spec(name, '{ type: KMS, kmsKey: alias/orders }'));
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    const d = await describe(name);
    expect(d?.SSEDescription?.Status).to.equal('ENABLED');
    expect(d?.SSEDescription?.KMSMasterKeyArn).to.match(/^arn:aws:kms:aws-emulated:000000000000:key\//);
    expect((await plan(p)).code, 'an alias matches the reported key ARN').to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, `{ type: KMS, kmsKey: ${KEY_ARN} }`));
    const planned = await plan(p);
    expect(planned.code, planned.out).to.equal(2);
    expect(planned.out).to.match(/~ sse: KMS \(arn:aws:kms:aws-emulated:000000000000:key\/[0-9a-f-]+\) → KMS \(arn:aws:kms:aws-emulated:000000000000:key\/1234abcd/);
    const switched = await apply(p);
    expect(switched.code, switched.out + switched.err).to.equal(0);
    expect(sseRequests(name)).to.deep.equal([{ TableName: name, SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: KEY_ARN } }]);
    expect((await describe(name))?.SSEDescription).to.deep.include({ Status: 'ENABLED', KMSMasterKeyArn: KEY_ARN });
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, null));
    const owned = await apply(p);
    expect(owned.code, owned.out + owned.err).to.equal(0);
    expect((await describe(name))?.SSEDescription).to.equal(undefined);
    expect((await plan(p)).code).to.equal(0);
  });

  it('an encryption switch with other changes is made as separate calls (the emulation refuses a combined one)', async () => {
    const name = uniqueName('sse-mix');
    const p = project(spec(name, null));
    expect((await apply(p)).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec(name, '{ type: KMS }', ['stream: NEW_IMAGE', 'deletionProtection: true']));
    const applied = await apply(p);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(sseRequests(name)).to.deep.equal([{ TableName: name, SSESpecification: { Enabled: true, SSEType: 'KMS' } }]);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
  });

  it('the emulation refuses SSESpecification combined with another change, and a change while UPDATING', async () => {
    const name = uniqueName('sse-refuse');
    const p = project(spec(name, null));
    expect((await apply(p)).code).to.equal(0);
    const client = engineClient(cp.endpoint);
    try {
      const combined = await client
        .send(new UpdateTableCommand({ TableName: name, SSESpecification: { Enabled: true }, DeletionProtectionEnabled: true }))
        .catch((e: Error) => e);
      expect(combined).to.be.instanceOf(Error).and.have.property('name', 'ValidationException');
      await client.send(new UpdateTableCommand({ TableName: name, SSESpecification: { Enabled: true } }));
      const busy = await client.send(new UpdateTableCommand({ TableName: name, DeletionProtectionEnabled: true })).catch((e: Error) => e);
      expect(busy).to.be.instanceOf(Error).and.have.property('name', 'ResourceInUseException');
      const first = await client.send(new DescribeTableCommand({ TableName: name }));
      expect([first.Table?.TableStatus, first.Table?.SSEDescription?.Status]).to.deep.equal(['UPDATING', 'UPDATING']);
      const settled = await client.send(new DescribeTableCommand({ TableName: name }));
      expect([settled.Table?.TableStatus, settled.Table?.SSEDescription?.Status]).to.deep.equal(['ACTIVE', 'ENABLED']);
    } finally {
      client.destroy();
    }
  });

  it('import writes the encryption, and the imported file plans as no change (round trip)', async () => {
    const name = uniqueName('sse-imp');
    const p = project(spec(name, `{ type: KMS, kmsKey: ${KEY_ARN} }`));
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    expect(imported.err).to.not.include('IMPORT_UNMAPPED_FIELD');
    const yaml = readFile(fresh, `tables/${name}.yaml`);
    expect(yaml).to.include(`sse: { type: KMS, kmsKey: ${KEY_ARN} }`);
    expect((await plan(fresh)).code).to.equal(0);
  });

  it('drift names the encryption changed outside ddb-migrate', async () => {
    const name = uniqueName('sse-drift');
    const p = project(spec(name, `{ type: KMS, kmsKey: ${KEY_ARN} }`));
    expect((await apply(p)).code).to.equal(0);
    const client = engineClient(cp.endpoint);
    await client.send(new UpdateTableCommand({ TableName: name, SSESpecification: { Enabled: false } }));
    for (let i = 0; i < 2; i += 1) await client.send(new DescribeTableCommand({ TableName: name })); // until it settles
    client.destroy();
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err).to.include(`sse: live AWS owned key, spec KMS (${KEY_ARN}) (changed outside ddb-migrate?)`);
  });

  function project(text: string): TempProject {
    const name = /^table: (.*)$/m.exec(text)?.[1] ?? 'x';
    return env.project({ [`tables/${name}.yaml`]: text });
  }
  async function describe(name: string) {
    const client = engineClient(cp.endpoint);
    try {
      return (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    } finally {
      client.destroy();
    }
  }
});

describe('cli: server-side encryption on plain DynamoDB Local @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const plan = (p: TempProject) => runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);

  it('is "not supported by this endpoint": the table is created, apply verifies, plan again is empty', async () => {
    const name = uniqueName('sse-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ type: KMS, kmsKey: alias/orders }') });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bsse\b/);
    p.write(`tables/${name}.yaml`, spec(name, null));
    expect((await plan(p)).code, 'removing it is no change either').to.equal(0);
  });
});

function readFile(p: TempProject, path: string): string {
  return readFileSync(join(p.dir, path), 'utf8');
}
