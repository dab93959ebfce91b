import { expect } from 'chai';
import { same } from '../../src/diff/equal.js';

describe('same (structural equality)', () => {
  it('compares plain data deeply, ignoring key order', () => {
    expect(same({ a: 1, b: [1, { c: null }] }, { b: [1, { c: null }], a: 1 })).to.equal(true);
    expect(same<unknown>({ a: 1 }, { a: 1, b: undefined })).to.equal(false);
    expect(same<unknown>([1, 2], [2, 1])).to.equal(false);
    expect(same<unknown>({ read: 5 }, { read: '5' })).to.equal(false);
    expect(same<unknown>(null, {})).to.equal(false);
    expect(same<unknown>([], {})).to.equal(false);
  });
});
