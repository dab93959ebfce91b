import { expect } from 'chai';
import { diffAll } from '../../src/diff/diff-all.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { refuseOtherTarget } from '../../src/saved-plan/freshness.js';
import {
  createSavedPlan,
  declaredTables,
  parseSavedPlan,
  SAVED_PLAN_FORMAT_VERSION,
  serialiseSavedPlan,
  type SavedPlanFile,
} from '../../src/saved-plan/saved-plan.js';
import { gsi, live, liveMap, table } from '../support/builders.js';

function savedFixture(): SavedPlanFile {
  const desired = [table({ globalIndexes: [gsi('by-group')] }), table({ name: 'fresh' })];
  const liveTables = liveMap(live(table()), live(table({ name: 'legacy' })));
  const plan = buildPlan(diffAll(desired, liveTables, { prune: true, liveTableNames: ['messages', 'legacy'] }), liveTables);
  return createSavedPlan({ plan, desired, live: liveTables, toolVersion: '1.2.3', envName: 'prod', endpoint: 'AWS us-east-1' });
}

function refusal(fn: () => unknown): DdbMigrateError {
  try {
    fn();
  } catch (e) {
    if (e instanceof DdbMigrateError) return e;
    throw e;
  }
  throw new Error('expected a DdbMigrateError');
}

describe('saved plan file', () => {
  it('round-trips: the parsed plan is the plan that was saved, steps and all', () => {
    const file = savedFixture();
    const parsed = parseSavedPlan(serialiseSavedPlan(file), 'plan.json', '1.2.3');
    expect(parsed).to.deep.equal(JSON.parse(JSON.stringify(file)));
    expect(parsed.formatVersion).to.equal(SAVED_PLAN_FORMAT_VERSION);
    expect(parsed.plan.tables.map((t) => t.table)).to.deep.equal(file.plan.tables.map((t) => t.table));
    expect(parsed.plan.tables.flatMap((t) => t.steps.map((s) => s.kind))).to.include('CreateGlobalIndex');
    expect(Object.keys(parsed.tableFingerprints).sort()).to.deep.equal(['fresh', 'legacy', 'messages']);
  });

  it('names the declared tables: pruned drops have no spec', () => {
    expect(declaredTables(savedFixture().plan).sort()).to.deep.equal(['fresh', 'messages']);
  });

  it('refuses another tool version or format version with exit 3', () => {
    const text = serialiseSavedPlan(savedFixture());
    const other = refusal(() => parseSavedPlan(text, 'plan.json', '1.2.4'));
    expect(other.exitCode).to.equal(3);
    expect(other.problems[0]?.code).to.equal('PLAN_VERSION_MISMATCH');
    expect(other.problems[0]?.message).to.match(/written by ddb-migrate 1\.2\.3.*this is ddb-migrate 1\.2\.4/);
    const format = refusal(() => parseSavedPlan(text.replace('"formatVersion": 1', '"formatVersion": 2'), 'plan.json', '1.2.3'));
    expect(format.exitCode).to.equal(3);
  });

  it('rejects what is not a plan file with exit 1', () => {
    for (const text of ['{not json', '[]', '{"hello": 1}']) {
      const e = refusal(() => parseSavedPlan(text, 'x.json', '1.2.3'));
      expect(e.exitCode, text).to.equal(1);
      expect(e.problems[0]?.code).to.equal('PLAN_FILE_INVALID');
    }
    const broken = JSON.parse(serialiseSavedPlan(savedFixture())) as Record<string, unknown>;
    delete broken['liveFingerprint'];
    expect(refusal(() => parseSavedPlan(JSON.stringify(broken), 'x.json', '1.2.3')).problems[0]?.code).to.equal('PLAN_FILE_INVALID');
  });

  it('refuses another environment or endpoint with exit 3, but not a local engine on another port', () => {
    const file = savedFixture();
    expect(() => refuseOtherTarget(file, 'p.json', { envName: 'prod', endpoint: 'AWS us-east-1', isLocal: false })).not.to.throw();
    const env = refusal(() => refuseOtherTarget(file, 'p.json', { envName: 'dev', endpoint: 'AWS us-east-1', isLocal: false }));
    expect([env.exitCode, env.problems[0]?.code]).to.deep.equal([3, 'PLAN_WRONG_TARGET']);
    expect(env.problems[0]?.hint).to.include('--env prod');
    expect(() => refuseOtherTarget(file, 'p.json', { envName: 'prod', endpoint: 'AWS eu-west-1', isLocal: false })).to.throw(DdbMigrateError);
    const local = { ...file, createdFor: { envName: 'local', endpoint: 'http://127.0.0.1:8000' } };
    expect(() => refuseOtherTarget(local, 'p.json', { envName: 'local', endpoint: 'http://127.0.0.1:8123', isLocal: true })).not.to.throw();
  });
});
