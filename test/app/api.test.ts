/** The library API's result objects and events, on the real embedded engine. */
import { expect } from 'chai';
import { PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import {
  applyProject,
  DdbMigrateError,
  driftProject,
  dropProject,
  history,
  planProject,
  resetProject,
  seedProject,
  type AppEvent,
} from '../../src/index.js';
import { runCli, useEngineProjects } from '../support/cli.js';
import { startFaultProxy } from '../support/fault-proxy.js';
import { uniqueName } from '../support/engine.js';

const tableYaml = (name: string, extra = '') => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n${extra}`;
const keyedBySk = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('app API: result objects @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const opts = (dir: string) => ({ dir, endpointUrl: env.endpoint, region: 'local' });

  async function scanKeys(table: string): Promise<string[]> {
    const items = (await env.client.send(new ScanCommand({ TableName: table }))).Items ?? [];
    return items.map((i) => i['pk']?.S ?? '').sort();
  }

  it('planProject returns the plan with its changes, nothing written', async () => {
    const name = uniqueName('api-plan');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name) });
    const result = await planProject(opts(p.dir));
    expect(result.hasChanges).to.equal(true);
    expect(result.plan.summary.create).to.equal(1);
    expect(result.plan.tables.map((t) => [t.table, t.change.kind])).to.deep.equal([[name, 'CreateTable']]);
    expect(result.target).to.deep.include({ env: null, local: true });
    expect(result.savedTo).to.equal(null);
    expect((await planProject(opts(p.dir))).hasChanges, 'plan wrote nothing').to.equal(true);
  });

  it('applyProject returns per-step statuses, verification and fixture counts, and emits its events in order', async () => {
    const name = uniqueName('api-apply');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/items.json`]: '[{"pk":"a"},{"pk":"b"},{"pk":"c"}]' });
    const events: AppEvent[] = [];
    const result = await applyProject({ ...opts(p.dir), yes: true, onEvent: (e) => events.push(e) });
    expect(result.status).to.equal('applied');
    expect(result.steps?.verified).to.equal(true);
    expect(result.steps?.steps.map((s) => [s.table, s.kind, s.status])).to.deep.equal([[name, 'CreateTable', 'done']]);
    expect(result.fixtures.state).to.equal('loaded');
    expect(result.fixtures.decisions?.map((d) => [d.table.name, d.reason])).to.deep.equal([[name, 'table-created']]);
    expect(result.fixtures.counts).to.deep.include.members([{ ...result.fixtures.counts[0], table: name, files: 1, written: 3 }]);
    expect(await scanKeys(name)).to.deep.equal(['a', 'b', 'c']);
    const kinds = events.map((e) => e.kind);
    for (const kind of ['connected', 'plan', 'fixture-decisions', 'steps-starting', 'step-start', 'step-end', 'steps-finished', 'fixtures-loading', 'fixtures-loaded'] as const) {
      expect(kinds, kind).to.include(kind);
    }
    expect(kinds.indexOf('plan')).to.be.lessThan(kinds.indexOf('step-start'));
    expect(kinds.indexOf('steps-finished')).to.be.lessThan(kinds.indexOf('fixtures-loading'));
    const loaded = events.find((e) => e.kind === 'fixtures-loaded');
    expect(loaded).to.deep.include({ table: name, written: 3 });

    const again = await applyProject({ ...opts(p.dir), yes: true });
    expect(again.status).to.equal('no-changes');
    expect(again.steps).to.equal(null);
    expect(again.fixtures.decisions?.map((d) => d.reason)).to.deep.equal(['unchanged']);
    expect(again.fixtures.counts).to.deep.equal([]);
  });

  it('a destructive change without allowDestructive is a typed DdbMigrateError (exit 3), nothing changed', async () => {
    const name = uniqueName('api-refuse');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/items.json`]: '[{"pk":"kept","sk":"x"}]' });
    await applyProject({ ...opts(p.dir), yes: true });
    p.write(`tables/${name}.yaml`, keyedBySk(name));
    const error = await applyProject({ ...opts(p.dir), yes: true }).then(
      () => null,
      (e: unknown) => e,
    );
    expect(error).to.be.instanceOf(DdbMigrateError);
    const refused = error as DdbMigrateError;
    expect(refused.exitCode, JSON.stringify(refused.problems)).to.equal(3);
    expect(refused.problems.map((x) => x.code)).to.include('DM001_REPLACE_TABLE');
    expect(await scanKeys(name)).to.deep.equal(['kept']);
  });

  it('a change that needs a yes, without yes or confirm, is refused with APP_NEEDS_CONFIRMATION; confirm: false cancels', async () => {
    const name = uniqueName('api-confirm');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name), 'ddb-migrate.yaml': `environments:\n  shared: { endpoint: "${env.endpoint.replace('localhost', '127.0.0.1')}", region: local, local: false, fixtures: false }\n` });
    const base = { dir: p.dir, env: 'shared' };
    // Nothing to drop yet: no question needed.
    expect(await dropProject({ ...base, allowDestructive: true })).to.deep.include({ status: 'nothing-to-drop' });
    const questions: string[] = [];
    const cancelled = await applyProject({ ...base, confirm: async (r) => (questions.push(r.question), false) });
    expect(cancelled.status).to.equal('cancelled');
    expect(questions).to.have.length(1);
    const refused = await applyProject(base).catch((e: unknown) => e);
    expect(refused).to.be.instanceOf(DdbMigrateError);
    expect((refused as DdbMigrateError).problems[0]?.code).to.equal('APP_NEEDS_CONFIRMATION');
    expect((await planProject(base)).plan.summary.create, 'still nothing created').to.equal(1);
  });

  it('seedProject counts the items per table; resetProject drops, recreates and reloads', async () => {
    const name = uniqueName('api-seed');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/items.json`]: '[{"pk":"a"},{"pk":"b"}]' });
    await applyProject({ ...opts(p.dir), yes: true, fixtures: false });
    const seeded = await seedProject(opts(p.dir));
    expect(seeded.status).to.equal('loaded');
    expect(seeded.counts.map((c) => [c.table, c.files, c.written])).to.deep.equal([[name, 1, 2]]);

    await env.client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'by-hand' } } }));
    const reset = await resetProject({ ...opts(p.dir), yes: true });
    expect(reset).to.deep.include({ status: 'reset', dropped: 1, created: 1 });
    expect(reset.steps.map((s) => s.steps.map((x) => [x.kind, x.status]))).to.deep.equal([[['DeleteTable', 'done']], [['CreateTable', 'done']]]);
    expect(reset.fixtures?.map((c) => c.written)).to.deep.equal([2]);
    expect(await scanKeys(name)).to.deep.equal(['a', 'b']);
  });

  it('driftProject names each changed field; history lists the runs', async () => {
    const name = uniqueName('api-drift');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name) });
    await applyProject({ ...opts(p.dir), yes: true });
    expect((await driftProject(opts(p.dir))).drifted).to.equal(false);
    p.write(`tables/${name}.yaml`, tableYaml(name, 'ttl: { attribute: expiresAt }\n'));
    const drift = await driftProject(opts(p.dir));
    expect(drift.drifted).to.equal(true);
    expect(drift.drift.find((t) => t.table === name)?.findings.length).to.be.greaterThan(0);

    const runs = await history({ ...opts(p.dir), table: name });
    expect(runs.records.map((r) => r.result)).to.deep.equal(['success']);
    expect(runs.records[0]?.tables).to.deep.equal([name]);
  });

  it('a verification mismatch is a result (status failed, steps.mismatches, every step status), not a throw; the CLI still exits 1 with it', async () => {
    const name = uniqueName('api-verify');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name) });
    await applyProject({ ...opts(p.dir), yes: true });
    // A proxy that answers UpdateTimeToLive as done without forwarding it: the step "succeeds",
    // the endpoint still reports no TTL, so verification finds the mismatch.
    const proxy = await startFaultProxy({
      target: env.endpoint,
      layer: { handle: async (op, body) => (op === 'UpdateTimeToLive' ? { kind: 'answer', status: 200, body: { TimeToLiveSpecification: body['TimeToLiveSpecification'] } } : { kind: 'forward', body }) },
    });
    try {
      p.write(`tables/${name}.yaml`, tableYaml(name, 'ttl: { attribute: expiresAt }\n'));
      const result = await applyProject({ dir: p.dir, endpointUrl: proxy.endpoint, region: 'local', yes: true, allowDestructive: true });
      expect(result.status).to.equal('failed');
      expect(result.steps?.ok, 'every step ran').to.equal(true);
      expect(result.steps?.verified).to.equal(false);
      expect(result.steps?.steps.map((s) => [s.kind, s.status])).to.deep.equal([['UpdateTtl', 'done']]);
      expect(result.steps?.mismatches.map((m) => [m.code, m.table])).to.deep.equal([['VERIFY_MISMATCH', name]]);
      expect(result.fixtures.state).to.equal('not-run');

      const cli = await runCli(['apply', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--yes', '--allow-destructive']);
      expect(cli.code, cli.err).to.equal(1);
      expect(cli.err).to.include('VERIFY_MISMATCH');
      expect(cli.err).to.not.include('Verified');
      const json = await runCli(['apply', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--yes', '--allow-destructive', '--format', 'json']);
      const doc = JSON.parse(json.out) as { exitCode: number; result: { ok: boolean; verified: boolean }; problems: { code: string }[] };
      expect([doc.exitCode, doc.result.ok, doc.result.verified]).to.deep.equal([1, false, false]);
      expect(doc.problems.map((x) => x.code)).to.deep.equal(['VERIFY_MISMATCH']);
      const runs = await history({ ...opts(p.dir), table: name });
      expect(runs.records[0]?.result).to.equal('failed');
      expect(runs.records[0]?.error).to.match(/^VERIFY_MISMATCH: ttl/);
    } finally {
      await proxy.close();
    }
  });

  it('a signal aborted before the call starts stops it with CLI_INTERRUPTED: nothing changed', async () => {
    const name = uniqueName('api-abort');
    const p = env.project({ [`tables/${name}.yaml`]: tableYaml(name) });
    const error = await applyProject({ ...opts(p.dir), yes: true, signal: AbortSignal.abort() }).catch((e: unknown) => e);
    expect((error as DdbMigrateError).problems[0]?.code).to.equal('CLI_INTERRUPTED');
    expect((await planProject(opts(p.dir))).plan.summary.create).to.equal(1);
  });
});
