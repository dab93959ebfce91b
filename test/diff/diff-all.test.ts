import { expect } from 'chai';
import { diffAll } from '../../src/diff/diff-all.js';
import { live, liveMap, table } from '../support/builders.js';

describe('diffAll', () => {
  const desired = [table({ name: 'b' }), table({ name: 'a' })];
  const liveTables = liveMap(live(table({ name: 'a' })), live(table({ name: 'zz-legacy' })));
  const liveTableNames = ['a', 'zz-legacy'];

  it('diffs declared tables by name and leaves undeclared live tables alone without prune', () => {
    const changes = diffAll(desired, liveTables, { prune: false, liveTableNames });
    expect(changes.map((c) => [c.kind, c.table])).to.deep.equal([
      ['ModifyTable', 'a'],
      ['CreateTable', 'b'],
    ]);
  });

  it('drops undeclared live tables with prune', () => {
    const changes = diffAll(desired, liveTables, { prune: true, liveTableNames });
    expect(changes.map((c) => [c.kind, c.table])).to.deep.equal([
      ['ModifyTable', 'a'],
      ['CreateTable', 'b'],
      ['DropTable', 'zz-legacy'],
    ]);
  });

  it('skips a listed name it has no description for', () => {
    const changes = diffAll([], liveTables, { prune: true, liveTableNames: ['gone-meanwhile', 'zz-legacy'] });
    expect(changes.map((c) => c.table)).to.deep.equal(['zz-legacy']);
  });
});
