import { expect } from 'chai';
import { mayRunBesideBuilds } from '../../src/model/beside-index-build.js';
import { gsi, step } from '../support/builders.js';

describe('model: which steps may start while an index builds', () => {
  const allocating = [{ name: 'by-a', backfilling: false }];
  const backfilling = [{ name: 'by-a', backfilling: true }];
  const ttl = step('t', { kind: 'UpdateTtl', attribute: 'expires', enabled: true });
  const stream = step('t', { kind: 'UpdateStream', stream: 'KEYS_ONLY' });
  const createB = step('t', { kind: 'CreateGlobalIndex', index: gsi('by-b'), billing: 'PAY_PER_REQUEST' });

  it('another index create or delete, or the table delete, waits for the whole build (one index at a time)', () => {
    for (const s of [createB, step('t', { kind: 'DeleteGlobalIndex', index: 'by-c' }), step('t', { kind: 'DeleteTable' })]) {
      expect(mayRunBesideBuilds(s, backfilling, false), s.kind).to.equal(false);
      expect(mayRunBesideBuilds(s, allocating, false), s.kind).to.equal(false);
    }
  });

  it('another UpdateTable waits while the index allocates, and goes on once it backfills, unless it follows a held step', () => {
    expect(mayRunBesideBuilds(stream, allocating, false)).to.equal(false);
    expect(mayRunBesideBuilds(stream, backfilling, false)).to.equal(true);
    expect(mayRunBesideBuilds(stream, backfilling, true)).to.equal(false);
  });

  it('TTL, tags, backups go on beside any build; contributor insights only for another index than the one building', () => {
    expect(mayRunBesideBuilds(ttl, allocating, true)).to.equal(true);
    expect(mayRunBesideBuilds(step('t', { kind: 'TagTable', tags: { a: 'b' } }), allocating, true)).to.equal(true);
    expect(mayRunBesideBuilds(step('t', { kind: 'UpdateContributorInsights', index: null, mode: 'THROTTLED_KEYS' }), allocating, true)).to.equal(true);
    expect(mayRunBesideBuilds(step('t', { kind: 'UpdateContributorInsights', index: 'by-a', mode: 'THROTTLED_KEYS' }), backfilling, false)).to.equal(false);
  });
});
