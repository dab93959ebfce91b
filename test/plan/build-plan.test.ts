import { expect } from 'chai';
import { diffAll } from '../../src/diff/diff-all.js';
import type { Plan } from '../../src/model/plan.js';
import type { Step } from '../../src/model/step.js';
import type { LiveTable, TableShape } from '../../src/model/table-shape.js';
import { buildPlan, destructiveDiagnostics } from '../../src/plan/build-plan.js';
import { gsi, live, liveMap, onDemand, provisioned, table, withBilling } from '../support/builders.js';
import { planOf, scenario } from './scenarios.js';

function planFor(desired: readonly TableShape[], liveTables: readonly LiveTable[], prune = false): Plan {
  const map = liveMap(...liveTables);
  return buildPlan(diffAll(desired, map, { prune, liveTableNames: liveTables.map((t) => t.shape.name) }), map);
}

function stepsOf(plan: Plan, index = 0): readonly Step[] {
  return plan.tables[index]?.steps ?? [];
}

function only<K extends Step['kind']>(steps: readonly Step[], kind: K): Extract<Step, { kind: K }> {
  const found = steps.filter((s): s is Extract<Step, { kind: K }> => s.kind === kind);
  expect(found, `one ${kind} step`).to.have.length(1);
  return found[0] as Extract<Step, { kind: K }>;
}

describe('buildPlan', () => {
  it('creates two GSIs in two steps, each waited to ACTIVE', () => {
    const steps = stepsOf(planOf(scenario('add-two-gsis')));
    expect(steps.map((s) => [s.kind, s.wait])).to.deep.equal([
      ['CreateGlobalIndex', 'table-active'],
      ['CreateGlobalIndex', 'table-active'],
    ]);
    expect(steps.map((s) => s.kind === 'CreateGlobalIndex' && s.index.name)).to.deep.equal(['by-a', 'by-b']);
  });

  it('changes table and GSI capacity in ONE UpdateThroughput step', () => {
    const step = only(stepsOf(planOf(scenario('capacity-table-and-gsi-together'))), 'UpdateThroughput');
    expect(step).to.deep.include({ billing: provisioned(10, 10), switchesMode: false, tableChanged: true });
    expect(step.indexes).to.deep.equal([{ name: 'by-group', capacity: { read: 20, write: 10 }, onDemand: null }]);
  });

  it('does not send the table throughput when only a GSI changes', () => {
    const step = only(stepsOf(planOf(scenario('capacity-gsi-only'))), 'UpdateThroughput');
    expect(step.tableChanged).to.equal(false);
    expect(step.cause.kind).to.equal('ModifyGlobalIndexThroughput');
  });

  it('a switch to PROVISIONED carries the capacity of every remaining GSI', () => {
    const step = only(stepsOf(planOf(scenario('billing-to-provisioned-carries-gsi-capacity'))), 'UpdateThroughput');
    expect(step.switchesMode).to.equal(true);
    expect(step.billing).to.deep.equal(provisioned(7, 3));
    expect(step.indexes).to.deep.equal([{ name: 'by-group', capacity: { read: 4, write: 2 }, onDemand: null }]);
  });

  it('drops a GSI before a switch to PROVISIONED and leaves it out of the switch', () => {
    const steps = stepsOf(planOf(scenario('billing-to-provisioned-and-drop-gsi')));
    expect(steps[0]).to.deep.include({ kind: 'DeleteGlobalIndex', index: 'by-old' });
    const step = only(steps, 'UpdateThroughput');
    expect(step.indexes.map((i) => i.name)).to.deep.equal(['by-group']);
  });

  it('switches to PAY_PER_REQUEST before creating a GSI, which then takes no capacity', () => {
    const steps = stepsOf(planOf(scenario('billing-to-on-demand-and-add-gsi')));
    expect(steps.map((s) => s.kind)).to.deep.equal(['UpdateThroughput', 'CreateGlobalIndex']);
    expect(steps[1]).to.deep.include({ billing: 'PAY_PER_REQUEST' });
    expect(only(steps, 'UpdateThroughput').indexes).to.deep.equal([]);
  });

  it('a switch to PROVISIONED with a new GSI: switch first (without it), then create it provisioned', () => {
    const before = withBilling(table({ globalIndexes: [gsi('a')] }), onDemand());
    const plan = planFor([table({ globalIndexes: [gsi('a'), gsi('b')] })], [live(before)]);
    const steps = stepsOf(plan);
    expect(steps.map((s) => s.kind)).to.deep.equal(['UpdateThroughput', 'CreateGlobalIndex']);
    expect(only(steps, 'UpdateThroughput').indexes.map((i) => i.name)).to.deep.equal(['a']);
    expect(steps[1]).to.deep.include({ billing: 'PROVISIONED' });
  });

  it('rebuilds a GSI as a delete step, then a create step', () => {
    const steps = stepsOf(planOf(scenario('gsi-projection-change-recreates')));
    expect(steps.map((s) => [s.kind, s.wait])).to.deep.equal([
      ['DeleteGlobalIndex', 'table-active'],
      ['CreateGlobalIndex', 'table-active'],
    ]);
  });

  it('changes a stream view by disabling, then enabling, with a note that the ARN changes', () => {
    const steps = stepsOf(planOf(scenario('stream-view-change')));
    expect(steps.map((s) => s.kind === 'UpdateStream' && s.stream)).to.deep.equal([null, 'NEW_AND_OLD_IMAGES']);
    expect(steps[1]?.notes.join(' ')).to.match(/new ARN/);
  });

  it('moves TTL over two applies: this one disables (target TTL off), the enable is left to the next (one TTL change per hour)', () => {
    const plan = planOf(scenario('ttl-rename'));
    const steps = stepsOf(plan);
    expect(steps.map((s) => s.kind === 'UpdateTtl' && [s.attribute, s.enabled])).to.deep.equal([['expires_at', false]]);
    expect(steps[0]?.notes.join(' ')).to.match(/one TTL change per table per hour/).and.match(/next apply/);
    expect(plan.tables[0]?.target?.ttl).to.equal(null);
  });

  it('creates a table in one step with everything CreateTable takes, then TTL and PITR', () => {
    const plan = planOf(scenario('create-table-with-gsi-and-lsi'));
    const create = only(stepsOf(plan), 'CreateTable');
    expect(create.wait).to.equal('table-active');
    expect(create.shape.globalIndexes).to.have.length(1);
    expect(create.shape.localIndexes).to.have.length(1);
    expect(plan.tables[0]?.target).to.deep.equal(create.shape);
  });

  it('drops an undeclared table with prune: DeleteTable waiting for the table to be gone', () => {
    const plan = planOf(scenario('prune-on-drops-extra-table'));
    const drop = plan.tables[1];
    expect(drop?.impact).to.equal('destroy');
    expect(drop?.steps.map((s) => [s.kind, s.wait])).to.deep.equal([['DeleteTable', 'table-gone']]);
    expect(drop?.target).to.equal(null);
    expect(destructiveDiagnostics(plan).map((d) => d.code)).to.deep.equal(['DM002_DROP_TABLE']);
  });

  it('never deletes a deletion-protected table: no step, DM011, target unchanged', () => {
    for (const name of ['prune-deletion-protected', 'replace-deletion-protected']) {
      const plan = planOf(scenario(name));
      const t = plan.tables[0];
      expect(t?.steps).to.deep.equal([]);
      expect(t?.diagnostics.find((d) => d.code === 'DM011_DELETION_PROTECTED')?.hint).to.match(/deletionProtection: false/);
      expect(t?.target?.deletionProtection).to.equal(true);
    }
  });

  it('replaces a table with DeleteTable then CreateTable of the desired shape', () => {
    const plan = planOf(scenario('key-type-change-replaces'));
    const steps = stepsOf(plan);
    expect(steps.map((s) => s.wait)).to.deep.equal(['table-gone', 'table-active']);
    expect(only(steps, 'CreateTable').shape.sortKey).to.deep.equal({ name: 'sk', type: 'N' });
  });

  it('replaces a table on an endpoint without PITR or tags without asking it for them', () => {
    const desired = table({ sortKey: null, pointInTimeRecovery: true, tags: { a: 'b' } });
    const plan = planFor([desired], [live(table(), { unsupported: ['tags', 'pointInTimeRecovery'] })]);
    const steps = stepsOf(plan);
    expect(steps.map((s) => s.kind)).to.deep.equal(['DeleteTable', 'CreateTable']);
    expect(only(steps, 'CreateTable').shape).to.deep.equal({ ...desired, pointInTimeRecovery: false, tags: {} });
    expect(plan.tables[0]?.target).to.deep.equal(only(steps, 'CreateTable').shape);
  });

  it('sets the target to desired with unsupported features as the endpoint reports them', () => {
    const desired = table({ tags: { project: 'cruddur' }, pointInTimeRecovery: true, stream: 'NEW_IMAGE' });
    const plan = planFor([desired], [live(table(), { unsupported: ['tags', 'pointInTimeRecovery'] })]);
    const t = plan.tables[0];
    expect(t?.unsupported).to.deep.equal(['tags', 'pointInTimeRecovery']);
    expect(t?.target).to.deep.equal({ ...desired, tags: {}, pointInTimeRecovery: false });
    expect(t?.steps.map((s) => s.kind)).to.deep.equal(['UpdateStream']);
  });

  it('keeps unchanged tables as no-op and counts the summary', () => {
    const plan = planOf(scenario('mixed-create-update-unchanged'));
    expect(plan.tables.map((t) => [t.table, t.impact, t.steps.length])).to.deep.equal([
      ['a-new', 'create', 1],
      ['b-changed', 'update', 1],
      ['c-same', 'no-op', 0],
    ]);
    expect(plan.summary).to.deep.equal({ create: 1, update: 1, replace: 0, destroy: 0, unchanged: 1 });
  });

  it('gives every step the change that caused it and its table', () => {
    const plan = planOf(scenario('everything-at-once'));
    const change = plan.tables[0]?.change;
    const causes = change?.kind === 'ModifyTable' ? change.changes : [];
    for (const step of stepsOf(plan)) {
      expect(step.table).to.equal('messages');
      expect(causes).to.include(step.cause);
    }
  });

  it('lists only destructive diagnostics in destructiveDiagnostics', () => {
    const plan = planOf(scenario('everything-at-once'));
    const codes = destructiveDiagnostics(plan).map((d) => d.code);
    expect(codes).to.deep.equal([
      'DM003_DROP_GSI',
      'DM004_RECREATE_GSI',
      'DM010_CHANGE_STREAM_VIEW',
      'DM007_ENABLE_TTL',
      'DM006_DISABLE_DELETION_PROTECTION',
    ]);
    expect(destructiveDiagnostics(planOf(scenario('table-class')))).to.deep.equal([]);
  });
});
