/**
 * Global tables end to end (issue 15.2) through the AWS control-plane emulation, which answers
 * UpdateTable's ReplicaUpdates and DescribeTable's Replicas (DynamoDB Local has no global tables):
 * replicas added one per UpdateTable, each waited to ACTIVE, and a replica removed refused without
 * --allow-destructive (DM014), then allowed; import writes the replicas.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { CreateTableCommand, DeleteTableCommand, DescribeTableCommand, DynamoDBClient, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, useEngineProjects } from '../support/cli.js';
import { useControlPlaneCli } from '../support/control-plane-cli.js';
import { uniqueName } from '../support/engine.js';

const spec = (name: string, replicas: readonly string[]) =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    'billing: { mode: PAY_PER_REQUEST }',
    'stream: NEW_AND_OLD_IMAGES',
    `replicas: [${replicas.join(', ')}]`,
    '',
  ].join('\n');

describe('cli: global table replicas through the AWS control-plane emulation @engine', function () {
  this.timeout(180_000);
  const { env, cp: controlPlane, target, apply, plan } = useControlPlaneCli();
  /** The ReplicaUpdates the tool sent for `name` since request `from`, as `<action> <region>`. */
  const replicaCalls = (name: string, from = 0) =>
    controlPlane().requests
      .slice(from)
      .filter((r) => r.op === 'UpdateTable' && r.body['TableName'] === name && r.body['ReplicaUpdates'] !== undefined)
      .map((r) => {
        const u = (r.body['ReplicaUpdates'] as Record<string, { RegionName: string }>[])[0] ?? {};
        const action = Object.keys(u)[0] ?? '';
        return `${action} ${u[action]?.RegionName ?? ''} (${Object.keys(r.body).length - 1} field)`;
      });

  it('apply → plan again is empty for a table with two replicas (two steps, two waits); import writes the replicas; removing one is refused without --allow-destructive, then allowed; drift per Region', async () => {
    const name = uniqueName('gt');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, ['eu-west-1', 'ap-south-1']) });
    const applied = await apply(p);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    // Two steps, each waited until its replica is no longer CREATING.
    expect(applied.out).to.match(/2\. .*add replica ap-south-1 .*\n(.*\n)*.*3\. .*add replica eu-west-1 /);
    for (const region of ['ap-south-1', 'eu-west-1']) expect(applied.out + applied.err).to.include(`replica ${region} CREATING`);
    // One replica per UpdateTable, nothing else in it; the second only once the first is ACTIVE
    // (the emulation refuses a replica operation while one is in progress).
    expect(replicaCalls(name)).to.deep.equal(['Create ap-south-1 (1 field)', 'Create eu-west-1 (1 field)']);
    expect(controlPlane().requests.some((r) => r.op === 'DescribeTable' && r.body['TableName'] === name)).to.equal(true);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);

    // import writes the replicas, and the imported file plans as no change.
    const adopted = env.project();
    const imported = await runCli(['import', '--dir', adopted.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const yaml = readFileSync(join(adopted.dir, `tables/${name}.yaml`), 'utf8');
    expect(yaml).to.match(/replicas:[\s\S]*ap-south-1[\s\S]*eu-west-1/);
    const adoptedPlan = await plan(adopted);
    expect(adoptedPlan.code, adoptedPlan.out + adoptedPlan.err + yaml).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, ['eu-west-1']));
    const shown = await runCli(['plan', '--dir', p.dir, ...target(), '--no-color']);
    expect(shown.out).to.include('DM014_DELETE_REPLICA');
    const from = controlPlane().requests.length;
    const refused = await apply(p);
    expect(refused.code, refused.out + refused.err).to.equal(3);
    expect(replicaCalls(name, from)).to.deep.equal([]);
    expect((await plan(p)).code, 'still a change: nothing was removed').to.equal(2);

    const allowed = await apply(p, '--allow-destructive');
    expect(allowed.code, allowed.out + allowed.err).to.equal(0);
    expect(replicaCalls(name, from)).to.deep.equal(['Delete ap-south-1 (1 field)']);
    const after = await plan(p);
    expect(after.code, after.out + after.err).to.equal(0);

    // A replica's setting changed outside ddb-migrate: drift names the replica by its Region.
    const c = new DynamoDBClient({ endpoint: controlPlane().endpoint, region: 'local', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' } });
    try {
      await c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Update: { RegionName: 'eu-west-1', OnDemandThroughputOverride: { MaxReadRequestUnits: 500 } } }] }));
      for (let i = 0; i < 3; i += 1) await c.send(new DescribeTableCommand({ TableName: name }));
    } finally {
      c.destroy();
    }
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.code, drift.out + drift.err).to.equal(2);
    expect(drift.out).to.include('replicas.eu-west-1: live eu-west-1 (maxRead 500), spec eu-west-1');
  });

  it('--detach leaves a replica creation in flight (recorded, shown by status); the next apply waits for it and plans empty', async () => {
    const name = uniqueName('gtd');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, []) });
    expect((await apply(p)).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec(name, ['eu-west-1']));
    const detached = await apply(p, '--detach', '--format', 'json');
    expect(detached.code, detached.out + detached.err).to.equal(0);
    const doc = JSON.parse(detached.out) as { status: string; result: { steps: { kind: string; status: string }[] } };
    expect(doc.status).to.equal('in-flight');
    expect(doc.result.steps.map((x) => [x.kind, x.status])).to.deep.equal([['UpdateReplica', 'in-flight']]);
    const status = await runCli(['status', '--dir', p.dir, ...target(), '--format', 'json']);
    const shown = (JSON.parse(status.out) as { inFlight: { table: string; kind: string; name: string; finished: boolean }[] }).inFlight;
    expect(shown.map((x) => [x.table, x.kind, x.name])).to.deep.equal([[name, 'replica', 'eu-west-1']]);
    const next = await apply(p, '--format', 'json');
    expect(next.code, next.out + next.err).to.equal(0);
    const finished = (JSON.parse(next.out) as { inFlight: { finished: { name: string; verified: boolean }[] } }).inFlight.finished;
    expect(finished.map((f) => [f.name, f.verified])).to.deep.equal([['eu-west-1', true]]);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
  });
});

describe('aws-control-plane: ReplicaUpdates rules @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();
  let cp: ControlPlane;
  before(async () => {
    cp = await startControlPlane({ target: env.endpoint, settleAfter: 3 });
  });
  after(async () => {
    await cp.close();
  });

  it('one replica operation at a time, never combined with another change, the stream required; Replicas CREATING then ACTIVE, DELETING then gone', async () => {
    const c = new DynamoDBClient({ endpoint: cp.endpoint, region: 'us-east-1', credentials: { accessKeyId: 'AKID', secretAccessKey: 'secret' } });
    const name = uniqueName('gt-rules');
    const replicas = async () => ((await c.send(new DescribeTableCommand({ TableName: name }))).Table?.Replicas ?? []).map((r) => `${r.RegionName} ${r.ReplicaStatus}`);
    const refusal = (p: Promise<unknown>) => p.then(() => 'accepted', (e: unknown) => (e as { name: string }).name);
    try {
      await c.send(new CreateTableCommand({ TableName: name, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
      const create = (region: string) => c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Create: { RegionName: region } }] }));
      await replicas();
      expect(await refusal(create('eu-west-1')), 'no stream').to.equal('ValidationException');
      await c.send(new UpdateTableCommand({ TableName: name, StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' } }));
      await replicas();
      expect(await refusal(c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }], DeletionProtectionEnabled: false }))), 'combined').to.equal('ValidationException');
      expect(await refusal(c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Create: { RegionName: 'eu-west-1' } }, { Create: { RegionName: 'ap-south-1' } }] }))), 'two').to.equal('ValidationException');
      expect(await refusal(create('us-east-1')), "the table's own Region").to.equal('ValidationException');
      expect(await refusal(c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Delete: { RegionName: 'eu-west-1' } }] }))), 'not a replica').to.equal('ValidationException');
      await create('eu-west-1');
      expect(await refusal(create('ap-south-1')), 'one at a time').to.equal('ResourceInUseException');
      expect(await replicas()).to.deep.equal(['eu-west-1 CREATING']);
      await replicas();
      expect(await replicas()).to.deep.equal(['eu-west-1 ACTIVE']);
      expect(await refusal(create('eu-west-1')), 'already a replica').to.equal('ValidationException');
      await c.send(new UpdateTableCommand({ TableName: name, ReplicaUpdates: [{ Delete: { RegionName: 'eu-west-1' } }] }));
      expect(await replicas()).to.deep.equal(['eu-west-1 DELETING']);
      await replicas();
      expect(await replicas()).to.deep.equal([]);
    } finally {
      await c.send(new DeleteTableCommand({ TableName: name })).catch(() => undefined);
      c.destroy();
    }
  });
});
