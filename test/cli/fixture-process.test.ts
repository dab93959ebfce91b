/**
 * The CLI as a process, where fixture code can hurt it: a module whose promise never settles, a
 * reader that closes stdout, project code printing to the console, Ctrl-C during a load.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { useEngineProjects, type TempProject } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { TempProject as Project } from '../support/cli.js';

const ENTRY = fileURLToPath(new URL('../reliability/cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

interface Child {
  readonly exited: Promise<number | null>;
  readonly stdout: () => string;
  readonly stderr: () => string;
  readonly child: ReturnType<typeof spawn>;
}

/** `ddb-migrate <args>` from source in a child process (as bin/ddb-migrate.js runs it). */
function run(args: readonly string[], onStdout: (out: string, c: Child) => void = () => undefined): Child {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  const handle: Child = { exited: new Promise((r) => child.on('exit', (c) => r(c))), stdout: () => out, stderr: () => err, child };
  child.stdout?.on('data', (b: Buffer) => {
    out += b.toString();
    onStdout(out, handle);
  });
  child.stderr?.on('data', (b: Buffer) => (err += b.toString()));
  return handle;
}

const spec = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('fixture code in the CLI process', function () {
  this.timeout(60_000);
  const projects: TempProject[] = [];
  const project = (files: Record<string, string>) => {
    const p = new Project(files);
    projects.push(p);
    return p;
  };
  after(() => projects.forEach((p) => p.remove()));

  it('a .mjs fixture whose promise never settles fails FIXTURE_MODULE_UNSETTLED naming the file (not a silent exit 0)', async () => {
    const p = project({
      'tables/ttt.yaml': spec('ttt'),
      'fixtures/ttt/01.mjs': 'export default async function* () { yield { pk: "a" }; await new Promise(() => {}); }\n',
    });
    const c = run(['seed', '--dir', p.dir, '--dry-run', '--format', 'ndjson']);
    const code = await c.exited;
    expect(code, c.stderr()).to.equal(1);
    expect(c.stderr()).to.match(/01\.mjs:1:1: error FIXTURE_MODULE_UNSETTLED/);
  });

  it('validate --run-code-fixtures ends a module that never finishes (setInterval) at its time limit', async () => {
    const p = project({
      'tables/ttt.yaml': spec('ttt'),
      'fixtures/ttt/01.mjs': 'export default async function* () { setInterval(() => {}, 100); yield { pk: "a" }; await new Promise(() => {}); }\n',
    });
    const started = Date.now();
    const c = run(['validate', '--dir', p.dir, '--run-code-fixtures', '--code-fixture-timeout', '1']);
    expect(await c.exited, c.stderr()).to.equal(1);
    expect(c.stderr()).to.match(/FIXTURE_MODULE_TIMEOUT/);
    expect(Date.now() - started).to.be.below(20_000);
  });

  it('console.log in a fixture module goes to stderr: seed --dry-run --format ndjson stays parseable', async () => {
    const p = project({
      'tables/ttt.yaml': spec('ttt'),
      'fixtures/ttt/01.mjs': 'console.log("loading the module"); export default async function* () { console.log("hello from the fixture"); console.info("info"); yield { pk: "a" }; yield { pk: "b" }; }\n',
    });
    const c = run(['seed', '--dir', p.dir, '--dry-run', '--format', 'ndjson']);
    expect(await c.exited, c.stderr()).to.equal(0);
    const lines = c.stdout().trim().split('\n');
    expect(lines.map((l) => JSON.parse(l) as unknown)).to.deep.equal([{ table: 'ttt', item: { pk: 'a' } }, { table: 'ttt', item: { pk: 'b' } }]);
    expect(c.stderr()).to.include('hello from the fixture').and.include('loading the module');
  });

  it('a reader that closes stdout early (| head -1) ends the command quietly, exit 0', async () => {
    const p = project({ 'tables/ttt.yaml': spec('ttt'), 'fixtures/ttt/01.yaml': 'items:\n  - repeat: 200000\n    items: [{ pk: "p${i}" }]\n' });
    const c = run(['seed', '--dir', p.dir, '--dry-run', '--format', 'ndjson'], (out, h) => {
      if (out.includes('\n')) h.child.stdout?.destroy();
    });
    const code = await c.exited;
    expect(c.stderr()).to.not.match(/EPIPE|Error|INTERNAL/);
    expect(code).to.equal(0);
  });
});

describe('Ctrl-C during a fixture load @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();

  it('the first Ctrl-C stops after the batches in flight, reports the items written, exits 130', async () => {
    const name = uniqueName('fxint');
    // Slow on the second pass (the write; the first is the check): 3,000 items, a pause every 50.
    const p = env.project({
      [`tables/${name}.yaml`]: spec(name),
      [`fixtures/${name}/01.mjs`]:
        'let runs = 0;\nexport default async function* () {\n  runs += 1;\n  for (let i = 0; i < 3000; i += 1) {\n    if (runs > 1 && i % 50 === 0) await new Promise((r) => setTimeout(r, 25));\n    yield { pk: `p${i}` };\n  }\n}\n',
    });
    await (await import('../support/cli.js')).runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures']).then((r) => expect(r.code, r.err).to.equal(0));
    const c = run(['seed', '--dir', p.dir, ...env.target()]);
    let signalled = false;
    const count = async () => (await env.client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count ?? 0;
    while (!signalled) {
      if ((await count()) > 0) {
        c.child.kill('SIGINT');
        signalled = true;
      } else await new Promise((r) => setTimeout(r, 30));
    }
    const code = await c.exited;
    const stderr = c.stderr();
    expect(code, stderr).to.equal(130);
    const m = /FIXTURE_INTERRUPTED: Interrupted: (\d+) items? written to/.exec(stderr);
    expect(m, stderr).to.not.equal(null);
    const written = Number(m?.[1]);
    expect(written).to.be.below(3000);
    expect(await count()).to.equal(written);
  });
});
