import { expect } from 'chai';
import { segmentsForSize } from '../../src/migrations/segment-count.js';

const GB = 1024 ** 3;

describe('migrations: segment count from the table size', () => {
  it('one per 2 GB, at least 16, at most 1,000,000', () => {
    expect(segmentsForSize(0)).to.equal(16);
    expect(segmentsForSize(30 * GB)).to.equal(16);
    expect(segmentsForSize(33 * GB)).to.equal(17);
    expect(segmentsForSize(1000 * GB)).to.equal(500);
    expect(segmentsForSize(10 ** 16)).to.equal(1_000_000);
  });
});
