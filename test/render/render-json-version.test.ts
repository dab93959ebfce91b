/** formatVersion: 1.1 only when a plan uses what 1.1 added (encryption, PITR period, warm throughput). */
import { expect } from 'chai';
import { renderJson } from '../../src/render/render-json.js';
import { planOf, scenario } from '../plan/scenarios.js';

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
});
