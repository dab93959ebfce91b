/**
 * Regression (issue 14): DynamoDB Local ignores GlobalSecondaryIndexUpdates[].Update.OnDemandThroughput,
 * so changing an on-demand table's maximums (which its GSIs take) made apply fail with
 * VERIFY_MISMATCH (globalIndexes.GSI1.onDemand) and every later plan show the same change. The
 * endpoint is now detected as not supporting per-GSI maximums: apply succeeds, plan again is empty.
 */
import { expect } from 'chai';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const spec = (name: string, maxRead: number) =>
  [
    `table: ${name}`,
    'partitionKey: { name: pk, type: S }',
    `billing: { mode: PAY_PER_REQUEST, maxRead: ${maxRead}, maxWrite: 50 }`,
    'globalSecondaryIndexes:',
    '  - name: GSI1',
    '    partitionKey: { name: g, type: S }',
    '',
  ].join('\n');

describe('cli: per-GSI on-demand maximums on DynamoDB Local @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;
  const apply = (p: TempProject) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures']);
  const plan = (p: TempProject, ...args: string[]) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode', ...args]);

  it('changing the maximums applies to the table, and plan again is "No changes" with a not-supported note', async () => {
    const name = uniqueName('od-gsi');
    const p = project({ [`tables/${name}.yaml`]: spec(name, 10) });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, 20));
    const planned = await plan(p);
    expect(planned.code, planned.out).to.equal(2);
    expect(planned.out).to.include('billing: PAY_PER_REQUEST (maxRead 10, maxWrite 50) → PAY_PER_REQUEST (maxRead 20, maxWrite 50)');
    expect(planned.out).to.not.include('globalIndexes.GSI1.throughput');
    expect(planned.out).to.match(/not supported by this endpoint: .*\bglobalIndexOnDemand\b/);

    const applied = await apply(p);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(applied.out + applied.err).to.not.include('VERIFY_MISMATCH');
    const d = await env.client.send(new DescribeTableCommand({ TableName: name }));
    expect(d.Table?.OnDemandThroughput?.MaxReadRequestUnits).to.equal(20);

    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);
    const json = await plan(p, '--format', 'json');
    const doc = JSON.parse(json.out) as { tables: { impact: string; unsupported: string[] }[] };
    expect(doc.tables[0]?.impact).to.equal('no-op');
    expect(doc.tables[0]?.unsupported).to.include('globalIndexOnDemand');
  });

  it('a switch from PROVISIONED to on-demand with maximums applies and verifies (the GSI maximums are masked after it)', async () => {
    const name = uniqueName('od-switch');
    const provisioned = spec(name, 10).replace(/billing: .*/, 'billing: { mode: PROVISIONED, read: 5, write: 5 }');
    const p = project({ [`tables/${name}.yaml`]: provisioned });
    const created = await apply(p);
    expect(created.code, created.out + created.err).to.equal(0);
    const before = await plan(p);
    expect(before.out, 'no note on a provisioned table: it has no on-demand maximums').to.not.include('globalIndexOnDemand');

    p.write(`tables/${name}.yaml`, spec(name, 10));
    const switched = await apply(p);
    expect(switched.code, switched.out + switched.err).to.equal(0);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/not supported by this endpoint: .*\bglobalIndexOnDemand\b/);
  });
});

