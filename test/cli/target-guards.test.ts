/**
 * The target policy end to end (src/model/target-policy.ts): whether a target is local comes from
 * the endpoint actually used, and every guard (reset, drop, apply's prompt, seed, prune) asks it.
 * 127.0.0.2 reaches the shared engine (it listens on every address) but is not a local endpoint.
 */
import { expect } from 'chai';
import { DescribeTableCommand, GetItemCommand, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const tableYaml = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('cli: target guards use the endpoint actually used @engine', function () {
  this.timeout(120_000);
  const engine = useEngineProjects();
  const saved: Record<string, string | undefined> = {};
  // A non-local endpoint takes the default credential chain: give it keys the engine accepts.
  before(() => {
    for (const k of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY']) {
      saved[k] = process.env[k];
      process.env[k] = 'x';
    }
  });
  after(() => {
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  });
  const remote = () => engine.endpoint.replace('127.0.0.1', '127.0.0.2');
  const exists = async (name: string) =>
    engine.client.send(new DescribeTableCommand({ TableName: name })).then(
      () => true,
      (e: unknown) => (e instanceof Error && e.name === 'ResourceNotFoundException' ? false : Promise.reject(e)),
    );
  /** A project with one table applied and one hand-written item in it. */
  async function appliedWithItem(prefix: string, config = '') {
    const name = uniqueName(prefix);
    const p = engine.project({ [`tables/${name}.yaml`]: tableYaml(name), ...(config ? { 'ddb-migrate.yaml': config } : {}) });
    const applied = await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.err).to.equal(0);
    await engine.client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'keep' }, balance: { N: '1000000' } } }));
    return { name, p };
  }
  const kept = async (name: string) => (await engine.client.send(new GetItemCommand({ TableName: name, Key: { pk: { S: 'keep' } } }))).Item;

  it('reset --env local --endpoint-url <not local> is refused without --force (CLI_RESET_NOT_LOCAL) and leaves the item', async () => {
    const { name, p } = await appliedWithItem('g-reset');
    const r = await runCli(['reset', '--dir', p.dir, '--env', 'local', '--endpoint-url', remote(), '--region', 'local']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/CLI_RESET_NOT_LOCAL/);
    expect((await kept(name))?.['balance']?.N).to.equal('1000000');
  });

  it('an environment with local: true and an endpoint off this machine is not local either (reset refused)', async () => {
    const { name, p } = await appliedWithItem('g-reset-env');
    p.write('ddb-migrate.yaml', `environments:\n  local: { local: true, endpoint: "${remote()}", region: local }\n`);
    const r = await runCli(['reset', '--dir', p.dir, '--env', 'local']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/CLI_RESET_NOT_LOCAL/);
    expect(await kept(name)).to.not.equal(undefined);
  });

  it('drop --env local --endpoint-url <not local> --allow-destructive asks: without a terminal it needs --yes, nothing is dropped', async () => {
    const { name, p } = await appliedWithItem('g-drop');
    const r = await runCli(['drop', '--dir', p.dir, '--env', 'local', '--endpoint-url', remote(), '--region', 'local', '--allow-destructive']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/CLI_NEEDS_YES/);
    expect(await exists(name)).to.equal(true);
  });

  it('apply --env local --endpoint-url <not local> asks before creating: without a terminal it needs --yes, nothing is created', async () => {
    const name = uniqueName('g-apply');
    const p = engine.project({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/a.json`]: '[{"pk":"f"}]' });
    const r = await runCli(['apply', '--dir', p.dir, '--env', 'local', '--endpoint-url', remote(), '--region', 'local']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/CLI_NEEDS_YES/);
    expect(await exists(name)).to.equal(false);
    // With --yes it applies, and the fixtures default is off there (the endpoint is not local).
    const yes = await runCli(['apply', '--dir', p.dir, '--env', 'local', '--endpoint-url', remote(), '--region', 'local', '--yes']);
    expect(yes.code, yes.err).to.equal(0);
    expect((await engine.client.send(new ScanCommand({ TableName: name }))).Count).to.equal(0);
  });

  it('seed --env prod with prod: {protected: true, fixtures: false} is refused (exit 3) and writes nothing', async () => {
    const { name, p } = await appliedWithItem('g-seed-prot');
    p.write('ddb-migrate.yaml', `environments:\n  prod: { endpoint: "${engine.endpoint}", region: local, protected: true, fixtures: false }\n`);
    p.write(`fixtures/${name}/a.json`, '[{"pk":"keep"},{"pk":"new"}]');
    const r = await runCli(['seed', '--dir', p.dir, '--env', 'prod']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/CLI_SEED_REFUSED/);
    expect((await kept(name))?.['balance']?.N).to.equal('1000000');
    expect((await engine.client.send(new ScanCommand({ TableName: name }))).Count).to.equal(1);
    // fixtures: false alone refuses too; --force overrides (the environment is not protected then).
    p.write('ddb-migrate.yaml', `environments:\n  dev: { endpoint: "${engine.endpoint}", region: local, fixtures: false }\n`);
    expect((await runCli(['seed', '--dir', p.dir, '--env', 'dev'])).code).to.equal(3);
    const forced = await runCli(['seed', '--dir', p.dir, '--env', 'dev', '--force']);
    expect(forced.code, forced.err).to.equal(0);
    expect((await engine.client.send(new ScanCommand({ TableName: name }))).Count).to.equal(2);
  });

  it('seed on an endpoint off this machine (flag or AWS_ENDPOINT_URL_DYNAMODB) needs --yes without a terminal', async () => {
    const { name, p } = await appliedWithItem('g-seed-remote');
    p.write(`fixtures/${name}/a.json`, '[{"pk":"keep"}]');
    const r = await runCli(['seed', '--dir', p.dir, '--endpoint-url', remote(), '--region', 'local']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/CLI_NEEDS_YES/);
    const before = process.env['AWS_ENDPOINT_URL_DYNAMODB'];
    process.env['AWS_ENDPOINT_URL_DYNAMODB'] = remote();
    try {
      const viaEnv = await runCli(['seed', '--dir', p.dir, '--region', 'local']);
      expect(viaEnv.code, viaEnv.err).to.equal(1);
      expect(viaEnv.err).to.match(/CLI_NEEDS_YES/);
    } finally {
      if (before === undefined) delete process.env['AWS_ENDPOINT_URL_DYNAMODB'];
      else process.env['AWS_ENDPOINT_URL_DYNAMODB'] = before;
    }
    expect((await kept(name))?.['balance']?.N).to.equal('1000000');
    const yes = await runCli(['seed', '--dir', p.dir, '--endpoint-url', remote(), '--region', 'local', '--yes']);
    expect(yes.code, yes.err).to.equal(0);
    expect((await kept(name))?.['balance']).to.equal(undefined);
  });

  it('apply --env prod --prune in a protected environment is refused (exit 3) and drops nothing', async () => {
    const other = uniqueName('g-other-team');
    const o = engine.project({ [`tables/${other}.yaml`]: tableYaml(other) });
    expect((await runCli(['apply', '--dir', o.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    const { p } = await appliedWithItem('g-prune-prot', '');
    p.write('ddb-migrate.yaml', `environments:\n  prod: { endpoint: "${engine.endpoint}", region: local, protected: true }\n`);
    const r = await runCli(['apply', '--dir', p.dir, '--env', 'prod', '--prune', '--allow-destructive', '--yes']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/CLI_PRUNE_PROTECTED/);
    expect(await exists(other)).to.equal(true);
  });

  it('plan --prune and apply --prune with no table declared (tables/ holds only a README and a .json) are refused', async () => {
    const other = uniqueName('g-prune-empty');
    const o = engine.project({ [`tables/${other}.yaml`]: tableYaml(other) });
    expect((await runCli(['apply', '--dir', o.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    const p = engine.project({ 'tables/README.md': '# tables\n', 'tables/x.json': '{}' });
    const plan = await runCli(['plan', '--dir', p.dir, ...engine.target(), '--prune']);
    expect(plan.code, plan.err).to.equal(3);
    expect(plan.err).to.match(/CLI_PRUNE_NOTHING_DECLARED/);
    expect(plan.out).to.not.match(new RegExp(other));
    const apply = await runCli(['apply', '--dir', p.dir, ...engine.target(), '--prune', '--allow-destructive', '--yes']);
    expect(apply.code, apply.err).to.equal(3);
    expect(await exists(other)).to.equal(true);
  });
});
