/**
 * The Kinesis streaming destination end to end (issue 14.6) through the AWS control-plane emulation
 * (DynamoDB Local has none of its operations), and on plain DynamoDB Local, where it is "not
 * supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeKinesisStreamingDestinationCommand, DisableKinesisStreamingDestinationCommand, EnableKinesisStreamingDestinationCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const S1 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes';
const S2 = 'arn:aws:kinesis:us-east-1:123456789012:stream/orders-changes-v2';
const spec = (name: string, kinesis: string | null) =>
  [`table: ${name}`, 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }', ...(kinesis ? [`kinesisDestination: ${kinesis}`] : []), ''].join('\n');

describe('cli: Kinesis streaming destination through the AWS control-plane emulation @engine', function () {
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
  const calls = (name: string) => cp.requests.filter((r) => /KinesisStreamingDestination$/.test(r.op) && !r.op.startsWith('Describe') && r.body['TableName'] === name).map((r) => ({ op: r.op, ...r.body }));
  const withClient = async <T>(f: (c: ReturnType<typeof engineClient>) => Promise<T>): Promise<T> => {
    const client = engineClient(cp.endpoint);
    try {
      return await f(client);
    } finally {
      client.destroy();
    }
  };
  const described = (name: string) => withClient(async (c) => (await c.send(new DescribeKinesisStreamingDestinationCommand({ TableName: name }))).KinesisDataStreamDestinations ?? []);

  it('created with a destination, precision updated, moved to another stream, removed: the exact calls, waited ACTIVE; plan again is empty each time', async () => {
    const name = uniqueName('kds');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, `{ streamArn: ${S1} }`) });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    expect((await described(name))[0]).to.deep.include({ StreamArn: S1, DestinationStatus: 'ACTIVE' });
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, `{ streamArn: ${S1}, precision: MICROSECOND }`));
    expect((await apply(p)).code).to.equal(0);
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, `{ streamArn: ${S2}, precision: MICROSECOND }`));
    const moved = await apply(p);
    expect(moved.code, moved.out + moved.err).to.equal(0);
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, null));
    expect((await apply(p)).code).to.equal(0);
    expect((await plan(p)).code).to.equal(0);
    expect(calls(name)).to.deep.equal([
      { op: 'EnableKinesisStreamingDestination', TableName: name, StreamArn: S1, EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MILLISECOND' } },
      { op: 'UpdateKinesisStreamingDestination', TableName: name, StreamArn: S1, UpdateKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } },
      { op: 'DisableKinesisStreamingDestination', TableName: name, StreamArn: S1 },
      { op: 'EnableKinesisStreamingDestination', TableName: name, StreamArn: S2, EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } },
      { op: 'DisableKinesisStreamingDestination', TableName: name, StreamArn: S2 },
    ]);
  });

  it('import writes the destination; the imported file plans as no change; drift names a change made outside; the emulation refuses a change in flight', async () => {
    const name = uniqueName('kds-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, `{ streamArn: ${S1}, precision: MICROSECOND }`) });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    expect(readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8')).to.include(`kinesisDestination: { streamArn: ${S1}, precision: MICROSECOND }`);
    expect((await plan(fresh)).code).to.equal(0);

    await withClient((c) => c.send(new DisableKinesisStreamingDestinationCommand({ TableName: name, StreamArn: S1 })));
    const busy = await withClient((c) => c.send(new EnableKinesisStreamingDestinationCommand({ TableName: name, StreamArn: S1 })).catch((e: Error) => e));
    expect(busy).to.be.instanceOf(Error).and.have.property('name', 'ResourceInUseException');
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err, drift.out + drift.err).to.include(`kinesisDestination: live none, spec ${S1} (MICROSECOND)`);
  });

  it('refusals: a stream that is not a Kinesis stream ARN, or an unknown precision, is a spec error', async () => {
    const name = uniqueName('kds-bad');
    for (const bad of ['{ streamArn: arn:aws:sqs:us-east-1:123456789012:q }', `{ streamArn: ${S1}, precision: NANOSECOND }`]) {
      const p = env.project({ [`tables/${name}.yaml`]: spec(name, bad) });
      const refused = await runCli(['plan', '--dir', p.dir, ...target()]);
      expect(refused.code, bad).to.equal(1);
      expect(refused.out + refused.err).to.include('kinesisDestination');
    }
  });
});

describe('cli: Kinesis streaming destination on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": the table is created, apply skips the call and verifies, plan again is empty', async () => {
    const name = uniqueName('kds-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, `{ streamArn: ${S1} }`) });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bkinesisDestination\b/);
  });
});
