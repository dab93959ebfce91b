import { expect } from 'chai';
import { createIndexInput, createTableInput, updateThroughputInput } from '../../src/exec/sdk-inputs.js';
import { DdbMigrateError } from '../../src/model/errors.js';
import { gsiOn as gsi, shape, step } from '../support/builders.js';

describe('exec: SDK requests for steps', () => {
  it('CreateTable defines exactly the key attributes of the table and its indexes, once each', () => {
    const s = shape('t', {
      globalIndexes: [gsi('by-sk', 'sk'), gsi('by-a', 'a', { sortKey: [{ name: 'pk', type: 'S' }] })],
      localIndexes: [{ name: 'by-l', sortKey: { name: 'l', type: 'N' }, projection: { type: 'INCLUDE', attributes: ['x'] } }],
      stream: 'KEYS_ONLY',
      tags: { team: 'x' },
      tableClass: 'STANDARD_INFREQUENT_ACCESS',
    });
    const input = createTableInput(s, new Set());
    expect(input.AttributeDefinitions).to.deep.equal([
      { AttributeName: 'pk', AttributeType: 'S' },
      { AttributeName: 'sk', AttributeType: 'S' },
      { AttributeName: 'a', AttributeType: 'S' },
      { AttributeName: 'l', AttributeType: 'N' },
    ]);
    expect(input.LocalSecondaryIndexes?.[0]?.KeySchema).to.deep.equal([
      { AttributeName: 'pk', KeyType: 'HASH' },
      { AttributeName: 'l', KeyType: 'RANGE' },
    ]);
    expect(input.GlobalSecondaryIndexes?.[0]?.ProvisionedThroughput).to.deep.equal({ ReadCapacityUnits: 1, WriteCapacityUnits: 1 });
    expect(input.StreamSpecification).to.deep.equal({ StreamEnabled: true, StreamViewType: 'KEYS_ONLY' });
    expect(input.TableClass).to.equal('STANDARD_INFREQUENT_ACCESS');
    expect(input.Tags).to.deep.equal([{ Key: 'team', Value: 'x' }]);
    const local = createTableInput(s, new Set(['tags', 'tableClass'] as const));
    expect(local.Tags).to.equal(undefined);
    expect(local.TableClass).to.equal(undefined);
  });

  it('refuses an attribute used as a key with two types', () => {
    const s = shape('t', { globalIndexes: [gsi('by-sk', 'sk', { partitionKey: [{ name: 'sk', type: 'N' }] })] });
    expect(() => createTableInput(s, new Set())).to.throw(DdbMigrateError, /sk is a key of type S and of type N/);
  });

  it('a GSI create defines its own key attributes and, on demand, its maximums', () => {
    const ix = gsi('by-a', 'a', { sortKey: [{ name: 'b', type: 'N' }], capacity: null, onDemand: { maxRead: 5, maxWrite: null } });
    expect(createIndexInput('t', ix, 'PAY_PER_REQUEST')).to.deep.equal({
      TableName: 't',
      AttributeDefinitions: [
        { AttributeName: 'a', AttributeType: 'S' },
        { AttributeName: 'b', AttributeType: 'N' },
      ],
      GlobalSecondaryIndexUpdates: [
        {
          Create: {
            IndexName: 'by-a',
            KeySchema: [
              { AttributeName: 'a', KeyType: 'HASH' },
              { AttributeName: 'b', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
            OnDemandThroughput: { MaxReadRequestUnits: 5, MaxWriteRequestUnits: -1 },
          },
        },
      ],
    });
  });

  // The live table as the executor sees it: PROVISIONED 5/5, GSI a at 1/1, b at 2/2.
  const provisioned = shape('t', {
    billing: { mode: 'PROVISIONED', read: 5, write: 5 },
    globalIndexes: [gsi('a', 'a', { capacity: { read: 1, write: 1 } }), gsi('b', 'b', { capacity: { read: 2, write: 2 } })],
  });

  it('a throughput update leaves out what is already in place', () => {
    const s = step('t', {
      kind: 'UpdateThroughput',
      billing: { mode: 'PROVISIONED', read: 5, write: 5 },
      switchesMode: false,
      tableChanged: true,
      indexes: [
        { name: 'a', capacity: { read: 1, write: 1 }, onDemand: null },
        { name: 'b', capacity: { read: 3, write: 2 }, onDemand: null },
      ],
    });
    if (s.kind !== 'UpdateThroughput') throw new Error('builder');
    expect(updateThroughputInput(s, provisioned)).to.deep.equal({
      TableName: 't',
      GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'b', ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 2 } } }],
    });
    const same = { ...s, indexes: [] };
    expect(updateThroughputInput(same, provisioned)).to.equal(null);
  });

  it('a switch to PROVISIONED must carry every GSI capacity', () => {
    const onDemand = shape('t', {
      billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null },
      globalIndexes: provisioned.globalIndexes.map((g) => ({ ...g, capacity: null })),
    });
    const s = step('t', {
      kind: 'UpdateThroughput',
      billing: { mode: 'PROVISIONED', read: 5, write: 5 },
      switchesMode: true,
      tableChanged: true,
      indexes: [{ name: 'a', capacity: { read: 1, write: 1 }, onDemand: null }],
    });
    if (s.kind !== 'UpdateThroughput') throw new Error('builder');
    expect(() => updateThroughputInput(s, onDemand)).to.throw(DdbMigrateError, /none given for b/);
    const all = { ...s, indexes: [...s.indexes, { name: 'b', capacity: { read: 2, write: 2 }, onDemand: null }] };
    const input = updateThroughputInput(all, onDemand);
    expect(input?.BillingMode).to.equal('PROVISIONED');
    expect(input?.ProvisionedThroughput).to.deep.equal({ ReadCapacityUnits: 5, WriteCapacityUnits: 5 });
    expect(input?.GlobalSecondaryIndexUpdates).to.have.length(2);
  });

  describe('multi-attribute GSI keys: the exact requests', () => {
    const S = (name: string) => ({ name, type: 'S' as const });
    const N = (name: string) => ({ name, type: 'N' as const });
    const byMatch = gsi('by-match', 'x', {
      partitionKey: [S('tournamentId'), S('region')],
      sortKey: [N('round'), S('bracket')],
      projection: { type: 'KEYS_ONLY' },
      capacity: null,
      onDemand: { maxRead: null, maxWrite: null },
    });

    it('CreateTable: every HASH then every RANGE element in order, each attribute defined once', () => {
      const s = shape('matches', { sortKey: null, billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null }, globalIndexes: [byMatch] });
      expect(createTableInput(s, new Set(['tags', 'tableClass']))).to.deep.equal({
        TableName: 'matches',
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'tournamentId', AttributeType: 'S' },
          { AttributeName: 'region', AttributeType: 'S' },
          { AttributeName: 'round', AttributeType: 'N' },
          { AttributeName: 'bracket', AttributeType: 'S' },
        ],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: false,
        GlobalSecondaryIndexes: [
          {
            IndexName: 'by-match',
            KeySchema: [
              { AttributeName: 'tournamentId', KeyType: 'HASH' },
              { AttributeName: 'region', KeyType: 'HASH' },
              { AttributeName: 'round', KeyType: 'RANGE' },
              { AttributeName: 'bracket', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'KEYS_ONLY' },
          },
        ],
      });
    });

    it('UpdateTable Create: the same key schema, definitions of all its attributes (shared ones once)', () => {
      const ix = { ...byMatch, partitionKey: [S('region'), S('tournamentId'), S('region2'), S('pk')], sortKey: [] };
      expect(createIndexInput('matches', ix, 'PAY_PER_REQUEST')).to.deep.equal({
        TableName: 'matches',
        AttributeDefinitions: [
          { AttributeName: 'region', AttributeType: 'S' },
          { AttributeName: 'tournamentId', AttributeType: 'S' },
          { AttributeName: 'region2', AttributeType: 'S' },
          { AttributeName: 'pk', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexUpdates: [
          {
            Create: {
              IndexName: 'by-match',
              KeySchema: [
                { AttributeName: 'region', KeyType: 'HASH' },
                { AttributeName: 'tournamentId', KeyType: 'HASH' },
                { AttributeName: 'region2', KeyType: 'HASH' },
                { AttributeName: 'pk', KeyType: 'HASH' },
              ],
              Projection: { ProjectionType: 'KEYS_ONLY' },
            },
          },
        ],
      });
    });
  });
});
