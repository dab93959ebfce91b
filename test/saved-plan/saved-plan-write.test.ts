import { expect } from 'chai';
import { accessSync, constants, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { diffAll } from '../../src/diff/diff-all.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { createSavedPlan, type SavedPlanFile } from '../../src/saved-plan/saved-plan.js';
import { savedPlanWriteProblem, writeSavedPlan } from '../../src/saved-plan/saved-plan-file.js';
import { liveMap, table } from '../support/builders.js';
import { runCli, TempProject } from '../support/cli.js';

function savedFile(): SavedPlanFile {
  const desired = [table({ name: 'w-things' })];
  const liveTables = liveMap();
  const plan = buildPlan(diffAll(desired, liveTables, { prune: false, liveTableNames: [] }), liveTables);
  return createSavedPlan({ plan, desired, live: liveTables, toolVersion: '1.2.3', envName: null, endpoint: 'http://localhost:8000' });
}

async function writeError(path: string): Promise<DdbMigrateError> {
  try {
    await writeSavedPlan(path, savedFile());
  } catch (e) {
    if (e instanceof DdbMigrateError) return e;
    throw e;
  }
  throw new Error(`writing ${path} succeeded`);
}

describe('saved plan: a --out path that cannot be written is a named error with the path', () => {
  let dir: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'ddbm-out-'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('a missing directory: PLAN_FILE_WRITE naming the directory', async () => {
    const path = join(dir, 'missing', 'plan.json');
    const e = await writeError(path);
    expect(e.problems[0]).to.include({ code: 'PLAN_FILE_WRITE', field: '--out' });
    expect(e.problems[0]?.message).to.equal(`cannot write the plan to ${path}: the directory ${join(dir, 'missing')} does not exist (ENOENT).`);
  });

  it('a directory: PLAN_FILE_WRITE saying it is one', async () => {
    const e = await writeError(dir);
    expect(e.problems[0]?.message).to.equal(`cannot write the plan to ${dir}: it is a directory (EISDIR).`);
  });

  it('a full disk (/dev/full where there is one): PLAN_FILE_WRITE saying so', async function () {
    try {
      accessSync('/dev/full', constants.W_OK);
    } catch {
      this.skip();
    }
    const e = await writeError('/dev/full');
    expect(e.problems[0]?.message).to.equal('cannot write the plan to /dev/full: the disk is full (ENOSPC).');
  });

  it('plan --out to a missing directory or to a directory is refused before any call (the endpoint is never asked)', async () => {
    const p = new TempProject({ 'tables/w-things.yaml': 'table: w-things\npartitionKey: { name: pk, type: S }\n' });
    try {
      // Nothing listens on port 9: reaching the endpoint would say ENDPOINT_REFUSED instead.
      for (const [out, why] of [
        [join(dir, 'missing', 'plan.json'), 'does not exist (ENOENT)'],
        [dir, 'it is a directory (EISDIR)'],
        [join(p.dir, 'tables', 'w-things.yaml', 'plan.json'), 'is a file, not a directory (ENOTDIR)'],
      ] as const) {
        const r = await runCli(['plan', '--dir', p.dir, '--endpoint-url', 'http://127.0.0.1:9', '--region', 'local', '--out', out]);
        expect(r.code, r.err).to.equal(1);
        expect(r.err).to.match(/^error PLAN_FILE_WRITE \(--out\): cannot write the plan to /m).and.include(why);
        expect(r.err).to.not.include('ENDPOINT_');
      }
    } finally {
      p.remove();
    }
  });

  it('maps ENOSPC and unknown errors without an INTERNAL', () => {
    const full = Object.assign(new Error('no space left on device'), { code: 'ENOSPC' });
    expect(savedPlanWriteProblem('out/plan.json', full).message).to.equal('cannot write the plan to out/plan.json: the disk is full (ENOSPC).');
    const odd = Object.assign(new Error('something else'), { code: 'EWEIRD' });
    expect(savedPlanWriteProblem('plan.json', odd)).to.include({ code: 'PLAN_FILE_WRITE', message: 'cannot write the plan to plan.json: something else (EWEIRD).' });
  });
});
