/** formatVersion: the highest version whose additions a plan uses (1.1 encryption..., 1.3 autoscaling, 1.4 replicas). */
import { expect } from 'chai';
import { renderJson } from '../../src/render/render-json.js';
import { planOf, scenario, type Scenario } from '../plan/scenarios.js';
import type { TableShape } from '../../src/model/table-shape.js';

const version = (name: string) => (JSON.parse(renderJson(planOf(scenario(name)))) as { formatVersion: string }).formatVersion;

describe('renderJson: format version', () => {
  it('stays 1.0 for plans without the 1.1 fields, and is 1.1 for each feature that adds them', () => {
    for (const name of ['nothing-changed', 'pitr-on-and-off', 'everything-at-once', 'multi-key-gsi-add']) expect(version(name), name).to.equal('1.0');
    for (const name of ['sse-add-customer-key', 'pitr-window-lengthen', 'warm-raise-table', 'warm-new-gsi-carries-it']) expect(version(name), name).to.equal('1.1');
  });

  it('leaves the 1.1 fields out at their defaults (AWS owned key, 35 days, not managed)', () => {
    const json = renderJson(planOf(scenario('everything-at-once')));
    for (const field of ['"sse"', '"pointInTimeRecoveryDays"', '"warmThroughput"', '"recoveryPeriodDays"']) expect(json).to.not.include(field);
  });

  it('is 1.3 for a plan with autoscaling (ranges, their steps and a step service), and leaves `autoscaling` and `service` out otherwise', () => {
    for (const name of ['autoscaling-range-added', 'autoscaling-billing-to-on-demand', 'autoscaling-create-table-with-two-gsis']) expect(version(name), name).to.equal('1.3');
    const json = renderJson(planOf(scenario('everything-at-once')));
    for (const field of ['"autoscaling"', '"service"']) expect(json).to.not.include(field);
    const steps = (JSON.parse(renderJson(planOf(scenario('autoscaling-range-removed')))) as { tables: { steps: { kind: string; service?: string }[] }[] }).tables[0]?.steps ?? [];
    expect(steps.map((s) => [s.kind, s.service ?? 'dynamodb'])).to.deep.equal([
      ['DeregisterScalableTarget', 'application-autoscaling'],
      ['UpdateThroughput', 'dynamodb'],
    ]);
  });

  it('is 1.4 for a plan with replicas (shape, changes, UpdateReplica, a regional step), and leaves `replicas` and `region` out of single-Region plans', () => {
    for (const name of ['replica-added', 'replicas-two-added', 'replica-removed-is-destructive', 'replica-added-with-regional-settings', 'replica-drift-per-region', 'replica-create-table']) expect(version(name), name).to.equal('1.4');
    for (const name of ['nothing-changed', 'everything-at-once', 'autoscaling-range-added']) {
      const json = renderJson(planOf(scenario(name)));
      for (const field of ['"replicas"', '"region"']) expect(json, name).to.not.include(field);
    }
  });

  it('takes the highest version needed: autoscaling (1.3) and replicas (1.4) in one plan is 1.4', () => {
    const a = scenario('autoscaling-range-added');
    const r = scenario('replica-added');
    const orders = (t: TableShape): TableShape => ({ ...t, name: 'orders' });
    const both: Scenario = { ...a, name: 'both', desired: [...a.desired, ...r.desired.map(orders)], live: [...a.live, ...r.live.map((l) => ({ ...l, shape: orders(l.shape) }))] };
    const doc = JSON.parse(renderJson(planOf(both))) as { formatVersion: string; tables: { table: string }[] };
    expect(doc.tables.map((t) => t.table)).to.have.members(['messages', 'orders']);
    expect(doc.formatVersion).to.equal('1.4');
  });
});
