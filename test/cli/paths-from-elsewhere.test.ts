import { expect } from 'chai';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { runCli } from '../support/cli.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

/**
 * Issue 11 item 10: one rule for every path ddb-migrate prints, relative to the current directory.
 * Run from a sibling directory with `--dir ../proj`, every message must name `../proj/...`, the
 * path that opens the file from where the command ran (never `migrations/...` or `tables/...`,
 * which would name a file of the current directory, nor an absolute path).
 */
describe('paths in messages are relative to the current directory (--dir ../proj) @engine', function () {
  this.timeout(60_000);
  let root = '';
  let cwd = '';
  let endpoint = '';
  const table = uniqueName('paths');
  const write = (rel: string, text: string): void => {
    mkdirSync(dirname(join(root, 'proj', rel)), { recursive: true });
    writeFileSync(join(root, 'proj', rel), text);
  };
  const run = (args: readonly string[], target = true) => runCli([...args, '--dir', '../proj', ...(target ? ['--endpoint-url', endpoint, '--region', 'local'] : [])]);

  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    root = mkdtempSync(join(tmpdir(), 'ddbm-paths-'));
    mkdirSync(join(root, 'here'));
    write(`tables/${table}.yaml`, `table: ${table}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`);
    cwd = process.cwd();
    process.chdir(join(root, 'here'));
  });
  after(() => {
    process.chdir(cwd);
    rmSync(root, { recursive: true, force: true });
  });

  it('migration new prints ../proj/migrations/NNNN_name.ts', async () => {
    const r = await run(['migration', 'new', 'backfill'], false);
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.equal('Created ../proj/migrations/0001_backfill.ts\n');
  });

  it('plan warns about the unedited skeleton at ../proj/migrations/..., apply refuses it there', async () => {
    const plan = await run(['plan']);
    expect(plan.code, plan.err).to.equal(0);
    expect(plan.err).to.include('../proj/migrations/0001_backfill.ts:1:1: warning MIGRATION_UNEDITED: ../proj/migrations/0001_backfill.ts is still the skeleton');
    const apply = await run(['apply', '--yes']);
    expect(apply.code, apply.err).to.equal(1);
    expect(apply.err).to.include('../proj/migrations/0001_backfill.ts:1:1: error MIGRATION_UNEDITED: ../proj/migrations/0001_backfill.ts');
    rmSync(join(root, 'proj', 'migrations', '0001_backfill.ts'));
  });

  it('a badly named migration is MIGRATION_BAD_NAME at ../proj/migrations/...', async () => {
    write('migrations/backfill.mjs', 'export async function up() {}\n');
    const r = await run(['plan']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include('../proj/migrations/backfill.mjs:1:1: error MIGRATION_BAD_NAME');
    rmSync(join(root, 'proj', 'migrations', 'backfill.mjs'));
  });

  it('a failing migration is MIGRATION_FAILED naming ../proj/migrations/...', async () => {
    write('migrations/0001_boom.mjs', "export async function up() { throw new Error('boom'); }\n");
    const r = await run(['apply', '--yes']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include('../proj/migrations/0001_boom.mjs:1:1: error MIGRATION_FAILED: ../proj/migrations/0001_boom.mjs failed: Error: boom');
    rmSync(join(root, 'proj', 'migrations', '0001_boom.mjs'));
  });

  it('import prints the files it wrote, and refuses to overwrite them, as ../proj/...', async () => {
    const first = await run(['import', '--table', table, '--out-dir', 'imported']);
    expect(first.code, first.err).to.equal(0);
    expect(first.out).to.equal(`wrote ../proj/imported/${table}.yaml\n`);
    const again = await run(['import', '--table', table, '--out-dir', 'imported']);
    expect(again.code, again.err).to.equal(1);
    expect(again.err).to.include(`../proj/imported/${table}.yaml:1:1: error IMPORT_FILE_EXISTS: ../proj/imported/${table}.yaml already exists`);
    rmSync(join(root, 'proj', 'imported'), { recursive: true });
  });

  it('import refuses a table declared in another file, naming it ../proj/tables/...', async () => {
    const text = `table: ${table}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;
    rmSync(join(root, 'proj', 'tables', `${table}.yaml`));
    write('tables/renamed.yaml', text);
    const r = await run(['import', '--table', table]);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include(`../proj/tables/renamed.yaml:1:1: error IMPORT_ALREADY_DECLARED: table '${table}' is already declared in ../proj/tables/renamed.yaml; importing it to ../proj/tables/${table}.yaml`);
    rmSync(join(root, 'proj', 'tables', 'renamed.yaml'));
    write(`tables/${table}.yaml`, text);
  });

  it('table files and fixtures are named ../proj/tables/... and ../proj/fixtures/...', async () => {
    write('tables/broken.yaml', 'table: broken-paths\npartitionKey: { name: pk, type: X }\n');
    write(`fixtures/${table}/items.yaml`, 'items:\n  - { nope: 1 }\n');
    const r = await run(['validate'], false);
    expect(r.code, r.err).to.equal(1);
    expect(r.out + r.err).to.match(/^\.\.\/proj\/tables\/broken\.yaml:2:\d+: error/m);
    rmSync(join(root, 'proj', 'tables', 'broken.yaml'));
    const seed = await run(['seed', '--dry-run']);
    expect(seed.code, seed.err).to.equal(1);
    expect(seed.err).to.match(new RegExp(`^\\.\\./proj/fixtures/${table}/items\\.yaml:2:\\d+: error FIXTURE_`, 'm'));
    rmSync(join(root, 'proj', 'fixtures'), { recursive: true });
  });

  it("an environment's endpoint that is not a URL is CONFIG_ENDPOINT_URL at ../proj/ddb-migrate.yaml:line", async () => {
    write('ddb-migrate.yaml', 'environments:\n  odd:\n    endpoint: "http://:8000"\n');
    const r = await run(['plan', '--env', 'odd'], false);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/^\.\.\/proj\/ddb-migrate\.yaml:3:\d+: error CONFIG_ENDPOINT_URL \(environments\.odd\.endpoint\)/m);
    rmSync(join(root, 'proj', 'ddb-migrate.yaml'));
  });

  it('local status names ../proj/.ddb-local', async () => {
    const r = await run(['local', 'status'], false);
    expect(r.code, r.err).to.equal(0);
    expect(r.out).to.equal('No local engine runs for ../proj/.ddb-local.\n');
  });
});
