/**
 * What apply, plan, drop and reset check before their first write and what they print or store:
 * fixtures checked first, saved plans tied to the project, endpoints without user-info, the
 * destructive wording with --allow-destructive, the hint after plan --out, drop/reset in history,
 * options checked at parse time and the dead local lock holder taken over.
 */
import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DescribeTableCommand, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { ensureControlTable } from '../../src/state/control-table.js';
import { lockItem } from '../../src/state/lock-item.js';
import { localUser } from '../../src/state/identity.js';

const tableYaml = (name: string, sk = '') =>
  `table: ${name}\npartitionKey: { name: pk, type: S }\n${sk ? `sortKey: { name: sk, type: ${sk} }\n` : ''}billing: { mode: PAY_PER_REQUEST }\n`;

describe('cli: checks before the first write, and what runs print and record @engine', function () {
  this.timeout(120_000);
  const engine = useEngineProjects();
  const exists = async (name: string) =>
    engine.client.send(new DescribeTableCommand({ TableName: name })).then(
      () => true,
      (e: unknown) => (e instanceof Error && e.name === 'ResourceNotFoundException' ? false : Promise.reject(e)),
    );
  /** A project with its own control table, so its history holds only its own runs. */
  function project(files: Record<string, string>) {
    const control = uniqueName('ctl');
    return { control, p: engine.project({ 'ddb-migrate.yaml': `controlTable: ${control}\n`, ...files }) };
  }
  const historyJson = async (dir: string, target: readonly string[] = engine.target()) => {
    const h = await runCli(['history', '--dir', dir, ...target, '--format', 'json']);
    expect(h.code, h.err).to.equal(0);
    return { text: h.out, records: (JSON.parse(h.out) as { records: { command?: string; result: string; tables: string[]; endpoint: string }[] }).records };
  };

  it('apply refuses bad fixtures (FIXTURE_KEY_MISSING) before any write: no table created, no history', async () => {
    const name = uniqueName('w-fixt');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name), [`fixtures/${name}/a.json`]: '[{"pk":"ok"},{"nopk":1}]' });
    const r = await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/FIXTURE_KEY_MISSING/);
    expect(await exists(name)).to.equal(false);
    expect((await historyJson(p.dir)).records).to.deep.equal([]);
  });

  it('reset refuses bad fixtures before dropping anything', async () => {
    const name = uniqueName('w-reset-fixt');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    await engine.client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'keep' } } }));
    p.write(`fixtures/${name}/a.json`, '[{"nopk":1}]');
    const r = await runCli(['reset', '--dir', p.dir, ...engine.target(), '--yes']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/FIXTURE_KEY_MISSING/);
    // Not dropped and recreated: the hand-written item is still there.
    expect((await engine.client.send(new GetItemCommand({ TableName: name, Key: { pk: { S: 'keep' } } }))).Item).to.not.equal(undefined);
  });

  it('apply plan.json refuses a plan made from other table files (PLAN_OTHER_PROJECT), not PLAN_STALE', async () => {
    const name = uniqueName('w-other');
    const evil = engine.project({ [`tables/${name}.yaml`]: tableYaml(name, 'S') });
    const mine = engine.project({ [`tables/${name}.yaml`]: tableYaml(name) });
    const out = join(evil.dir, 'p.json');
    expect((await runCli(['plan', '--dir', evil.dir, ...engine.target(), '--out', out])).code).to.equal(0);
    const r = await runCli(['apply', out, '--dir', mine.dir, ...engine.target(), '--yes']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/PLAN_OTHER_PROJECT/).and.not.match(/PLAN_STALE/);
    expect(await exists(name)).to.equal(false);
    // The same project applies it.
    const same = await runCli(['apply', out, '--dir', evil.dir, ...engine.target(), '--yes']);
    expect(same.code, same.err).to.equal(0);
  });

  it('credentials in --endpoint-url are never printed or stored: history, plan --out, --format json, Markdown', async () => {
    const name = uniqueName('w-cred');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    const secret = engine.endpoint.replace('http://', 'http://admin:TopSecretPw@');
    const target = ['--endpoint-url', secret, '--region', 'local'];
    const out = join(p.dir, 'plan.json');
    const plan = await runCli(['plan', '--dir', p.dir, ...target, '--out', out]);
    const md = await runCli(['plan', '--dir', p.dir, ...target, '--format', 'markdown']);
    const json = await runCli(['apply', '--dir', p.dir, ...target, '--yes', '--format', 'json']);
    expect(json.code, json.err).to.equal(0);
    const history = await historyJson(p.dir, target);
    expect(history.records[0]?.endpoint).to.equal(engine.endpoint);
    for (const text of [plan.out, plan.err, readFileSync(out, 'utf8'), md.out, json.out, json.err, history.text]) {
      expect(text).to.not.match(/TopSecretPw|admin:/);
    }
    expect(readFileSync(out, 'utf8')).to.contain(engine.endpoint);
  });

  it('apply plan.json --allow-destructive says the destructive changes are allowed and will run, not that they need the flag', async () => {
    const name = uniqueName('w-destr');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, tableYaml(name, 'S'));
    const out = join(p.dir, 'plan.json');
    const plan = await runCli(['plan', '--dir', p.dir, ...engine.target(), '--out', out]);
    expect(plan.out).to.match(/1 destructive change\(s\) need --allow-destructive/);
    const r = await runCli(['apply', out, '--dir', p.dir, ...engine.target(), '--yes', '--allow-destructive']);
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.match(/1 destructive change\(s\), allowed by --allow-destructive: DM\d+\w*\. They will run\./);
    expect(r.out).to.not.match(/need --allow-destructive/);
    // A fresh plan applied with the flag says the same.
    p.write(`tables/${name}.yaml`, tableYaml(name, 'N'));
    const fresh = await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes', '--allow-destructive']);
    expect(fresh.code, fresh.err).to.equal(0);
    expect(fresh.out).to.match(/allowed by --allow-destructive/).and.not.match(/need --allow-destructive/);
  });

  it('the hint after plan --out names the target flags, and that command applies the plan', async () => {
    const name = uniqueName('w-hint');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    p.write('ddb-migrate.yaml', `${readFileSync(join(p.dir, 'ddb-migrate.yaml'), 'utf8')}environments:\n  dev: { endpoint: "${engine.endpoint}", region: local }\n`);
    const plan = await runCli(['plan', '--dir', p.dir, '--env', 'dev', '--out', join(p.dir, 'plan.json')]);
    const hint = /run `ddb-migrate (apply [^`]+)`/.exec(plan.err)?.[1];
    expect(hint, plan.err).to.equal(`apply ${join(p.dir, 'plan.json')} --dir ${p.dir} --env dev`);
    const r = await runCli([...(hint ?? '').split(' '), '--yes']);
    expect(r.code, r.err).to.equal(0);
  });

  it('drop and reset are recorded in history', async () => {
    const name = uniqueName('w-hist');
    const { p } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    expect((await runCli(['reset', '--dir', p.dir, ...engine.target(), '--yes'])).code).to.equal(0);
    expect((await runCli(['drop', '--dir', p.dir, ...engine.target(), '--yes', '--allow-destructive'])).code).to.equal(0);
    const { records } = await historyJson(p.dir);
    expect(records.map((r) => [r.command ?? 'apply', r.result, r.tables])).to.deep.equal([
      ['drop', 'success', [name]],
      ['reset', 'success', [name]],
      ['apply', 'success', [name]],
    ]);
    const text = await runCli(['history', '--dir', p.dir, ...engine.target()]);
    expect(text.out).to.match(/drop success/).and.match(/reset success/);
  });

  it('a lock left by a dead process on this machine does not block the next local reset or apply', async () => {
    const name = uniqueName('w-lock');
    const { p, control } = project({ [`tables/${name}.yaml`]: tableYaml(name) });
    const dead = spawnSync(process.execPath, ['-e', '0']).pid ?? 0;
    await ensureControlTable(engine.client, control);
    const now = Date.now();
    const plant = () =>
      engine.client.send(
        new PutItemCommand({ TableName: control, Item: lockItem({ scope: 'apply', owner: `${localUser()} pid ${dead}`, runId: 'dead-run', acquiredAt: now, expiresAt: now + 5 * 60_000 }, now) }),
      );
    await plant();
    const apply = await runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes']);
    expect(apply.code, apply.err).to.equal(0);
    expect(apply.err).to.match(/Took over the apply lock/);
    await plant();
    const reset = await runCli(['reset', '--dir', p.dir, ...engine.target(), '--yes']);
    expect(reset.code, reset.err).to.equal(0);
  });

  it('numeric and duration options are checked at parse time (CLI_USAGE / CLI_BAD_DURATION, exit 1, naming the option)', async () => {
    const p = engine.project({});
    const cases: [string[], RegExp][] = [
      [['history', '--limit', 'abc'], /CLI_USAGE.*--limit/],
      [['history', '--limit', '0'], /CLI_USAGE.*--limit/],
      [['history', '--limit', '-5'], /CLI_USAGE.*--limit/],
      [['seed', '--concurrency', '0'], /CLI_USAGE.*--concurrency/],
      [['seed', '--concurrency', '-1'], /CLI_USAGE.*--concurrency/],
      [['seed', '--concurrency', 'abc'], /CLI_USAGE.*--concurrency/],
      [['apply', '--lock-timeout', 'abc'], /CLI_BAD_DURATION.*--lock-timeout/],
      [['apply', '--lock-lease', 'abc'], /CLI_BAD_DURATION.*--lock-lease/],
      // A zero lease is a lock another run may take over at once: two applies on one endpoint.
      [['apply', '--lock-lease', '0s'], /CLI_BAD_DURATION \(--lock-lease\): --lock-lease "0s" must be longer than zero/],
      [['apply', '--lock-lease', '1000000h'], /CLI_BAD_DURATION \(--lock-lease\)/],
      [['reset', '--lock-timeout', 'abc'], /CLI_BAD_DURATION.*--lock-timeout/],
      [['drop', '--lock-timeout', 'abc'], /CLI_BAD_DURATION.*--lock-timeout/],
    ];
    for (const [args, expected] of cases) {
      // A dead endpoint: the option must be refused before anything is called.
      const r = await runCli([...args, '--dir', p.dir, '--endpoint-url', 'http://127.0.0.1:9', '--region', 'local']);
      expect(r.code, `${args.join(' ')}: ${r.err}`).to.equal(1);
      expect(r.err, args.join(' ')).to.match(expected);
    }
  });

  it('--help of local and migration lists -q once', async () => {
    // yargs prints help on the process's stdout: run the CLI in a child to read it.
    for (const cmd of ['local', 'migration']) {
      const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/reliability/cli-entry.ts', cmd, '--help'], { encoding: 'utf8' });
      expect(r.stdout, cmd).to.match(/-q, --quiet/).and.not.match(/-q, -q/);
    }
  });
});
