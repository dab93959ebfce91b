import { expect } from 'chai';
import { featuresInUse, stepNotes } from '../../src/model/feature-use.js';
import { ALL_FEATURES, type TableShape } from '../../src/model/table-shape.js';
import { gsi, onDemand, step, table } from '../support/builders.js';

describe('model: the features a table uses', () => {
  it('a table at every default uses none; each setting uses its own feature only', () => {
    const base = table({ billing: onDemand(), stream: null, ttl: null, tags: {} });
    expect(featuresInUse(base, ALL_FEATURES)).to.deep.equal([]);
    const cases: ReadonlyArray<readonly [TableShape, readonly string[]]> = [
      [{ ...base, tags: { a: 'b' } }, ['tags']],
      [{ ...base, pointInTimeRecovery: true, pointInTimeRecoveryDays: 7 }, ['pointInTimeRecovery', 'pointInTimeRecoveryPeriod']],
      [{ ...base, ttl: 'expires' }, ['ttl']],
      [{ ...base, stream: 'KEYS_ONLY' }, ['stream']],
      [{ ...base, tableClass: 'STANDARD_INFREQUENT_ACCESS' }, ['tableClass']],
      [{ ...base, sse: { type: 'KMS', kmsKey: null } }, ['sse']],
      [{ ...base, globalIndexes: [gsi('g', { capacity: null, warmThroughput: { read: 1, write: 1 } })] }, ['warmThroughput']],
      [{ ...base, contributorInsights: { table: null, indexes: { g: 'THROTTLED_KEYS' } } }, ['contributorInsights']],
      [{ ...base, resourcePolicy: '{}' }, ['resourcePolicy']],
      [{ ...base, kinesisDestination: { streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', precision: 'MILLISECOND' } }, ['kinesisDestination']],
      [{ ...base, globalIndexes: [gsi('g', { capacity: null, onDemand: { maxRead: 5, maxWrite: null } })] }, ['globalIndexOnDemand']],
    ];
    for (const [shape, features] of cases) expect(featuresInUse(shape, ALL_FEATURES), JSON.stringify(features)).to.have.members([...features]);
  });

  it("a step's notes say apply skips it only when its feature is listed unsupported", () => {
    const s = step('t', { kind: 'UpdateContributorInsights', index: null, mode: 'THROTTLED_KEYS' });
    expect(stepNotes(s, [])).to.deep.equal(s.notes);
    expect(stepNotes(s, ['tags'])).to.deep.equal(s.notes);
    expect(stepNotes(s, ['contributorInsights']).at(-1)).to.equal('apply skips this step: contributorInsights is not supported by this endpoint');
  });
});
