/** The exact WarmThroughput requests (API_UpdateTable, API_CreateTable), and the waits' view of it. */
import { expect } from 'chai';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { createIndexInput, createTableInput, updateWarmInput } from '../../src/exec/sdk-inputs.js';
import { isSettled } from '../../src/live/wait.js';
import { gsiOn as gsi, shape } from '../support/builders.js';

const base = { table: 't', wait: 'warm-throughput-active', notes: [] } as const;
const cause = { kind: 'ModifyWarmThroughput', index: null, from: { read: 1, write: 1 }, to: { read: 2, write: 2 } } as const;

describe('exec: SDK requests for warm throughput', () => {
  it('UpdateTable sends only the sides still below the step, for the table and each GSI', () => {
    const live = shape('t', { warmThroughput: { read: 12000, write: 4000 }, globalIndexes: [gsi('g1', 'a', { warmThroughput: { read: 12000, write: 4000 } })] });
    const step = { ...base, cause, kind: 'UpdateWarmThroughput', tableWarm: { read: 20000 }, indexes: [{ name: 'g1', read: 12000, write: 5000 }] } as const;
    expect(updateWarmInput(step, live)).to.deep.equal({
      TableName: 't',
      WarmThroughput: { ReadUnitsPerSecond: 20000 },
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'g1', WarmThroughput: { WriteUnitsPerSecond: 5000 } } }],
    });
    const done = shape('t', { warmThroughput: { read: 20000, write: 4000 }, globalIndexes: [gsi('g1', 'a', { warmThroughput: { read: 12000, write: 5000 } })] });
    expect(updateWarmInput(step, done), 'already in place: nothing to send').to.equal(null);
  });

  it('CreateTable and a GSI create carry it when set, and leave it out where the endpoint drops it', () => {
    const s = shape('t', { warmThroughput: { read: 13000, write: 4500 }, globalIndexes: [gsi('g1', 'a', { warmThroughput: { read: 14000, write: 4200 } })] });
    const input = createTableInput(s, new Set());
    expect(input.WarmThroughput).to.deep.equal({ ReadUnitsPerSecond: 13000, WriteUnitsPerSecond: 4500 });
    expect(input.GlobalSecondaryIndexes?.[0]?.WarmThroughput).to.deep.equal({ ReadUnitsPerSecond: 14000, WriteUnitsPerSecond: 4200 });
    const local = createTableInput(s, new Set(['warmThroughput'] as const));
    expect(local).to.not.have.property('WarmThroughput');
    expect(local.GlobalSecondaryIndexes?.[0]).to.not.have.property('WarmThroughput');
    expect(createTableInput(shape('t'), new Set())).to.not.have.property('WarmThroughput');
    const ix = gsi('g2', 'b', { warmThroughput: { read: 14000, write: 4200 } });
    expect(createIndexInput('t', ix, 'PROVISIONED').GlobalSecondaryIndexUpdates?.[0]?.Create?.WarmThroughput).to.deep.equal({ ReadUnitsPerSecond: 14000, WriteUnitsPerSecond: 4200 });
    expect(createIndexInput('t', ix, 'PROVISIONED', new Set(['warmThroughput'] as const)).GlobalSecondaryIndexUpdates?.[0]?.Create).to.not.have.property('WarmThroughput');
  });

  it('the table is not settled while its warm throughput (or a GSI one) or its encryption is UPDATING', () => {
    const active: TableDescription = { TableStatus: 'ACTIVE', GlobalSecondaryIndexes: [{ IndexName: 'g', IndexStatus: 'ACTIVE' }] };
    expect(isSettled(active)).to.equal(true);
    expect(isSettled({ ...active, WarmThroughput: { Status: 'UPDATING' } })).to.equal(false);
    expect(isSettled({ ...active, GlobalSecondaryIndexes: [{ IndexName: 'g', IndexStatus: 'ACTIVE', WarmThroughput: { Status: 'UPDATING' } }] })).to.equal(false);
    expect(isSettled({ ...active, SSEDescription: { Status: 'UPDATING' } })).to.equal(false);
    expect(isSettled({ ...active, WarmThroughput: { Status: 'ACTIVE' }, SSEDescription: { Status: 'ENABLED' } })).to.equal(true);
  });
});
