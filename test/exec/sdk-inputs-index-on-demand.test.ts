/**
 * The exact per-GSI on-demand maximum requests (issue 14.5), from the planner's own steps:
 * UpdateTable GlobalSecondaryIndexUpdates[].Update.OnDemandThroughput (API_UpdateGlobalSecondaryIndexAction,
 * -1 removes a maximum: API_OnDemandThroughput), CreateTable and a GSI create carrying it.
 */
import { expect } from 'chai';
import { createIndexInput, createTableInput, updateThroughputInput } from '../../src/exec/sdk-inputs.js';
import type { Step } from '../../src/model/step.js';
import { planOf, scenario } from '../plan/scenarios.js';

type ThroughputStep = Extract<Step, { kind: 'UpdateThroughput' }>;

/** The scenario's one UpdateThroughput step, and the live shape it runs against. */
function throughputOf(name: string) {
  const s = scenario(name);
  const st = planOf(s).tables[0]?.steps[0];
  if (st?.kind !== 'UpdateThroughput') throw new Error(`${name}: no UpdateThroughput step`);
  const live = s.live[0]?.shape;
  if (!live) throw new Error(`${name}: no live table`);
  return { step: st as ThroughputStep, live };
}

describe('exec: SDK requests for per-GSI on-demand maximums', () => {
  it('add: only the index, with both maximums', () => {
    const { step, live } = throughputOf('gsi-max-add');
    expect(updateThroughputInput(step, live)).to.deep.equal({
      TableName: 'messages',
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-user', OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 50 } } }],
    });
  });

  it('change: only the index that changes; the other index and the table are left out', () => {
    const { step, live } = throughputOf('gsi-max-change-one-of-two');
    expect(updateThroughputInput(step, live)).to.deep.equal({
      TableName: 'messages',
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-user', OnDemandThroughput: { MaxReadRequestUnits: 300, MaxWriteRequestUnits: 200 } } }],
    });
  });

  it('remove: -1 for each maximum (no maximum)', () => {
    const { step, live } = throughputOf('gsi-max-remove');
    expect(updateThroughputInput(step, live)).to.deep.equal({
      TableName: 'messages',
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-user', OnDemandThroughput: { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 } } }],
    });
  });

  it('table and index together: one UpdateTable', () => {
    const { step, live } = throughputOf('gsi-max-table-and-index-one-call');
    expect(updateThroughputInput(step, live)).to.deep.equal({
      TableName: 'messages',
      OnDemandThroughput: { MaxReadRequestUnits: 500, MaxWriteRequestUnits: 500 },
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'by-user', OnDemandThroughput: { MaxReadRequestUnits: 100, MaxWriteRequestUnits: 500 } } }],
    });
  });

  it('already in place (an apply run again): nothing to send', () => {
    const { step } = throughputOf('gsi-max-add');
    const done = scenario('gsi-max-add').desired[0];
    if (!done) throw new Error('scenario');
    expect(updateThroughputInput(step, done)).to.equal(null);
  });

  it('CreateTable and a GSI create carry the index maximums (-1 for one not set)', () => {
    const desired = scenario('gsi-max-create-table').desired[0];
    if (!desired) throw new Error('scenario');
    const input = createTableInput(desired, new Set());
    expect(input.OnDemandThroughput).to.deep.equal({ MaxReadRequestUnits: 1000, MaxWriteRequestUnits: -1 });
    expect(input.GlobalSecondaryIndexes?.[0]?.OnDemandThroughput).to.deep.equal({ MaxReadRequestUnits: 100, MaxWriteRequestUnits: 50 });
    const index = desired.globalIndexes[0];
    if (!index) throw new Error('scenario');
    expect(createIndexInput('messages', index, 'PAY_PER_REQUEST').GlobalSecondaryIndexUpdates?.[0]?.Create?.OnDemandThroughput).to.deep.equal({
      MaxReadRequestUnits: 100,
      MaxWriteRequestUnits: 50,
    });
  });
});
