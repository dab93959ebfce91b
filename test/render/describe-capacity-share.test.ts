import { expect } from 'chai';
import { shareOf } from '../../src/model/capacity-share.js';
import { describeCapacityShare } from '../../src/render/describe-capacity-share.js';

describe('render: the capacity-share line', () => {
  it('provisioned, on-demand maximum, on demand without one', () => {
    expect(describeCapacityShare('fixtures', shareOf('users', { readUnits: 200, writeUnits: 100, kind: 'provisioned', avgItemBytes: null }, 50))).to.equal(
      'users (fixtures): pacing writes to 50% of 100 WCU (provisioned) = 50 WCU/s, reads to 50% of 200 RCU (provisioned) = 100 RCU/s',
    );
    expect(describeCapacityShare('copy', shareOf('users', { readUnits: null, writeUnits: 400, kind: 'on-demand maximum', avgItemBytes: null }, 25))).to.equal(
      'users (--preserve-data copy): pacing writes to 25% of 400 WRU/s (on-demand maximum) = 100 WRU/s',
    );
    expect(describeCapacityShare('migrations', shareOf('users', { readUnits: null, writeUnits: null, kind: 'on-demand', avgItemBytes: null }, 50))).to.equal(
      'users (data migrations): not paced: on demand without a maximum throughput, there is no capacity to take 50% of',
    );
  });
});
