import { expect } from 'chai';
import { DescribeTableCommand, DynamoDBClient, ScanCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { uniqueName } from '../support/engine.js';
import { runCli, useEngineProjects } from '../support/cli.js';
import { driftOf } from '../../src/diff/drift.js';
import { renderDriftText } from '../../src/render/render-drift.js';
import { planOf, scenario } from '../plan/scenarios.js';

/** Polls until a table changed by hand is ACTIVE again. */
async function waitActive(client: DynamoDBClient, name: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    const t = (await client.send(new DescribeTableCommand({ TableName: name }))).Table;
    if (t?.TableStatus === 'ACTIVE' && (t.GlobalSecondaryIndexes ?? []).every((g) => g.IndexStatus === 'ACTIVE')) return;
    if (Date.now() > end) throw new Error(`${name} did not become ACTIVE in ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const yamlFor = (name: string) => `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
stream: NEW_IMAGE
`;

describe('cli: drift @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;


  it('exits 0 when live matches, then 2 after a hand change, naming each field live vs spec', async () => {
    const name = uniqueName('drift');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);

    const clean = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(clean.code, clean.out + clean.err).to.equal(0);
    expect(clean.out).to.include('No drift: 1 tables match tables/.');

    // Changed outside ddb-migrate: on-demand billing and the stream switched off.
    await env.client.send(new UpdateTableCommand({ TableName: name, BillingMode: 'PAY_PER_REQUEST' }));
    await waitActive(env.client, name);
    await env.client.send(new UpdateTableCommand({ TableName: name, StreamSpecification: { StreamEnabled: false } }));
    await waitActive(env.client, name);

    const drifted = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(drifted.code, drifted.out + drifted.err).to.equal(2);
    expect(drifted.out).to.include('billing: live PAY_PER_REQUEST, spec PROVISIONED (read 5, write 5) (changed outside ddb-migrate?)');
    expect(drifted.out).to.include('stream: live off, spec NEW_IMAGE (changed outside ddb-migrate?)');
    expect(drifted.out).to.include('Drift: 1 of 1 tables differ from tables/.');

    const json = await runCli(['drift', '--dir', p.dir, ...target(), '--format', 'json']);
    expect(json.code).to.equal(2);
    const doc = JSON.parse(json.out) as { drift: boolean; tables: Array<{ table: string; findings: Array<{ field: string; live: string; spec: string }> }> };
    expect(doc.drift).to.equal(true);
    expect(doc.tables[0]?.findings.map((f) => [f.field, f.live])).to.deep.equal([
      ['billing', 'PAY_PER_REQUEST'],
      ['stream', 'off'],
    ]);

    const md = await runCli(['drift', '--dir', p.dir, ...target(), '--format', 'markdown']);
    expect(md.out).to.include('| `billing` | PAY_PER_REQUEST | PROVISIONED (read 5, write 5) |');

    // Read-only: drift changed nothing.
    const t = (await env.client.send(new DescribeTableCommand({ TableName: name }))).Table;
    expect(t?.BillingModeSummary?.BillingMode).to.equal('PAY_PER_REQUEST');
  });

  it('reports a declared table that is missing, and never loads fixtures', async () => {
    const name = uniqueName('drift-seeded');
    const missing = uniqueName('drift-missing');
    const p = project({
      [`tables/${name}.yaml`]: yamlFor(name),
      [`fixtures/${name}/items.json`]: JSON.stringify([{ pk: 'GRP#1', sk: 'a' }]),
    });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    p.write(`tables/${missing}.yaml`, yamlFor(missing));

    const res = await runCli(['drift', '--dir', p.dir, ...target()]);
    expect(res.code).to.equal(2);
    expect(res.out).to.include(`! ${missing}`);
    expect(res.out).to.include('table: live absent, spec declared in tables/ (deleted outside ddb-migrate, or never applied?)');
    expect(res.out).to.include(`= ${name}  (matches)`);
    const exists = await env.client.send(new DescribeTableCommand({ TableName: missing })).then(() => true, () => false);
    expect(exists).to.equal(false);
    const scan = await env.client.send(new ScanCommand({ TableName: name }));
    expect(scan.Count, 'drift loaded no fixtures').to.equal(0);
    // The same fixture is loadable: seed writes it (so the zero above is not for a broken file).
    expect((await runCli(['seed', '--dir', p.dir, ...target(), '--table', name])).code).to.equal(0);
    expect((await env.client.send(new ScanCommand({ TableName: name }))).Count).to.equal(1);
  });
});

describe('drift findings (pure)', () => {
  it('names every changed field with its live and spec value', () => {
    const [t] = driftOf(planOf(scenario('everything-at-once')));
    expect(t?.findings.map((f) => f.field)).to.deep.equal([
      'globalIndexes.by-old',
      'globalIndexes.by-group',
      'globalIndexes.by-user',
      'billing',
      'stream',
      'ttl',
      'pointInTimeRecovery',
      'deletionProtection',
      'tableClass',
      'tags.project',
    ]);
    const byField = new Map(t?.findings.map((f) => [f.field, f]));
    expect(byField.get('billing')?.message).to.equal('billing: live PROVISIONED (read 5, write 5), spec PAY_PER_REQUEST (changed outside ddb-migrate?)');
    expect(byField.get('globalIndexes.by-old')?.message).to.match(/: live partition .*, spec absent \(in the live table, not in the spec\)$/);
    expect(byField.get('tags.project')).to.include({ live: 'absent', spec: '"cruddur"' });
  });

  it('reports key changes field by field, and nothing for an unchanged table', () => {
    const [t] = driftOf(planOf(scenario('key-type-change-replaces')));
    expect(t?.findings.map((f) => [f.field, f.live, f.spec])).to.deep.equal([['sortKey', 'sk (S)', 'sk (N)']]);
    expect(driftOf(planOf(scenario('nothing-changed')))[0]?.findings).to.deep.equal([]);
    expect(renderDriftText(driftOf(planOf(scenario('nothing-changed'))), false)).to.include('No drift: 1 tables match tables/.');
  });

  it('names a multi-attribute GSI key in order on both sides (a reorder is drift)', () => {
    const [t] = driftOf(planOf(scenario('multi-key-gsi-reorder-rebuilds')));
    expect(t?.findings.map((f) => f.field)).to.deep.equal(['globalIndexes.by-match']);
    expect(t?.findings[0]?.live).to.match(/^partition tournamentId \(S\) \+ region \(S\), sort round \(S\) \+ bracket \(S\),/);
    expect(t?.findings[0]?.spec).to.match(/^partition region \(S\) \+ tournamentId \(S\), sort round \(S\) \+ bracket \(S\),/);
    expect(driftOf(planOf(scenario('multi-key-gsi-live-has-more-attributes')))[0]?.findings[0]?.live).to.match(/^partition PK1 \(S\) \+ PK2 \(S\),/);
  });
});
