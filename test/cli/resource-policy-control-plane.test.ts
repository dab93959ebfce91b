/**
 * The resource-based policy end to end (issue 14.6) through the AWS control-plane emulation
 * (DynamoDB Local has none of its operations), and on plain DynamoDB Local, where it is "not
 * supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeTableCommand, GetResourcePolicyCommand, PutResourcePolicyCommand } from '@aws-sdk/client-dynamodb';
import { runPolicyStep } from '../../src/exec/resource-policy-step.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { canonicalPolicy } from '../../src/model/resource-policy.js';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const statement = (account: string) => ({ Effect: 'Allow', Principal: { AWS: `arn:aws:iam::${account}:root` }, Action: 'dynamodb:GetItem', Resource: '*' });
const policy = (account: string) => ({ Version: '2012-10-17', Statement: [statement(account)] });
const spec = (name: string, resourcePolicy: string | null) =>
  [`table: ${name}`, 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }', ...(resourcePolicy ? [`resourcePolicy: ${resourcePolicy}`] : []), ''].join('\n');

describe('cli: resource-based policy through the AWS control-plane emulation @engine', function () {
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
  const calls = (name: string) =>
    cp.requests.filter((r) => /^(Put|Delete)ResourcePolicy$/.test(r.op) && String(r.body['ResourceArn']).endsWith(`:table/${name}`)).map((r) => ({ op: r.op, ...r.body }));
  const withClient = async <T>(f: (c: ReturnType<typeof engineClient>) => Promise<T>): Promise<T> => {
    const client = engineClient(cp.endpoint);
    try {
      return await f(client);
    } finally {
      client.destroy();
    }
  };
  const arnOf = (name: string) => withClient(async (c) => (await c.send(new DescribeTableCommand({ TableName: name }))).Table?.TableArn ?? '');

  it('created with a policy from a file, changed inline, key order ignored, removed: exact calls with ExpectedRevisionId; plan again is empty each time', async () => {
    const name = uniqueName('rp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'policies/orders.json'), 'tables/policies/orders.json': JSON.stringify(policy('111122223333'), null, 2) });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    const arn = await arnOf(name);
    expect(calls(name)).to.deep.equal([{ op: 'PutResourcePolicy', ResourceArn: arn, Policy: JSON.stringify({ Statement: [{ Action: 'dynamodb:GetItem', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:root' }, Resource: '*' }], Version: '2012-10-17' }), ExpectedRevisionId: 'NO_POLICY' }]);
    const first = await plan(p);
    expect(first.code, first.out + first.err).to.equal(0);
    expect(first.out).to.not.include('resourcePolicy');

    // The same document inline with its keys in another order: no change.
    p.write(`tables/${name}.yaml`, spec(name, '{ Statement: [{ Resource: "*", Action: "dynamodb:GetItem", Principal: { AWS: "arn:aws:iam::111122223333:root" }, Effect: Allow }], Version: "2012-10-17" }'));
    const same = await plan(p);
    expect(same.code, same.out).to.equal(0);

    const revision = await withClient(async (c) => (await c.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId);
    p.write(`tables/${name}.yaml`, spec(name, JSON.stringify(policy('444455556666'))));
    const changed = await apply(p);
    expect(changed.code, changed.out + changed.err).to.equal(0);
    expect(calls(name)[1]).to.deep.include({ op: 'PutResourcePolicy', ExpectedRevisionId: revision });
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, null));
    const removed = await apply(p);
    expect(removed.code, removed.out + removed.err).to.equal(0);
    expect(calls(name)[2]).to.deep.include({ op: 'DeleteResourcePolicy', ResourceArn: arn });
    expect((await plan(p)).code).to.equal(0);
  });

  it('a policy changed after the plan was made is not overwritten: the step fails with EXEC_POLICY_CHANGED', async () => {
    const name = uniqueName('rp-race');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, JSON.stringify(policy('111122223333'))) });
    expect((await apply(p)).code).to.equal(0);
    const arn = await arnOf(name);
    const planned = await withClient(async (c) => (await c.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).RevisionId ?? '');
    // Someone else changes it between plan and apply.
    await withClient((c) => c.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: JSON.stringify(policy('777788889999')) })));
    const step = { kind: 'UpdateResourcePolicy', table: name, policy: canonicalPolicy(policy('444455556666')), expectedRevisionId: planned, wait: 'none', notes: [], cause: { kind: 'ModifyResourcePolicy', from: null, to: null, revision: planned } } as const;
    const failed = await withClient((c) => runPolicyStep(c, step, arn).catch((e: unknown) => e));
    expect(failed).to.be.instanceOf(DdbMigrateError).and.have.nested.property('problems[0].code', 'EXEC_POLICY_CHANGED');
    const kept = await withClient(async (c) => (await c.send(new GetResourcePolicyCommand({ ResourceArn: arn }))).Policy ?? '');
    expect(kept).to.include('777788889999');
  });

  it('import writes the policy inline; the imported file plans as no change; drift names a change made outside; a bad policy file is a spec error', async () => {
    const name = uniqueName('rp-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, JSON.stringify(policy('111122223333'))) });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const yaml = readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8');
    expect(yaml).to.include('resourcePolicy:');
    expect(yaml).to.include('arn:aws:iam::111122223333:root');
    expect((await plan(fresh)).code).to.equal(0);

    const arn = await arnOf(name);
    await withClient((c) => c.send(new PutResourcePolicyCommand({ ResourceArn: arn, Policy: JSON.stringify(policy('777788889999')) })));
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err, drift.out + drift.err).to.match(/resourcePolicy: live policy with 1 statement \(digest [0-9a-f]{8}\), spec policy with 1 statement \(digest [0-9a-f]{8}\)/);

    const bad = env.project({ [`tables/${name}.yaml`]: spec(name, 'policies/missing.json'), 'tables/other.json': '{' });
    const refused = await runCli(['plan', '--dir', bad.dir, ...target()]);
    expect(refused.code).to.equal(1);
    expect(refused.out + refused.err).to.include('SPEC_POLICY_FILE');
  });
});

describe('cli: resource-based policy on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": the table is created, apply skips the call and verifies, plan again is empty', async () => {
    const name = uniqueName('rp-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, JSON.stringify(policy('111122223333'))) });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bresourcePolicy\b/);
  });
});
