/**
 * `.ts` fixtures from the real binary, as a user runs it: bin/ddb-migrate.js on a fresh build, in
 * a plain `node` (no tsx loader from the test runner), so Node's own loader meets the .ts file.
 */
import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TempProject } from '../support/cli.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
// Inside the repository, so the build resolves node_modules and "type": "module" as dist/ does.
const BUILD = join(ROOT, '.test-build');

describe('.ts fixtures through bin/ddb-migrate.js', function () {
  this.timeout(240_000);
  let project: TempProject;
  before(() => {
    rmSync(BUILD, { recursive: true, force: true });
    execFileSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--outDir', join(BUILD, 'dist'), '--sourceMap', 'false', '--declaration', 'false'], { cwd: ROOT, stdio: 'pipe' });
    mkdirSync(join(BUILD, 'bin'), { recursive: true });
    copyFileSync(join(ROOT, 'bin/ddb-migrate.js'), join(BUILD, 'bin/ddb-migrate.js'));
    project = new TempProject({
      'tables/ts-items.yaml': 'table: ts-items\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n',
      'fixtures/ts-items/01.ts': 'interface Item { pk: string; n: number }\nexport default async function* (): AsyncGenerator<Item> {\n  const n: number = 2;\n  for (let i = 0; i < n; i += 1) yield { pk: `p${i}`, n: i };\n}\n',
    });
  });
  after(() => {
    project?.remove();
    rmSync(BUILD, { recursive: true, force: true });
  });

  const bin = (args: readonly string[]) => spawnSync(process.execPath, [join(BUILD, 'bin/ddb-migrate.js'), ...args], { cwd: project.dir, encoding: 'utf8', timeout: 60_000 });

  it('seed --dry-run loads a .ts fixture (no "Unknown file extension .ts")', () => {
    const r = bin(['seed', '--dir', project.dir, '--dry-run', '--format', 'ndjson']);
    expect(r.stderr).to.not.match(/Unknown file extension|INTERNAL/);
    expect(r.status, r.stderr).to.equal(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l) as unknown)).to.deep.equal([
      { table: 'ts-items', item: { pk: 'p0', n: 0 } },
      { table: 'ts-items', item: { pk: 'p1', n: 1 } },
    ]);
  });

  it('validate --run-code-fixtures checks a .ts fixture; plain validate skips it with a warning', () => {
    const ran = bin(['validate', '--dir', project.dir, '--run-code-fixtures']);
    expect(ran.status, ran.stderr).to.equal(0);
    expect(ran.stdout).to.match(/^valid\n$/);
    const skipped = bin(['validate', '--dir', project.dir]);
    expect(skipped.status, skipped.stderr).to.equal(0);
    expect(skipped.stderr).to.match(/01\.ts:1:1: warning FIXTURE_CODE_NOT_RUN/);
  });
});
