import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { TempProject } from '../support/cli.js';
import { startBadServer, type BadServer } from '../support/bad-servers.js';

const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** Runs the CLI in a child; sends `signal` once the server has its first connection; resolves with how it ended. */
function runUntilSignalled(args: readonly string[], server: BadServer, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string; afterSignalMs: number }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  let signalledAt = 0;
  const earlier = server.connections();
  const poll = setInterval(() => {
    if (signalledAt === 0 && server.connections() > earlier) {
      signalledAt = Date.now();
      child.kill(signal);
    }
  }, 50);
  // Never leave the child behind, whatever the assertions say.
  const killer = setTimeout(() => child.kill('SIGKILL'), 40_000);
  return new Promise((resolve) =>
    child.on('exit', (code) => {
      clearInterval(poll);
      clearTimeout(killer);
      resolve({ code, stderr, afterSignalMs: signalledAt ? Date.now() - signalledAt : -1 });
    }),
  );
}

describe('a signal stops a command whose call never gets an answer', function () {
  this.timeout(60_000);
  let server: BadServer;
  let project: TempProject;
  before(async () => {
    server = await startBadServer('silent');
    project = new TempProject({
      'tables/hung-things.yaml': 'table: hung-things\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n',
      'fixtures/hung-things/items.yaml': 'items:\n  - { pk: a }\n',
    });
  });
  after(async () => {
    await server.close();
    project.remove();
  });

  for (const [command, signal, exit] of [['plan', 'SIGTERM', 143], ['plan', 'SIGINT', 130], ['seed', 'SIGTERM', 143]] as const) {
    it(`${command} gets ${signal} while its call hangs: the call is abandoned within seconds, exit ${exit}`, async () => {
      // A request timeout far beyond the test: only the signal can end the command in time.
      const r = await runUntilSignalled([command, '--dir', project.dir, '--endpoint-url', server.endpoint, '--region', 'local', '--request-timeout', '120s'], server, signal);
      expect(r.afterSignalMs, r.stderr).to.be.within(0, 12_000);
      expect(r.code, r.stderr).to.equal(exit);
      expect(r.stderr).to.match(new RegExp(`Interrupted \\(${signal}\\)`));
      expect(r.stderr).to.match(/error CLI_INTERRUPTED: interrupted: the call in flight to http:\/\/127\.0\.0\.1:\d+ was abandoned/);
    });
  }
});
