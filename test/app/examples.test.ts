/**
 * The test-setup examples in examples/testing/ run for real: the Jest/Vitest global setup and
 * teardown (driven by the plain-node runner, as a test framework would), and the node:test file
 * between them. They import `@ddb-migrate/cli/testing` through the package's exports, resolved to
 * the sources by the `ddb-migrate-source` condition (the published package resolves dist/).
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TempProject } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const EXAMPLES = 'examples/testing';
const NODE_OPTIONS = '--import tsx --conditions=ddb-migrate-source';

function run(args: readonly string[], env: Readonly<Record<string, string>>): Promise<{ code: number | null; out: string; err: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { ...process.env, NODE_OPTIONS, ...env } });
    let out = '';
    let err = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (err += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out, err }));
  });
}

async function answers(endpoint: string): Promise<boolean> {
  return fetch(endpoint, { signal: AbortSignal.timeout(2_000) }).then(
    () => true,
    () => false,
  );
}

describe('examples/testing run against the embedded engine @engine', function () {
  this.timeout(180_000);
  let project: TempProject;
  before(() => {
    project = new TempProject({
      'tables/ex-users.yaml': 'table: ex-users\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n',
      'fixtures/ex-users/items.json': '[{"pk":"u1","sk":"profile"},{"pk":"u2","sk":"profile"},{"pk":"u3","sk":"profile"}]',
    });
  });
  after(() => project.remove());

  it('global setup (Jest/Vitest shape) → node:test file reusing its engine → global teardown', async () => {
    const r = await run([`${EXAMPLES}/run-with-global-setup.mjs`, process.execPath, '--test', `${EXAMPLES}/node-test.test.mjs`], { DDB_MIGRATE_DIR: project.dir });
    expect(r.code, r.err + r.out).to.equal(0);
    expect(r.err).to.match(/DynamoDB Local at http:\/\/(localhost|127\.0\.0\.1):\d+: 1 table\(s\), 3 fixture item\(s\)/);
    expect(r.out).to.match(/# pass 3\n# fail 0/);
    // The teardown stopped the engine the setup started.
    const endpoint = /DynamoDB Local at (\S+):/.exec(r.err)?.[1] ?? '';
    expect(await answers(endpoint), endpoint).to.equal(false);
  });

  it('the node:test file alone starts its own engine and stops it', async () => {
    const r = await run(['--test', `${EXAMPLES}/node-test.test.mjs`], { DDB_MIGRATE_DIR: project.dir });
    expect(r.code, r.err + r.out).to.equal(0);
    expect(r.out).to.match(/# pass 3\n# fail 0/);
  });

  it('the global setup module has the shapes Jest (default export) and Vitest (setup / teardown) call', () => {
    const setup = readFileSync(`${ROOT}/${EXAMPLES}/global-setup.mjs`, 'utf8');
    expect(setup).to.match(/export default async function globalSetup\(\)/);
    expect(setup).to.match(/export async function setup\(\)/);
    expect(setup).to.match(/export async function teardown\(\)/);
    expect(readFileSync(`${ROOT}/${EXAMPLES}/global-teardown.mjs`, 'utf8')).to.match(/export default async function globalTeardown\(\)/);
  });
});

describe('package exports', () => {
  it('"." and "./testing" resolve to dist/ what the build emits from src/ (and to src/ under ddb-migrate-source)', () => {
    const pkg = JSON.parse(readFileSync(`${ROOT}/package.json`, 'utf8')) as { exports: Record<string, string | Record<string, string>> };
    for (const entry of ['.', './testing']) {
      const target = pkg.exports[entry];
      expect(target, entry).to.be.an('object');
      const { types, default: built, 'ddb-migrate-source': source } = target as Record<string, string>;
      expect(source && existsSync(`${ROOT}/${source}`), `${entry}: ${source}`).to.equal(true);
      // tsconfig.build.json: rootDir src, outDir dist.
      expect(built).to.equal(source?.replace(/^\.\/src\//, './dist/').replace(/\.ts$/, '.js'));
      expect(types).to.equal(built?.replace(/\.js$/, '.d.ts'));
    }
  });
});
