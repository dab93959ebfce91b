import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CreateTableCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { serveLocal } from '../../src/engine/serve.js';
import { openLocalEndpoint } from '../../src/engine/local-endpoint.js';
import { stopWarmEngine } from '../../src/engine/warm-engine.js';
import { answers, freePort } from '../../src/engine/port.js';
import { createClient } from '../../src/live/client.js';
import { DdbMigrateError } from '../../src/model/errors.js';

async function until(cond: () => Promise<boolean> | boolean, ms = 30_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error('timed out');
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('engine: ddb-migrate local @engine', () => {
  it('serves on localhost with data in <dir>/.ddb-local (git-ignored), and a later --local run sees it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-local-'));
    const port = await freePort();
    const url = `http://localhost:${port}`;
    const out: string[] = [];
    const stop = new AbortController();
    try {
      const served = serveLocal({ port, inMemory: false, dir, signal: stop.signal }, { out: (t) => out.push(t), err: (t) => out.push(t) });
      await until(() => out.some((l) => l.includes('Ctrl-C')));
      expect(out[0]).to.equal(`DynamoDB Local is listening on ${url} (data: ${join(dir, '.ddb-local')})`);
      expect(out.join('\n')).to.include(`aws dynamodb list-tables --endpoint-url ${url}`);
      expect(readFileSync(join(dir, '.ddb-local', '.gitignore'), 'utf8')).to.match(/^\*$/m);

      const client = createClient({ endpoint: url, region: 'us-east-1', profile: null });
      await client.send(
        new CreateTableCommand({
          TableName: 'kept-table',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      stop.abort();
      expect(await served).to.equal(0);
      expect(out.at(-1)).to.equal('DynamoDB Local stopped.');
      expect(await answers(url)).to.equal(false);

      // `--local` with nothing answering starts the engine on the same data dir.
      const local = await openLocalEndpoint(dir, url);
      try {
        expect(local.engine).to.not.equal(null);
        const again = createClient({ endpoint: local.endpoint, region: 'us-east-1', profile: null });
        expect((await again.send(new ListTablesCommand({}))).TableNames).to.deep.equal(['kept-table']);
      } finally {
        await local.release();
        // --local leaves its warm engine running for the next command: the test stops it.
        await stopWarmEngine(dir);
      }
    } finally {
      stop.abort();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a port something already answers on', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-busy-'));
    const stop = new AbortController();
    const served = serveLocal({ port, inMemory: true, dir, signal: stop.signal }, { out: () => {}, err: () => {} });
    await until(() => answers(`http://localhost:${port}`));
    try {
      await serveLocal({ port, inMemory: false, dir }, { out: () => {}, err: () => {} }).then(
        () => expect.fail('started a second engine on a busy port'),
        (e: unknown) => {
          expect(e).to.be.instanceOf(DdbMigrateError);
          expect((e as DdbMigrateError).problems[0]?.code).to.equal('ENGINE_PORT_IN_USE');
        },
      );
      expect(existsSync(join(dir, '.ddb-local'))).to.equal(false); // refused before touching the data dir
    } finally {
      stop.abort();
      expect(await served).to.equal(0);
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the CLI command stops the engine on SIGINT and exits 0', async () => {
    const port = await freePort();
    const script = `import('./src/cli/main.ts').then(async (m) => { process.exitCode = await m.main(['local', '--in-memory', '--port', '${port}']); })`;
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script], { cwd: process.cwd(), stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    child.stdout.on('data', (d: Buffer) => (text += d.toString()));
    child.stderr.on('data', (d: Buffer) => (text += d.toString()));
    const exit = new Promise<number | null>((r) => child.once('exit', (code) => r(code)));
    try {
      await until(() => text.includes('Ctrl-C'));
      expect(await answers(`http://localhost:${port}`)).to.equal(true);
      child.kill('SIGINT');
      expect(await exit).to.equal(0);
      expect(text).to.include('DynamoDB Local stopped.');
      expect(await answers(`http://localhost:${port}`)).to.equal(false);
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  });
});
