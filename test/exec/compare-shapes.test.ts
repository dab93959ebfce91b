import { expect } from 'chai';
import { compareShapes } from '../../src/exec/compare-shapes.js';
import { gsiOn as gsi, shape } from '../support/builders.js';

describe('exec: compareShapes', () => {
  it('finds nothing between equal shapes', () => {
    const s = shape('t', { globalIndexes: [gsi('by-a', 'a')], tags: { a: '1' } });
    expect(compareShapes(s, structuredClone(s))).to.deep.equal([]);
  });

  it('names each differing field with both values', () => {
    const expected = shape('t', { globalIndexes: [gsi('by-a', 'a'), gsi('by-b', 'b')], deletionProtection: true, tags: { a: '1' } });
    const actual = shape('t', {
      sortKey: null,
      globalIndexes: [gsi('by-a', 'a', { projection: { type: 'INCLUDE', attributes: ['x'] } }), gsi('by-c', 'c')],
      tags: { a: '2' },
    });
    expect(compareShapes(expected, actual)).to.deep.equal([
      { field: 'sortKey', expected: 'sk (S)', actual: 'none' },
      { field: 'globalIndexes.by-a.projection', expected: 'ALL', actual: 'INCLUDE [x]' },
      { field: 'globalIndexes.by-b', expected: 'present', actual: 'absent' },
      { field: 'globalIndexes.by-c', expected: 'absent', actual: 'present' },
      { field: 'deletionProtection', expected: 'true', actual: 'false' },
      { field: 'tags', expected: '{a=1}', actual: '{a=2}' },
    ]);
  });

  it('ignores features the endpoint does not support, and only those', () => {
    const expected = shape('t', { tags: { a: '1' }, pointInTimeRecovery: true, tableClass: 'STANDARD_INFREQUENT_ACCESS', ttl: 'exp' });
    const actual = shape('t');
    const masked = new Set(['tags', 'pointInTimeRecovery', 'tableClass'] as const);
    expect(compareShapes(expected, actual, masked)).to.deep.equal([{ field: 'ttl', expected: 'exp', actual: 'none' }]);
  });
});
