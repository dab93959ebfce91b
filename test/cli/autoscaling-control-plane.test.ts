/**
 * Autoscaling ranges end to end (issue 15.1, 15.3) through the AWS control-plane emulation, which
 * answers Application Auto Scaling at the same endpoint (DynamoDB Local has no such service), and
 * on plain DynamoDB Local, where autoscaling is "not supported by this endpoint", never a diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { ApplicationAutoScalingClient, PutScalingPolicyCommand, RegisterScalableTargetCommand } from '@aws-sdk/client-application-auto-scaling';
import { runCli, useEngineProjects } from '../support/cli.js';
import { useControlPlaneCli } from '../support/control-plane-cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const RANGE = '{ min: 5, max: 100, targetUtilization: 60 }';
const spec = (name: string, read: string, write: string, indexRead = '{ min: 2, max: 20 }') =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    `billing: { mode: PROVISIONED, read: ${read}, write: ${write} }`,
    'globalSecondaryIndexes:',
    '  - name: by-group',
    '    partitionKey: { name: group, type: S }',
    '    projection: KEYS_ONLY',
    '  - name: by-user',
    '    partitionKey: { name: user, type: S }',
    '    projection: KEYS_ONLY',
    `    read: ${indexRead}`,
    '    write: 3',
    '',
  ].join('\n');

describe('cli: autoscaling ranges through the AWS control-plane emulation @engine', function () {
  this.timeout(180_000);
  const { env, cp: controlPlane, target, apply, plan } = useControlPlaneCli();
  const scalingCalls = (name: string) =>
    controlPlane().requests.filter((r) => /ScalableTarget$|ScalingPolicy$/.test(r.op) && !r.op.startsWith('Describe') && String(r.body['ResourceId']).startsWith(`table/${name}`)).map((r) => `${r.op} ${String(r.body['ResourceId'])} ${String(r.body['ScalableDimension'])}`);
  const ddb = async <T>(f: (c: ReturnType<typeof engineClient>) => Promise<T>): Promise<T> => {
    const c = engineClient(controlPlane().endpoint);
    try {
      return await f(c);
    } finally {
      c.destroy();
    }
  };

  it('apply → plan again is empty for a table with two GSIs; the scaler moving capacity inside the range is no change; outside it, the range is registered again (no UpdateTable)', async () => {
    const name = uniqueName('as');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, RANGE, '4') });
    const applied = await apply(p);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    // The table's read and each GSI's read (by-group inherits the table's range); writes are fixed.
    expect(scalingCalls(name)).to.deep.equal([
      `RegisterScalableTarget table/${name} dynamodb:table:ReadCapacityUnits`,
      `PutScalingPolicy table/${name} dynamodb:table:ReadCapacityUnits`,
      `RegisterScalableTarget table/${name}/index/by-group dynamodb:index:ReadCapacityUnits`,
      `PutScalingPolicy table/${name}/index/by-group dynamodb:index:ReadCapacityUnits`,
      `RegisterScalableTarget table/${name}/index/by-user dynamodb:index:ReadCapacityUnits`,
      `PutScalingPolicy table/${name}/index/by-user dynamodb:index:ReadCapacityUnits`,
    ]);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);

    // The scaler's own UpdateTable, inside both ranges.
    await ddb((c) => c.send(new UpdateTableCommand({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 42, WriteCapacityUnits: 4 } })));
    await ddb((c) => c.send(new UpdateTableCommand({ TableName: name, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-user', ProvisionedThroughput: { ReadCapacityUnits: 17, WriteCapacityUnits: 3 } } }] })));
    const inside = await plan(p);
    expect(inside.code, inside.out + inside.err).to.equal(0);

    // Someone sets 300, outside 5-100: a register, no UpdateTable, and the capacity is back inside.
    await ddb((c) => c.send(new UpdateTableCommand({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 300, WriteCapacityUnits: 4 } })));
    const outside = await runCli(['plan', '--dir', p.dir, ...target(), '--no-color']);
    expect(outside.out).to.include('~ billing.read: 300 → within 5-100');
    expect(outside.out).to.include('[Application Auto Scaling] register the read capacity of');
    const before = controlPlane().requests.filter((r) => r.op === 'UpdateTable').length;
    const fixed = await apply(p);
    expect(fixed.code, fixed.out + fixed.err).to.equal(0);
    expect(controlPlane().requests.filter((r) => r.op === 'UpdateTable').length).to.equal(before);
    expect((await plan(p)).code).to.equal(0);
  });

  it('range widened and removed; billing to on-demand deregisters first, back to provisioned registers after', async () => {
    const name = uniqueName('as-mv');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, RANGE, '4') });
    expect((await apply(p)).code).to.equal(0);
    /** The changing calls of one apply, in order. */
    const applyOps = async (): Promise<string[]> => {
      const from = controlPlane().requests.length;
      const out = await apply(p);
      expect(out.code, out.out + out.err).to.equal(0);
      expect((await plan(p)).code, 'plan again is empty').to.equal(0);
      return controlPlane().requests.slice(from).map((r) => r.op).filter((o) => ['UpdateTable', 'RegisterScalableTarget', 'PutScalingPolicy', 'DeregisterScalableTarget'].includes(o));
    };

    // by-user's read range removed (deregistered first, then its fixed 7); the table's range widened
    // and by-group's with it (it inherits it): one register each, the policies kept.
    p.write(`tables/${name}.yaml`, spec(name, '{ min: 5, max: 200, targetUtilization: 60 }', '4', '7'));
    expect(await applyOps()).to.deep.equal(['DeregisterScalableTarget', 'UpdateTable', 'RegisterScalableTarget', 'RegisterScalableTarget']);

    const onDemand = [`table: ${name}`, 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }', 'globalSecondaryIndexes:', '  - name: by-group', '    partitionKey: { name: group, type: S }', '    projection: KEYS_ONLY', '  - name: by-user', '    partitionKey: { name: user, type: S }', '    projection: KEYS_ONLY', ''];
    p.write(`tables/${name}.yaml`, onDemand.join('\n'));
    expect(await applyOps()).to.deep.equal(['DeregisterScalableTarget', 'DeregisterScalableTarget', 'UpdateTable']);

    // Write 6, not the 4 it had: DynamoDB Local refuses a switch back to PROVISIONED with the units
    // it had before ("The requested throughput value equals the current value"), AWS does not.
    p.write(`tables/${name}.yaml`, spec(name, RANGE, '6'));
    expect(await applyOps()).to.deep.equal(['UpdateTable', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy', 'RegisterScalableTarget', 'PutScalingPolicy']);
  });

  it('import writes the ranges, and the imported file plans as no change; drift names a range changed outside', async () => {
    const name = uniqueName('as-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, RANGE, '4') });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const text = readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8');
    expect(text).to.include('billing: { mode: PROVISIONED, read: { min: 5, max: 100, targetUtilization: 60 }, write: 4 }');
    expect(text).to.include('read: { min: 2, max: 20 }');
    expect((await plan(fresh)).code).to.equal(0);

    const scaling = new ApplicationAutoScalingClient({ endpoint: controlPlane().endpoint, region: 'local', credentials: { accessKeyId: 'ddbmigrate', secretAccessKey: 'ddbmigrate' } });
    try {
      await scaling.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'dynamodb', ResourceId: `table/${name}`, ScalableDimension: 'dynamodb:table:ReadCapacityUnits', MinCapacity: 10, MaxCapacity: 50 }));
      // The emulation's documented refusals: min above max, a policy without a target.
      const inverted = await scaling.send(new RegisterScalableTargetCommand({ ServiceNamespace: 'dynamodb', ResourceId: `table/${name}`, ScalableDimension: 'dynamodb:table:WriteCapacityUnits', MinCapacity: 9, MaxCapacity: 3 })).catch((e: Error) => e);
      expect(inverted).to.be.instanceOf(Error).and.have.property('name', 'ValidationException');
      const orphan = await scaling
        .send(new PutScalingPolicyCommand({ PolicyName: 'p', ServiceNamespace: 'dynamodb', ResourceId: `table/${name}`, ScalableDimension: 'dynamodb:table:WriteCapacityUnits', PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: { TargetValue: 50, PredefinedMetricSpecification: { PredefinedMetricType: 'DynamoDBWriteCapacityUtilization' } } }))
        .catch((e: Error) => e);
      expect(orphan).to.be.instanceOf(Error).and.have.property('name', 'ObjectNotFoundException');
    } finally {
      scaling.destroy();
    }
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err, drift.out + drift.err).to.include('autoscaling.read: live 10-50 at 60%, spec 5-100 at 60%');
  });
});

describe('cli: autoscaling ranges on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": the table is created at the range minimum, the steps are skipped, plan again is empty even after the capacity moves', async () => {
    const name = uniqueName('as-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, RANGE, '4') });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    // Known from the table's ddblocal ARN, before any call: all six scaling steps are skipped.
    expect((applied.out + applied.err).match(/as a scalable target: [0-9-]+ — skipped \(not supported by this endpoint\)/g)).to.have.length(3);
    expect((applied.out + applied.err).match(/utilization of the .* — skipped \(not supported by this endpoint\)/g)).to.have.length(3);
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bautoscaling\b/);
    const c = engineClient(env.endpoint);
    try {
      await c.send(new UpdateTableCommand({ TableName: name, ProvisionedThroughput: { ReadCapacityUnits: 300, WriteCapacityUnits: 4 } }));
    } finally {
      c.destroy();
    }
    expect((await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode'])).code).to.equal(0);
  });
});
