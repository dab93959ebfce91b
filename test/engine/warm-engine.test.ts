import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { answers, freePort } from '../../src/engine/port.js';
import { readSnapshot } from '../../src/engine/snapshot.js';
import { stopWarmEngine, waitForSnapshots } from '../../src/engine/warm-engine.js';
import { pidAlive, readRecord } from '../../src/engine/warm-record.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient } from '../support/engine.js';

const table = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\nttl: { attribute: expires }\ndeletionProtection: false\n`;
const items = (n: number) => Array.from({ length: n }, (_, i) => JSON.stringify({ pk: `item-${i}`, expires: 2_000_000_000 })).join('\n') + '\n';

async function until(cond: () => boolean | Promise<boolean>, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

async function itemCount(port: number, name: string): Promise<number> {
  const client = engineClient(`http://localhost:${port}`);
  try {
    return (await client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count ?? 0;
  } finally {
    client.destroy();
  }
}

describe('engine: the warm engine --local keeps per project @engine', function () {
  this.timeout(240_000);
  const projects: TempProject[] = [];
  const project = (config = ''): TempProject => {
    const p = new TempProject({ 'ddb-migrate.yaml': config, 'tables/warm-items.yaml': table('warm-items'), 'fixtures/warm-items/items.ndjson': items(30) });
    projects.push(p);
    return p;
  };

  before(async function () {
    // --local uses an engine already answering on localhost:8000 instead of its own.
    if (await answers('http://localhost:8000')) this.skip();
  });
  afterEach(async () => {
    for (const p of projects.splice(0)) {
      await stopWarmEngine(p.dir);
      p.remove();
    }
  });

  it('a second command reuses the warm engine (same pid), and local status / stop show and stop it', async () => {
    const p = project();
    const first = await runCli(['apply', '--dir', p.dir, '--local']);
    expect(first.code, first.err).to.equal(0);
    expect(first.err).to.match(/starting the embedded DynamoDB Local…/);
    const record = readRecord(join(p.dir, '.ddb-local'));
    expect(record).to.not.equal(null);
    const second = await runCli(['plan', '--dir', p.dir, '--local']);
    expect(second.code, second.err).to.equal(0);
    expect(second.err).to.not.match(/starting/);
    expect(readRecord(join(p.dir, '.ddb-local'))?.pid).to.equal(record?.pid);
    expect(await itemCount(record?.port ?? 0, 'warm-items')).to.equal(30);

    // One engine per data dir: the foreground `ddb-migrate local` refuses while the warm one runs.
    const foreground = await runCli(['local', '--dir', p.dir, '--port', String(await freePort())]);
    expect(foreground.code).to.equal(1);
    expect(foreground.err).to.include('ENGINE_ALREADY_RUNNING');

    const status = await runCli(['local', 'status', '--dir', p.dir]);
    expect(status.out).to.include(`pid ${record?.pid}`).and.include(`http://localhost:${record?.port}`);
    const stopped = await runCli(['local', 'stop', '--dir', p.dir]);
    expect(stopped.out).to.match(/Stopped the local engine/);
    expect(pidAlive(record?.pid ?? 0) || pidAlive(record?.javaPid ?? 0)).to.equal(false);
    expect(readSnapshot(join(p.dir, '.ddb-local'))?.tables.map((t) => [t.create.TableName, t.items.length, t.ttlAttribute])).to.deep.include(['warm-items', 30, 'expires']);
    expect((await runCli(['local', 'status', '--dir', p.dir])).out).to.match(/No local engine runs/);
  });

  it('two commands started together share one engine', async () => {
    const p = project();
    const [a, b] = await Promise.all([runCli(['plan', '--dir', p.dir, '--local']), runCli(['plan', '--dir', p.dir, '--local'])]);
    expect(a.code, a.err).to.equal(0);
    expect(b.code, b.err).to.equal(0);
    const port = (text: string) => /at http:\/\/localhost:(\d+)/.exec(text)?.[1];
    const record = readRecord(join(p.dir, '.ddb-local'));
    expect([port(a.err), port(b.err)]).to.deep.equal([String(record?.port), String(record?.port)]);
  });

  it('a killed engine (kill -9 of the supervisor and Java) is replaced, with what the last snapshot held', async () => {
    const p = project();
    expect((await runCli(['apply', '--dir', p.dir, '--local'])).code).to.equal(0);
    // The snapshot after a writing command is saved in the background: the last one is what survives.
    await waitForSnapshots(p.dir);
    const old = readRecord(join(p.dir, '.ddb-local'));
    process.kill(old?.pid ?? 0, 'SIGKILL');
    process.kill(old?.javaPid ?? 0, 'SIGKILL');
    await until(() => !pidAlive(old?.pid ?? 0) && !pidAlive(old?.javaPid ?? 0), 10_000, 'the killed engine to be gone');
    const again = await runCli(['plan', '--dir', p.dir, '--local', '--detailed-exitcode']);
    expect(again.code, again.err).to.equal(0); // no changes: the table came back from the snapshot
    const record = readRecord(join(p.dir, '.ddb-local'));
    expect(record?.pid).to.not.equal(old?.pid);
    expect(await itemCount(record?.port ?? 0, 'warm-items')).to.equal(30);
  });

  it('kill -9 of the supervisor alone: its orphaned Java is stopped and replaced', async () => {
    const p = project();
    expect((await runCli(['plan', '--dir', p.dir, '--local'])).code).to.equal(0);
    const old = readRecord(join(p.dir, '.ddb-local'));
    process.kill(old?.pid ?? 0, 'SIGKILL');
    const again = await runCli(['plan', '--dir', p.dir, '--local']);
    expect(again.code, again.err).to.equal(0);
    expect(readRecord(join(p.dir, '.ddb-local'))?.pid).to.not.equal(old?.pid);
    expect(pidAlive(old?.javaPid ?? 0)).to.equal(false);
  });

  it('regression: a command that runs longer than the idle timeout keeps its engine until it ends', async () => {
    // The idle clock used to move only when a command ended, so a seed longer than the idle timeout
    // lost its engine mid-run. A fixture module that takes 12 s, with a 4 s idle timeout:
    const p = new TempProject({
      'ddb-migrate.yaml': 'localEngine: { idleTimeout: 4s }\n',
      'tables/warm-items.yaml': table('warm-items'),
      'fixtures/warm-items/slow.mjs': "export default async function* () {\n  await new Promise((r) => setTimeout(r, 12000));\n  yield { pk: 'slow', expires: 2000000000 };\n}\n",
    });
    projects.push(p);
    const r = await runCli(['apply', '--dir', p.dir, '--local']);
    expect(r.code, r.err).to.equal(0);
    const record = readRecord(join(p.dir, '.ddb-local'));
    expect(record, 'the engine outlived the command').to.not.equal(null);
    expect(await itemCount(record?.port ?? 0, 'warm-items')).to.equal(1);
  });

  it('stops itself after the idle timeout of ddb-migrate.yaml, saving a snapshot first', async () => {
    const p = project('localEngine: { idleTimeout: 3s }\n');
    expect((await runCli(['apply', '--dir', p.dir, '--local'])).code).to.equal(0);
    const record = readRecord(join(p.dir, '.ddb-local'));
    expect(record?.idleTimeoutMs).to.equal(3_000);
    await until(() => !pidAlive(record?.pid ?? 0) && !pidAlive(record?.javaPid ?? 0), 60_000, 'the idle stop');
    expect(existsSync(join(p.dir, '.ddb-local', 'engine.json'))).to.equal(false);
    expect(readSnapshot(join(p.dir, '.ddb-local'))?.tables.find((t) => t.create.TableName === 'warm-items')?.items.length).to.equal(30);
  });
});
