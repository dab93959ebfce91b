import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { runCli, TempProject } from '../support/cli.js';
import { refusedEndpoint, startBadServer, type BadServer, type BadServerKind } from '../support/bad-servers.js';

/** Every command that talks to an endpoint, with the flags that let it run unattended. */
const COMMANDS: readonly (readonly string[])[] = [
  ['plan'],
  ['apply', '--yes'],
  ['seed'],
  ['drift'],
  ['history'],
  ['drop', '--allow-destructive', '--yes'],
  ['reset', '--force', '--yes'],
  ['import'],
];

/** What each misbehaving server must be reported as. */
const EXPECTED: Readonly<Record<BadServerKind, RegExp>> = {
  silent: /error ENDPOINT_NO_ANSWER: the endpoint did not answer within 0\.3 s \(http:\/\/127\.0\.0\.1:\d+\)/,
  'stalled-headers': /error ENDPOINT_NO_ANSWER: the endpoint did not answer within 0\.3 s \(http:\/\/127\.0\.0\.1:\d+\)/,
  garbage: /error ENDPOINT_NOT_HTTP: http:\/\/127\.0\.0\.1:\d+ answered with bytes that are not HTTP/,
  html: /error ENDPOINT_NOT_DYNAMODB: http:\/\/127\.0\.0\.1:\d+ answered HTTP 200 with an HTML page/,
};

/** Well within the test's timeout: 3 SDK attempts of 0.3 s plus backoff, per command. */
const COMMAND_BUDGET_MS = 8_000;

/** The CLI from source in a child process, as a user runs it (see cli-entry.ts). */
const ENTRY = fileURLToPath(new URL('./cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** A child's budget: Node and tsx starting (a few seconds on a busy machine) plus the command's. */
const PROCESS_BUDGET_MS = 25_000;

/** Whether any process of the process group `pgid` is still alive. */
function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Whether the group `pgid` still has a process after `ms` (polled). */
async function waitForGroup(pgid: number, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (pgid > 0 && groupAlive(pgid)) {
    if (Date.now() > end) return true;
    await new Promise((res) => setTimeout(res, 50));
  }
  return false;
}

/**
 * Runs the CLI in its own process group; resolves once it exited by itself (killed at the budget
 * otherwise, which the caller reports as a hang), with whether anything of its group was left.
 */
function runProcess(args: readonly string[]): Promise<{ code: number | null; stderr: string; ms: number; hung: boolean; leftBehind: boolean }> {
  const started = Date.now();
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, detached: true, stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  let hung = false;
  const killer = setTimeout(() => {
    hung = true;
    if (child.pid) process.kill(-child.pid, 'SIGKILL');
  }, PROCESS_BUDGET_MS);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      const pgid = child.pid ?? 0;
      // tsx's esbuild service (a child of the CLI) ends when its stdin closes, a moment after the
      // CLI: give the group 2 s to empty before calling anything in it left behind.
      void waitForGroup(pgid, 2_000).then((leftBehind) => {
        if (leftBehind) process.kill(-pgid, 'SIGKILL');
        resolve({ code, stderr, ms: Date.now() - started, hung, leftBehind });
      });
    }),
  );
}

const spec = 'table: dead-things\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n';

describe('dead and wrong endpoints: every command ends with a named error', function () {
  this.timeout(120_000);
  let project: TempProject;
  before(() => {
    project = new TempProject({ 'tables/dead-things.yaml': spec, 'fixtures/dead-things/items.yaml': 'items:\n  - { pk: a }\n' });
  });
  after(() => project.remove());

  for (const kind of Object.keys(EXPECTED) as BadServerKind[]) {
    describe(`a server that ${kind === 'silent' ? 'accepts and never answers' : kind === 'stalled-headers' ? 'never finishes its headers' : kind === 'garbage' ? 'answers bytes that are not HTTP' : 'answers an HTML 200 page'}`, () => {
      let server: BadServer;
      before(async () => {
        server = await startBadServer(kind);
      });
      after(() => server.close());

      for (const command of COMMANDS) {
        it(`${command.join(' ')}: exit 1 with ${EXPECTED[kind].source.split(':')[0]?.replace('error ', '')}`, async () => {
          const started = Date.now();
          const r = await runCli([...command, '--dir', project.dir, '--endpoint-url', server.endpoint, '--region', 'local', '--request-timeout', '300ms']);
          const took = Date.now() - started;
          expect(r.err, r.err).to.match(EXPECTED[kind]);
          expect(r.err).to.not.match(/INTERNAL|Check credentials|still throttled/);
          expect(r.code, r.err).to.equal(1);
          expect(took, r.err).to.be.below(COMMAND_BUDGET_MS);
          // Nothing of the command is left behind: its client closed every connection it opened.
          for (let i = 0; i < 40 && server.openConnections() > 0; i++) await new Promise((res) => setTimeout(res, 25));
          expect(server.openConnections(), 'connections left open').to.equal(0);
        });
      }
    });
  }

  // In-process runs cannot see a timer or socket that keeps Node alive after the command is done:
  // as a process, each command must exit by itself, and leave nothing of its process group behind.
  for (const kind of ['silent', 'garbage'] as const) {
    describe(`as a process, against a server that ${kind === 'silent' ? 'never answers' : 'answers garbage'}`, () => {
      let server: BadServer;
      before(async () => {
        server = await startBadServer(kind);
      });
      after(() => server.close());

      for (const command of COMMANDS) {
        it(`${command.join(' ')}: the process exits 1 by itself with ${EXPECTED[kind].source.split(':')[0]?.replace('error ', '')}, nothing left running`, async () => {
          const r = await runProcess([...command, '--dir', project.dir, '--endpoint-url', server.endpoint, '--region', 'local', '--request-timeout', '300ms']);
          expect(r.hung, `still running after ${PROCESS_BUDGET_MS} ms:\n${r.stderr}`).to.equal(false);
          expect(r.leftBehind, 'a process of its group outlived it').to.equal(false);
          expect(r.stderr, r.stderr).to.match(EXPECTED[kind]);
          expect(r.stderr).to.not.match(/INTERNAL|Check credentials|still throttled|at .*\.ts:\d+/);
          expect(r.code, r.stderr).to.equal(1);
        });
      }
    });
  }

  describe('a port nothing listens on', () => {
    for (const command of COMMANDS) {
      it(`${command.join(' ')}: ENDPOINT_REFUSED naming the endpoint, not "kept throttling"`, async () => {
        const endpoint = await refusedEndpoint();
        const r = await runCli([...command, '--dir', project.dir, '--endpoint-url', endpoint, '--region', 'local', '--request-timeout', '300ms']);
        expect(r.err, r.err).to.include(`error ENDPOINT_REFUSED: nothing is listening at ${endpoint}`);
        expect(r.err).to.not.match(/INTERNAL|kept throttling|Check credentials/);
        expect(r.code, r.err).to.equal(1);
      });
    }
  });
});
