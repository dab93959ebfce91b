/**
 * The PITR recovery period end to end (issue 14.4) through the AWS control-plane emulation, which
 * implements Describe/UpdateContinuousBackups (DynamoDB Local does not: UnknownOperationException),
 * and on plain DynamoDB Local, where PITR is "not supported by this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeContinuousBackupsCommand, UpdateContinuousBackupsCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { engineClient, uniqueName } from '../support/engine.js';

const spec = (name: string, pitr: string | null) =>
  [`table: ${name}`, 'partitionKey: { name: pk, type: S }', 'billing: { mode: PAY_PER_REQUEST }', ...(pitr ? [`pointInTimeRecovery: ${pitr}`] : []), ''].join('\n');

describe('cli: PITR recovery period through the AWS control-plane emulation @engine', function () {
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
  const apply = (p: TempProject, ...args: string[]) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures', ...args]);
  const plan = (p: TempProject) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
  const project = (name: string, pitr: string | null) => env.project({ [`tables/${name}.yaml`]: spec(name, pitr) });
  const pitrRequests = (name: string) => cp.requests.filter((r) => r.op === 'UpdateContinuousBackups' && r.body['TableName'] === name).map((r) => r.body);
  const described = async (name: string) => {
    const client = engineClient(cp.endpoint);
    try {
      return (await client.send(new DescribeContinuousBackupsCommand({ TableName: name }))).ContinuousBackupsDescription?.PointInTimeRecoveryDescription;
    } finally {
      client.destroy();
    }
  };

  it('create with 7 days, lengthen, back to the default, and `true`: each applies and plans again as no change', async () => {
    const name = uniqueName('pitr');
    const p = project(name, '{ enabled: true, recoveryPeriodDays: 7 }');
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    expect(await described(name)).to.deep.include({ PointInTimeRecoveryStatus: 'ENABLED', RecoveryPeriodInDays: 7 });
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, '{ enabled: true, recoveryPeriodDays: 14 }'));
    const planned = await plan(p);
    expect(planned.code).to.equal(2);
    expect(planned.out).to.include('~ pointInTimeRecoveryDays: 7 days → 14 days');
    expect((await apply(p)).code).to.equal(0);
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, 'true'));
    expect((await apply(p)).code).to.equal(0);
    expect(await described(name)).to.deep.include({ RecoveryPeriodInDays: 35 });
    expect((await plan(p)).code).to.equal(0);
    // The exact requests: the period is sent on enable and on each change, 35 explicitly.
    expect(pitrRequests(name)).to.deep.equal([
      { TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 } },
      { TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 14 } },
      { TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 35 } },
    ]);
  });

  it('shortening the period is destructive: refused without --allow-destructive, applied with it', async () => {
    const name = uniqueName('pitr-short');
    const p = project(name, 'true');
    expect((await apply(p)).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec(name, '{ enabled: true, recoveryPeriodDays: 3 }'));
    const refused = await apply(p);
    expect(refused.code).to.equal(3);
    expect(refused.out + refused.err).to.include('DM012_SHORTEN_RECOVERY_PERIOD');
    expect((await apply(p, '--allow-destructive')).code).to.equal(0);
    expect(await described(name)).to.deep.include({ RecoveryPeriodInDays: 3 });
    expect((await plan(p)).code).to.equal(0);
  });

  it('the emulation refuses a period outside 1-35 (as documented)', async () => {
    const name = uniqueName('pitr-range');
    expect((await apply(project(name, null))).code).to.equal(0);
    const client = engineClient(cp.endpoint);
    try {
      const out = await client
        .send(new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 36 } }))
        .catch((e: Error) => e);
      expect(out).to.be.instanceOf(Error).and.have.property('name', 'ValidationException');
    } finally {
      client.destroy();
    }
  });

  it('import writes the period; the imported file plans as no change; drift names a period changed outside', async () => {
    const name = uniqueName('pitr-imp');
    const p = project(name, '{ enabled: true, recoveryPeriodDays: 7 }');
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    expect(readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8')).to.include('pointInTimeRecovery: { enabled: true, recoveryPeriodDays: 7 }');
    expect((await plan(fresh)).code).to.equal(0);

    const client = engineClient(cp.endpoint);
    await client.send(new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 10 } }));
    client.destroy();
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err).to.include('pointInTimeRecoveryDays: live 10 days, spec 7 days (changed outside ddb-migrate?)');
  });
});

describe('cli: PITR recovery period on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": apply succeeds and plan again is empty', async () => {
    const name = uniqueName('pitr-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ enabled: true, recoveryPeriodDays: 7 }') });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bpointInTimeRecovery\b/);
  });
});

describe('cli: PITR recovery period on an endpoint that does not report it @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();
  let cp: ControlPlane;
  let front: FaultProxy;
  before(async () => {
    // PITR implemented, RecoveryPeriodInDays never described (as an older emulator might): a proxy
    // in front of the emulation takes it out of every answer.
    cp = await startControlPlane({ target: env.endpoint });
    front = await startFaultProxy({
      target: cp.endpoint,
      rewriteAnswer: (op, answer) => {
        if (op !== 'DescribeContinuousBackups' && op !== 'UpdateContinuousBackups') return answer;
        const d = answer['ContinuousBackupsDescription'] as { PointInTimeRecoveryDescription?: Record<string, unknown> } | undefined;
        if (d?.PointInTimeRecoveryDescription) delete d.PointInTimeRecoveryDescription['RecoveryPeriodInDays'];
        return answer;
      },
    });
  });
  after(async () => {
    await front.close();
    await cp.close();
  });

  it('is "not supported by this endpoint" (pointInTimeRecoveryPeriod): PITR applies, the period never shows as a perpetual diff', async () => {
    const name = uniqueName('pitr-noperiod');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, '{ enabled: true, recoveryPeriodDays: 7 }') });
    const target = ['--endpoint-url', front.endpoint, '--region', 'local'];
    const applied = await runCli(['apply', '--dir', p.dir, ...target, '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    const again = await runCli(['plan', '--dir', p.dir, ...target, '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bpointInTimeRecoveryPeriod\b/);
  });
});
