import { expect } from 'chai';
import { diffTable } from '../../src/diff/diff-table.js';
import type { SettingChange, TableChange } from '../../src/model/change.js';
import { gsi, live, lsi, onDemand, provisioned, table } from '../support/builders.js';

function settings(change: TableChange): readonly SettingChange[] {
  if (change.kind !== 'ModifyTable') throw new Error(`expected ModifyTable, got ${change.kind}`);
  return change.changes;
}

describe('diffTable', () => {
  it('creates a table that does not exist live', () => {
    const desired = table();
    expect(diffTable(desired, undefined)).to.deep.equal({ kind: 'CreateTable', table: 'messages', desired });
  });

  it('is an empty ModifyTable when live equals desired', () => {
    const shape = table({ globalIndexes: [gsi('by-group')], localIndexes: [lsi('by-date')], tags: { a: 'b' } });
    expect(settings(diffTable(shape, live(shape)))).to.deep.equal([]);
  });

  describe('replacement rules', () => {
    const cases: ReadonlyArray<[string, Parameters<typeof table>[0], string]> = [
      ['partition key name', { partitionKey: { name: 'id', type: 'S' } }, 'partition key changed: pk (S) → id (S)'],
      ['partition key type', { partitionKey: { name: 'pk', type: 'N' } }, 'partition key type changed: pk S → N'],
      ['sort key removed', { sortKey: null }, 'sort key removed: sk (S)'],
      ['sort key type', { sortKey: { name: 'sk', type: 'B' } }, 'sort key type changed: sk S → B'],
      ['LSI added', { localIndexes: [lsi('by-date')] }, 'local index by-date added'],
    ];
    for (const [what, overrides, reason] of cases) {
      it(`replaces the table when the ${what} changes`, () => {
        const change = diffTable(table(overrides), live(table()));
        expect(change.kind).to.equal('ReplaceTable');
        expect(change.kind === 'ReplaceTable' && change.reasons).to.deep.equal([reason]);
      });
    }

    it('replaces the table when a sort key is added, an LSI dropped or changed', () => {
      const before = table({ sortKey: null, localIndexes: [] });
      expect(diffTable(table(), live(before)).kind).to.equal('ReplaceTable');
      const withLsi = table({ localIndexes: [lsi('a'), lsi('b')] });
      const change = diffTable(table({ localIndexes: [lsi('a', { projection: { type: 'KEYS_ONLY' } })] }), live(withLsi));
      expect(change.kind === 'ReplaceTable' && change.reasons).to.deep.equal(['local index a changed', 'local index b removed']);
    });
  });

  describe('global secondary indexes', () => {
    it('adds and drops by name', () => {
      const kinds = settings(diffTable(table({ globalIndexes: [gsi('new')] }), live(table({ globalIndexes: [gsi('old')] }))));
      expect(kinds.map((c) => c.kind)).to.deep.equal(['DropGlobalIndex', 'AddGlobalIndex']);
    });

    it('rebuilds an index whose keys, key types or projection change', () => {
      const base = live(table({ globalIndexes: [gsi('i')] }));
      for (const changed of [
        gsi('i', { partitionKey: [{ name: 'other', type: 'S' }] }),
        gsi('i', { sortKey: [{ name: 'sk', type: 'N' }] }),
        gsi('i', { sortKey: [] }),
        gsi('i', { sortKey: [{ name: 'sk', type: 'S' }, { name: 'sk2', type: 'S' }] }),
        gsi('i', { partitionKey: [{ name: 'i_pk', type: 'S' }, { name: 'other', type: 'S' }] }),
        gsi('i', { projection: { type: 'KEYS_ONLY' } }),
      ]) {
        const [first, ...rest] = settings(diffTable(table({ globalIndexes: [changed] }), base));
        expect(first?.kind).to.equal('ReplaceGlobalIndex');
        expect(rest).to.deep.equal([]);
      }
    });

    it('only modifies throughput when only capacity changes', () => {
      const change = settings(
        diffTable(table({ globalIndexes: [gsi('i', { capacity: { read: 9, write: 1 } })] }), live(table({ globalIndexes: [gsi('i')] }))),
      );
      expect(change).to.deep.equal([
        {
          kind: 'ModifyGlobalIndexThroughput',
          index: 'i',
          from: { capacity: { read: 5, write: 5 }, onDemand: null },
          to: { capacity: { read: 9, write: 1 }, onDemand: null },
        },
      ]);
    });
  });

  describe('settings', () => {
    it('reports billing, stream, ttl, pitr, deletion protection, class and tags', () => {
      const desired = table({
        billing: provisioned(6, 6),
        stream: 'NEW_IMAGE',
        ttl: 'exp',
        pointInTimeRecovery: true,
        deletionProtection: true,
        tableClass: 'STANDARD_INFREQUENT_ACCESS',
        tags: { a: '1', b: '2' },
      });
      const kinds = settings(diffTable(desired, live(table({ tags: { b: '1', c: '3' } })))).map((c) => c.kind);
      expect(kinds).to.deep.equal([
        'ModifyBilling',
        'ModifyStream',
        'ModifyTtl',
        'ModifyPointInTimeRecovery',
        'ModifyDeletionProtection',
        'ModifyTableClass',
        'ModifyTags',
      ]);
    });

    it('splits tags into set (added or changed) and remove', () => {
      const [tags] = settings(diffTable(table({ tags: { a: '1', b: '2' } }), live(table({ tags: { b: '1', c: '3' } }))));
      expect(tags).to.include({ kind: 'ModifyTags' });
      expect(tags?.kind === 'ModifyTags' && { set: tags.set, remove: tags.remove }).to.deep.equal({
        set: { a: '1', b: '2' },
        remove: ['c'],
      });
    });

    it('sees an on-demand maximum change as a billing change', () => {
      const kinds = settings(diffTable(table({ billing: onDemand(10, null) }), live(table({ billing: onDemand() })))).map(
        (c) => c.kind,
      );
      expect(kinds).to.deep.equal(['ModifyBilling']);
    });
  });

  describe('unsupported features', () => {
    it('masks them: no diff for tags and PITR the endpoint does not report', () => {
      const desired = table({ tags: { project: 'cruddur' }, pointInTimeRecovery: true });
      const change = diffTable(desired, live(table(), { unsupported: ['tags', 'pointInTimeRecovery'] }));
      expect(settings(change)).to.deep.equal([]);
    });

    it('masks every feature kind, and only those', () => {
      const desired = table({ ttl: 'exp', stream: 'NEW_IMAGE', tableClass: 'STANDARD_INFREQUENT_ACCESS', tags: { a: 'b' } });
      const unsupported = ['ttl', 'stream', 'tableClass', 'tags', 'pointInTimeRecovery'] as const;
      expect(settings(diffTable(desired, live(table(), { unsupported })))).to.deep.equal([]);
      const partly = settings(diffTable(desired, live(table(), { unsupported: ['tags'] }))).map((c) => c.kind);
      expect(partly).to.deep.equal(['ModifyStream', 'ModifyTtl', 'ModifyTableClass']);
    });

    it('does not mutate its inputs', () => {
      const desired = table({ tags: { a: 'b' } });
      const liveTable = live(table(), { unsupported: ['tags'] });
      const snapshot = JSON.stringify([desired, liveTable]);
      diffTable(desired, liveTable);
      expect(JSON.stringify([desired, liveTable])).to.equal(snapshot);
    });
  });
});
