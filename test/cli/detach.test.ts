/**
 * Detached long steps end to end, on a DynamoDB Local started with -delayTransientStatuses (a GSI
 * create takes about 30 s there, CREATING throughout): `apply --wait-timeout 5s` leaves the build in
 * flight and exits 0 (status `in-flight` in --format json), `status` shows it, the next apply waits
 * for it, verifies it and plans nothing more; with two new GSIs (one create per UpdateTable) the
 * first detaches, the second is deferred, TTL (which does not depend on the build) runs beside it, and
 * the next apply finishes the first and builds the second; status also lists untracked builds.
 */
import { expect } from 'chai';
import { DescribeTableCommand, DescribeTimeToLiveCommand, UpdateTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { startEngine, type RunningEngine } from '../../src/engine/dynamodb-local.js';
import { listHistory } from '../../src/state/history.js';
import { listInFlight } from '../../src/state/in-flight.js';
import { DEFAULT_CONTROL_TABLE } from '../../src/state/control-table.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const index = (name: string, key: string) => [`  - name: ${name}`, `    partitionKey: { name: ${key}, type: S }`, '    projection: KEYS_ONLY', ''].join('\n');
const spec = (name: string, indexes: readonly string[], extra = ''): string =>
  `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n${extra}${indexes.length > 0 ? `globalSecondaryIndexes:\n${indexes.join('')}` : ''}`;

interface ApplyDoc {
  readonly ok: boolean;
  readonly status?: string;
  readonly inFlight?: { readonly running: readonly { table: string; name: string }[]; readonly finished: readonly { name: string; verified: boolean }[] };
  readonly result: { readonly steps: readonly { kind: string; status: string; description: string }[] } | null;
}

describe('cli: apply --wait-timeout / --detach leave GSI builds in flight @engine', function () {
  this.timeout(240_000);
  let engine: RunningEngine;
  let client: DynamoDBClient;
  const projects: TempProject[] = [];
  before(async () => {
    engine = await startEngine({ delayTransientStatuses: true });
    client = engineClient(engine.endpoint);
  });
  after(async () => {
    client?.destroy();
    for (const p of projects) p.remove();
    await engine?.stop();
  });
  const target = () => ['--endpoint-url', engine.endpoint, '--region', 'local'];
  const apply = (p: TempProject, ...args: string[]) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures', ...args]);
  const applyJson = async (p: TempProject, ...args: string[]) => {
    const r = await apply(p, '--format', 'json', ...args);
    return { code: r.code, err: r.err, doc: JSON.parse(r.out) as ApplyDoc };
  };
  const indexStatus = async (table: string) =>
    Object.fromEntries(((await client.send(new DescribeTableCommand({ TableName: table }))).Table?.GlobalSecondaryIndexes ?? []).map((g) => [g.IndexName, g.IndexStatus]));

  it('--wait-timeout 5s exits 0 with the index in flight; status shows it; the next apply waits, verifies, and plans empty', async () => {
    const name = uniqueName('detach-one');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, []) });
    projects.push(p);
    expect((await apply(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, [index('by-a', 'a')]));
    const started = Date.now();
    const first = await applyJson(p, '--wait-timeout', '5s');
    expect(first.code, first.err).to.equal(0);
    expect(Date.now() - started).to.be.below(20_000);
    expect(first.doc.ok).to.equal(true);
    expect(first.doc.status).to.equal('in-flight');
    expect(first.doc.result?.steps.map((s) => [s.kind, s.status])).to.deep.equal([['CreateGlobalIndex', 'in-flight']]);
    expect(first.doc.inFlight?.running.map((r) => [r.table, r.name])).to.deep.equal([[name, 'by-a']]);
    expect(await indexStatus(name)).to.deep.equal({ 'by-a': 'CREATING' });
    // Recorded in the control table; the lock is released (a plan and status run meanwhile).
    expect((await listInFlight(client, DEFAULT_CONTROL_TABLE)).map((o) => o.name)).to.deep.equal(['by-a']);

    const status = await runCli(['status', '--dir', p.dir, ...target(), '--format', 'json']);
    expect(status.code, status.err).to.equal(0);
    const shown = (JSON.parse(status.out) as { inFlight: { table: string; name: string; state: string; finished: boolean }[] }).inFlight;
    expect(shown.map((s) => [s.table, s.name, s.state, s.finished])).to.deep.equal([[name, 'by-a', 'CREATING', false]]);
    const statusText = await runCli(['status', '--dir', p.dir, ...target()]);
    expect(statusText.out).to.match(new RegExp(`${name}: index by-a \\(create GSI by-a on ${name} `));
    expect(statusText.out).to.match(/state: CREATING, (backfilling|allocating)/);

    // What is in flight is work the next apply does: --detailed-exitcode counts it as pending.
    const plan = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(plan.code, plan.err).to.equal(2);
    expect(plan.out).to.match(/In flight/);

    const second = await applyJson(p);
    expect(second.code, second.err).to.equal(0);
    expect(second.doc.status).to.equal('applied');
    expect(second.doc.inFlight?.finished.map((f) => [f.name, f.verified])).to.deep.equal([['by-a', true]]);
    expect(await indexStatus(name)).to.deep.equal({ 'by-a': 'ACTIVE' });
    expect(await listInFlight(client, DEFAULT_CONTROL_TABLE)).to.deep.equal([]);

    const again = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);

    // History records both: the run that left it in flight, and the one that saw it finish.
    const records = (await listHistory(client, DEFAULT_CONTROL_TABLE, { table: name })).slice(0, 2);
    expect(records.map((r) => r.result)).to.deep.equal(['success', 'in-flight']);
    expect(records[1]?.steps.map((s) => s.status)).to.deep.equal(['in-flight']);
    expect(records[0]?.steps.map((s) => s.status)).to.deep.equal(['done']);
    expect(records[0]?.steps[0]?.description).to.match(new RegExp(`^finish create GSI by-a on ${name} .*\\(started by run ${records[1]?.runId ?? 'none'}\\), verified$`));
  });

  it('two new GSIs and TTL: --detach leaves the first in flight, defers the second, enables TTL beside the build; the next apply finishes the first and builds the second', async () => {
    const name = uniqueName('detach-two');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, []) });
    projects.push(p);
    expect((await apply(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, spec(name, [index('by-a', 'a'), index('by-b', 'b')], 'ttl: { attribute: expires }\n'));
    const first = await applyJson(p, '--detach', '--allow-destructive');
    expect(first.code, first.err).to.equal(0);
    expect(first.doc.status).to.equal('in-flight');
    const byIndex = (steps: readonly { kind: string; description: string; status: string }[] | undefined) =>
      (steps ?? []).map((s) => [/GSI (\S+)/.exec(s.description)?.[1] ?? s.kind, s.status]);
    // TTL does not depend on the build and DynamoDB takes it meanwhile (docs/dynamodb-rules.md, "While an index builds").
    expect(byIndex(first.doc.result?.steps)).to.deep.equal([
      ['by-a', 'in-flight'],
      ['by-b', 'deferred'],
      ['UpdateTtl', 'done'],
    ]);
    // DynamoDB builds one index at a time: the second was never sent.
    expect(await indexStatus(name)).to.deep.equal({ 'by-a': 'CREATING' });
    expect((await client.send(new DescribeTimeToLiveCommand({ TableName: name }))).TimeToLiveDescription?.AttributeName).to.equal('expires');

    // A second --detach while the first still builds starts nothing: the create is deferred again.
    const meanwhile = await applyJson(p, '--detach');
    expect(meanwhile.code, meanwhile.err).to.equal(0);
    expect(meanwhile.doc.status).to.equal('in-flight');
    expect(byIndex(meanwhile.doc.result?.steps)).to.deep.equal([['by-b', 'deferred']]);
    expect(await indexStatus(name)).to.deep.equal({ 'by-a': 'CREATING' });

    const next = await applyJson(p);
    expect(next.code, next.err).to.equal(0);
    expect(next.doc.status).to.equal('applied');
    expect(next.doc.inFlight?.finished.map((f) => [f.name, f.verified])).to.deep.equal([['by-a', true]]);
    expect(byIndex(next.doc.result?.steps)).to.deep.equal([['by-b', 'done']]);
    expect(await indexStatus(name)).to.deep.equal({ 'by-a': 'ACTIVE', 'by-b': 'ACTIVE' });
    const again = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
  });

  it('status also lists an index build no record accounts for (started by another tool)', async () => {
    const name = uniqueName('detach-untracked');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, []) });
    projects.push(p);
    expect((await apply(p)).code).to.equal(0);
    await client.send(
      new UpdateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'x', AttributeType: 'S' }],
        GlobalSecondaryIndexUpdates: [{ Create: { IndexName: 'by-x', KeySchema: [{ AttributeName: 'x', KeyType: 'HASH' }], Projection: { ProjectionType: 'KEYS_ONLY' } } }],
      }),
    );
    const status = await runCli(['status', '--dir', p.dir, ...target(), '--format', 'json']);
    expect(status.code, status.err).to.equal(0);
    const doc = JSON.parse(status.out) as { inFlight: unknown[]; untracked: { table: string; kind: string; name: string; state: string }[] };
    expect(doc.inFlight).to.deep.equal([]);
    expect(doc.untracked.map((u) => [u.table, u.kind, u.name, u.state])).to.deep.equal([[name, 'index', 'by-x', 'CREATING']]);
    const text = await runCli(['status', '--dir', p.dir, ...target()]);
    expect(text.out).to.match(/No operations in flight/);
    expect(text.out).to.match(new RegExp(`Also running on the declared tables[^\\n]*\\n  ${name}: index by-x CREATING, allocating`));
  });

  it('refuses --detach with --wait-timeout, and a bad --wait-timeout, before anything is written', async () => {
    const name = uniqueName('detach-bad');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, []) });
    projects.push(p);
    const both = await apply(p, '--detach', '--wait-timeout', '5s');
    expect(both.code).to.equal(1);
    expect(both.err).to.match(/--detach is a wait timeout of zero/);
    const bad = await apply(p, '--wait-timeout', 'soon');
    expect(bad.code).to.equal(1);
    expect(bad.err).to.match(/--wait-timeout/);
    expect((await client.send(new DescribeTableCommand({ TableName: name })).catch(() => null))?.Table).to.equal(undefined);
  });
});
