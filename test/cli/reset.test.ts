import { expect } from 'chai';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

const tableYaml = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('cli: reset @engine', function () {
  this.timeout(60_000);
  let endpoint: string;
  let client: DynamoDBClient;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => client.destroy());

  it('drops, recreates and seeds a local endpoint: hand-written items are gone, fixtures are back', async () => {
    const name = uniqueName('reset');
    const p = new TempProject({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/items.json`]: '[{"pk":"a"},{"pk":"b"}]' });
    try {
      const target = ['--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      await client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'by-hand' } } }));
      const r = await runCli(['reset', ...target, '--yes']);
      expect(r.code, r.err).to.equal(0);
      const items = (await client.send(new ScanCommand({ TableName: name }))).Items ?? [];
      expect(items.map((i) => i['pk']?.S).sort()).to.deep.equal(['a', 'b']);
    } finally {
      p.remove();
    }
  });

  it('is refused with exit 3 on a protected environment, and nothing is dropped', async () => {
    const name = uniqueName('reset-prot');
    const p = new TempProject({
      [`tables/${name}.yaml`]: tableYaml(name),
      'ddb-migrate.yaml': `environments:\n  shared: { endpoint: "${endpoint}", region: local, protected: true }\n`,
    });
    try {
      expect((await runCli(['apply', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--yes'])).code).to.equal(0);
      await client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'keep' } } }));
      const r = await runCli(['reset', '--dir', p.dir, '--env', 'shared', '--yes', '--force']);
      expect(r.code).to.equal(3);
      expect(r.err).to.match(/CLI_PROTECTED_ENV/);
      const items = (await client.send(new ScanCommand({ TableName: name }))).Items ?? [];
      expect(items).to.have.length(1);
    } finally {
      p.remove();
    }
  });

  it('needs --force on an endpoint that is not local (exit 3 without it)', async () => {
    const name = uniqueName('reset-force');
    const p = new TempProject({ [`tables/${name}.yaml`]: tableYaml(name) });
    try {
      // 127.0.0.2 reaches the same engine but is not an address the tool treats as local.
      const nonLocal = ['--dir', p.dir, '--endpoint-url', endpoint.replace('127.0.0.1', '127.0.0.2'), '--region', 'local'];
      const saved = process.env['AWS_ACCESS_KEY_ID'];
      const savedSecret = process.env['AWS_SECRET_ACCESS_KEY'];
      process.env['AWS_ACCESS_KEY_ID'] = 'x';
      process.env['AWS_SECRET_ACCESS_KEY'] = 'x';
      try {
        const r = await runCli(['reset', ...nonLocal, '--yes']);
        expect(r.code).to.equal(3);
        expect(r.err).to.match(/CLI_RESET_NOT_LOCAL/).and.match(/--force/);
      } finally {
        if (saved === undefined) delete process.env['AWS_ACCESS_KEY_ID'];
        else process.env['AWS_ACCESS_KEY_ID'] = saved;
        if (savedSecret === undefined) delete process.env['AWS_SECRET_ACCESS_KEY'];
        else process.env['AWS_SECRET_ACCESS_KEY'] = savedSecret;
      }
    } finally {
      p.remove();
    }
  });
});

describe('cli: drop and reset take the apply lock @engine', function () {
  this.timeout(60_000);
  it('refuse with LOCK_HELD (exit 3) while another run holds it, and change nothing', async () => {
    const endpoint = (await sharedEngine()).endpoint;
    const client = engineClient(endpoint);
    const name = uniqueName('locked');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: tableYaml(name) });
    const { acquireLock } = await import('../../src/state/lock.js');
    try {
      const target = ['--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      const held = await acquireLock(client, { table: ctl, scope: 'apply', owner: 'an apply in CI', leaseMs: 60_000, waitMs: 0 });
      try {
        for (const cmd of [['drop', '--allow-destructive', '--yes'], ['reset', '--yes']]) {
          const r = await runCli([...cmd, ...target]);
          expect(r.code, r.err).to.equal(3);
          expect(r.err).to.match(/LOCK_HELD/).and.match(/an apply in CI/);
        }
        expect((await runCli(['plan', ...target, '--detailed-exitcode'])).code, 'the table is still there').to.equal(0);
      } finally {
        await held.release();
      }
    } finally {
      client.destroy();
      p.remove();
    }
  });
});

describe('cli: reset of a local target on a terminal @engine', function () {
  this.timeout(60_000);
  const engine = useEngineProjects();

  it('shows what it will drop and asks unless --yes (no terminal to answer on: refused, nothing dropped)', async () => {
    const name = uniqueName('reset-tty');
    const p = engine.project({
      [`tables/${name}.yaml`]: tableYaml(name),
      // A local target (as --local) on the test engine.
      'ddb-migrate.yaml': `environments:\n  scratch: { local: true, endpoint: "${engine.endpoint}", region: local }\n`,
    });
    const target = ['--dir', p.dir, '--env', 'scratch'];
    expect((await runCli(['apply', ...target])).code).to.equal(0);
    await engine.client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'kept' } } }));

    const asked = await runCli(['reset', ...target], { isTTY: true });
    expect(asked.out).to.include(`- ${name}  (destr`);
    expect(asked.err).to.include('CLI_NEEDS_YES');
    expect(((await engine.client.send(new ScanCommand({ TableName: name }))).Items ?? []).length).to.equal(1);

    const yes = await runCli(['reset', ...target, '--yes'], { isTTY: true });
    expect(yes.code, yes.err).to.equal(0);
    expect(yes.out).to.not.include(`- ${name}  (destr`);
    expect(((await engine.client.send(new ScanCommand({ TableName: name }))).Items ?? []).length).to.equal(0);
  });
});
