/**
 * Contributor insights end to end (issue 14.6) through the AWS control-plane emulation (DynamoDB
 * Local has none of its operations), and on plain DynamoDB Local, where it is "not supported by
 * this endpoint", never a perpetual diff.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'chai';
import { DescribeContributorInsightsCommand, UpdateContributorInsightsCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const spec = (name: string, table: string | null, index: string | null) =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    'billing: { mode: PAY_PER_REQUEST }',
    ...(table ? [`contributorInsights: ${table}`] : []),
    'globalSecondaryIndexes:',
    '  - name: by-g',
    '    partitionKey: { name: g, type: S }',
    ...(index ? [`    contributorInsights: ${index}`] : []),
    '',
  ].join('\n');

describe('cli: contributor insights through the AWS control-plane emulation @engine', function () {
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
  const updates = (name: string) => cp.requests.filter((r) => r.op === 'UpdateContributorInsights' && r.body['TableName'] === name).map((r) => r.body);
  const status = async (name: string, index?: string) => {
    const client = engineClient(cp.endpoint);
    try {
      const out = await client.send(new DescribeContributorInsightsCommand({ TableName: name, ...(index ? { IndexName: index } : {}) }));
      return [out.ContributorInsightsStatus, out.ContributorInsightsMode];
    } finally {
      client.destroy();
    }
  };

  it('created with insights on table and GSI, mode changed, disabled: the exact calls, waited ENABLED; plan again is empty each time', async () => {
    const name = uniqueName('ci');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'true', 'THROTTLED_KEYS') });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    expect(updates(name)).to.deep.equal([
      { TableName: name, ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'ACCESSED_AND_THROTTLED_KEYS' },
      { TableName: name, IndexName: 'by-g', ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
    ]);
    // The waits read ENABLING until it settled: it is ENABLED now, without further describes.
    expect(await status(name)).to.deep.equal(['ENABLED', 'ACCESSED_AND_THROTTLED_KEYS']);
    expect(await status(name, 'by-g')).to.deep.equal(['ENABLED', 'THROTTLED_KEYS']);
    const first = await plan(p);
    expect(first.code, first.out + first.err).to.equal(0);
    expect(first.out).to.not.include('contributorInsights');

    p.write(`tables/${name}.yaml`, spec(name, 'THROTTLED_KEYS', null));
    const planned = await plan(p);
    expect(planned.code).to.equal(2);
    expect(planned.out).to.include('~ contributorInsights: ACCESSED_AND_THROTTLED_KEYS → THROTTLED_KEYS');
    expect(planned.out).to.include('~ globalIndexes.by-g.contributorInsights: THROTTLED_KEYS → off');
    const changed = await apply(p);
    expect(changed.code, changed.out + changed.err).to.equal(0);
    expect(updates(name).slice(2)).to.deep.equal([
      { TableName: name, ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' },
      { TableName: name, IndexName: 'by-g', ContributorInsightsAction: 'DISABLE' },
    ]);
    expect((await status(name, 'by-g'))[0]).to.equal('DISABLED');
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
  });

  it('import writes the insights of table and GSI; the imported file plans as no change; drift names a change made outside', async () => {
    const name = uniqueName('ci-imp');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'THROTTLED_KEYS', 'ACCESSED_AND_THROTTLED_KEYS') });
    expect((await apply(p)).code).to.equal(0);
    const fresh = env.project();
    const imported = await runCli(['import', '--dir', fresh.dir, ...target(), '--table', name]);
    expect(imported.code, imported.out + imported.err).to.equal(0);
    const yaml = readFileSync(join(fresh.dir, `tables/${name}.yaml`), 'utf8');
    expect(yaml).to.match(/^contributorInsights: THROTTLED_KEYS$/m);
    expect(yaml).to.include('    contributorInsights: ACCESSED_AND_THROTTLED_KEYS\n');
    expect(imported.err).to.not.include('IMPORT_UNMAPPED_FIELD');
    expect((await plan(fresh)).code).to.equal(0);

    const client = engineClient(cp.endpoint);
    await client.send(new UpdateContributorInsightsCommand({ TableName: name, IndexName: 'by-g', ContributorInsightsAction: 'DISABLE' }));
    client.destroy();
    const drift = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drift.out + drift.err, drift.out + drift.err).to.include('globalIndexes.by-g.contributorInsights: live off, spec ACCESSED_AND_THROTTLED_KEYS (changed outside ddb-migrate?)');
  });

  it('refusals: a mode the API does not have is a spec error; the emulation refuses an unknown index as AWS does', async () => {
    const name = uniqueName('ci-bad');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'ALL_KEYS', null) });
    const refused = await runCli(['plan', '--dir', p.dir, ...target()]);
    expect(refused.code).to.equal(1);
    expect(refused.out + refused.err).to.include('contributorInsights');
    p.write(`tables/${name}.yaml`, spec(name, null, null));
    expect((await apply(p)).code).to.equal(0);
    const client = engineClient(cp.endpoint);
    try {
      const out = await client.send(new UpdateContributorInsightsCommand({ TableName: name, IndexName: 'no-such-index', ContributorInsightsAction: 'ENABLE' })).catch((e: Error) => e);
      expect(out).to.be.instanceOf(Error).and.have.property('name', 'ResourceNotFoundException');
    } finally {
      client.destroy();
    }
  });
});

describe('cli: contributor insights on plain DynamoDB Local @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('is "not supported by this endpoint": the table is created, apply skips the calls and verifies, plan again is empty', async () => {
    const name = uniqueName('ci-local');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name, 'THROTTLED_KEYS', 'true') });
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(applied.out + applied.err).to.not.include('VERIFY_MISMATCH');
    const again = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
    expect(again.code, again.out).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bcontributorInsights\b/);
  });

  it('a table it creates, on an endpoint already known to lack insights: the plan says apply skips the step, and apply does (regression)', async () => {
    const known = uniqueName('ci-known');
    const fresh = uniqueName('ci-new');
    const p = env.project({ [`tables/${known}.yaml`]: spec(known, null, null) });
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    // Reading the existing table's insights teaches the plan that the endpoint has none.
    p.write(`tables/${fresh}.yaml`, spec(fresh, 'THROTTLED_KEYS', null));
    const plan = await runCli(['plan', '--dir', p.dir, ...env.target()]);
    const created = plan.out.slice(plan.out.indexOf(`+ ${fresh}`));
    expect(created).to.match(/enable \(THROTTLED_KEYS\) contributor insights on .*\n.*note: apply skips this step: contributorInsights is not supported by this endpoint/);
    expect(created).to.match(/not supported by this endpoint: contributorInsights\n/);
    const markdown = await runCli(['plan', '--dir', p.dir, ...env.target(), '--format', 'markdown']);
    expect(markdown.out).to.include('   - apply skips this step: contributorInsights is not supported by this endpoint');
    const applied = await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(applied.err).to.include('  skipped: contributorInsights is not supported by this endpoint\n');
    expect(applied.err).not.to.include('(contributorInsights is not supported by this endpoint)');
    expect(applied.out).to.match(/contributor insights on .* — skipped \(not supported by this endpoint\)\n/);
  });
});
