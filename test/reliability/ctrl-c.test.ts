import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { lockItem } from '../../src/state/lock-item.js';
import { startEngine, type RunningEngine } from '../../src/engine/dynamodb-local.js';
import { acquireLock } from '../../src/state/lock.js';
import { listHistory } from '../../src/state/history.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const spec = (name: string, gsis: readonly string[]) =>
  `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n` +
  (gsis.length ? `globalSecondaryIndexes:\n${gsis.map((g) => `  - { name: ${g}, partitionKey: { name: ${g}_pk, type: S } }\n`).join('')}` : '');

interface CliChild {
  /** Resolves with the exit code once the child has exited. */
  readonly exited: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly kill: (signal: NodeJS.Signals) => void;
}

/** `ddb-migrate <args>` from source in a child process; `onStderr` sees the stderr so far on every chunk. */
function spawnCli(args: readonly string[], onStderr: (stderr: string, child: CliChild) => void = () => undefined): CliChild {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const handle: CliChild = {
    exited: new Promise((resolve) => child.on('exit', (c) => resolve(c))),
    stdout: () => out,
    stderr: () => err,
    kill: (signal) => void child.kill(signal),
  };
  child.stdout?.on('data', (b: Buffer) => (out += b.toString()));
  child.stderr?.on('data', (b: Buffer) => {
    err += b.toString();
    onStderr(err, handle);
  });
  return handle;
}

/** True once the child has started step 1 of 2 and waits for its index build. */
const waitingOnFirstIndex = (stderr: string) => /\[1\/2\]/.test(stderr) && /waiting for/.test(stderr);

describe('Ctrl-C during apply @engine', function () {
  this.timeout(120_000);
  let engine: RunningEngine;
  let client: DynamoDBClient;
  before(async () => {
    // AWS-like slow index builds, so there is a wait to interrupt.
    engine = await startEngine({ delayTransientStatuses: true });
    client = engineClient(engine.endpoint);
  });
  after(async () => {
    client?.destroy();
    await engine?.stop();
  });

  it('stops cleanly: the wait is abandoned, later steps do not run, the report says so, the lock is released', async () => {
    const name = uniqueName('sigint');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: spec(name, []) });
    try {
      const target = ['--dir', p.dir, '--endpoint-url', engine.endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      p.write(`tables/${name}.yaml`, spec(name, ['byA', 'byB']));

      let signalled = false;
      const child = spawnCli(['apply', ...target, '--yes', '--lock-lease', '10m'], (err, c) => {
        // Interrupt while it waits for the first index to build.
        if (!signalled && waitingOnFirstIndex(err)) {
          signalled = true;
          c.kill('SIGINT');
        }
      });
      const code = await child.exited;
      const stderr = child.stderr();
      const stdout = child.stdout();
      expect(signalled, stderr).to.equal(true);
      // 128 + SIGINT: the command ended because of the signal (issue 11.2).
      expect(code, stderr).to.equal(130);
      expect(stderr).to.match(/Interrupted \(SIGINT\): finishing the call in flight/).and.match(/EXEC_INTERRUPTED/);
      expect(stdout).to.match(/create GSI byB.*not run/);
      expect(stderr).to.match(/Run apply again to finish/);

      // Released, not left for its 10-minute lease: another run takes it at once.
      const lock = await acquireLock(client, { table: ctl, scope: 'apply', owner: 'test', leaseMs: 60_000, waitMs: 0 });
      await lock.release();
      const history = await listHistory(client, ctl, { table: name });
      expect(history[0]?.result).to.equal('failed');
    } finally {
      p.remove();
    }
  });

  it('a run whose lock is taken over stops before the next step (never two runs changing one endpoint)', async () => {
    const name = uniqueName('lost');
    const ctl = uniqueName('ctl');
    const p = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: spec(name, []) });
    try {
      const target = ['--dir', p.dir, '--endpoint-url', engine.endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      p.write(`tables/${name}.yaml`, spec(name, ['byA', 'byB']));
      // A 3 s lease: the heartbeat renews every second, and finds the takeover within one.
      let stolen = false;
      const child = spawnCli(['apply', ...target, '--yes', '--lock-lease', '3s'], (err) => {
        if (!stolen && waitingOnFirstIndex(err)) {
          stolen = true;
          const now = Date.now();
          // What a second run does once it believes the lease ran out: overwrite the lock item.
          void client.send(new PutItemCommand({ TableName: ctl, Item: lockItem({ scope: 'apply', owner: 'another run', runId: 'thief', acquiredAt: now, expiresAt: now + 600_000 }, now) }));
        }
      });
      const code = await child.exited;
      const stderr = child.stderr();
      const stdout = child.stdout();
      expect(stolen, stderr).to.equal(true);
      expect(code, stderr).to.not.equal(0);
      expect(stderr).to.match(/stopping before the next step/);
      expect(stdout + stderr).to.match(/create GSI byB.*not run|LOCK_LOST/);
      expect(stdout).to.not.match(/create GSI byB.*done/);
    } finally {
      p.remove();
    }
  });

  it('Ctrl-C while --local starts the embedded engine stops cleanly and leaves no Java process behind', async function () {
    // --local uses an engine already answering on localhost:8000 instead of starting one.
    const { answers } = await import('../../src/engine/port.js');
    if (await answers('http://localhost:8000')) this.skip();
    const name = uniqueName('start');
    const p = new TempProject({ [`tables/${name}.yaml`]: spec(name, []) });
    try {
      const child = spawnCli(['apply', '--dir', p.dir, '--local', '--yes']);
      // Java is starting once the data dir exists; interrupt then.
      const dataDir = `${p.dir}/.ddb-local`;
      const { existsSync } = await import('node:fs');
      for (let i = 0; i < 200 && !existsSync(dataDir); i++) await new Promise((r) => setTimeout(r, 25));
      child.kill('SIGINT');
      const code = await child.exited;
      expect(code, child.stderr()).to.equal(130);
      expect(child.stderr()).to.match(/CLI_INTERRUPTED|EXEC_INTERRUPTED|Interrupted/);
      await new Promise((r) => setTimeout(r, 500));
      const { execFileSync } = await import('node:child_process');
      const java = execFileSync('ps', ['-eo', 'args'], { encoding: 'utf8' }).split('\n').filter((l) => l.includes(dataDir));
      expect(java, 'the engine it started is stopped').to.deep.equal([]);
    } finally {
      p.remove();
    }
  });
});
