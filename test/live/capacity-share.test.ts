import { expect } from 'chai';
import { CapacityPacer, checkCapacityPercent, consumedUnits, defaultCapacityPercent, pacersFor } from '../../src/live/capacity-share.js';

describe('capacity share (--max-capacity-percent)', () => {
  it('defaults: 100 on local endpoints, 50 on others; bad values refused', () => {
    expect(defaultCapacityPercent(true)).to.equal(100);
    expect(defaultCapacityPercent(false)).to.equal(50);
    expect(() => checkCapacityPercent(0)).to.throw(/above 0/);
    expect(() => checkCapacityPercent(101)).to.throw(/at most 100/);
  });

  it('paces a share of provisioned capacity; 100% and on-demand without a maximum are not paced', () => {
    const p = pacersFor({ readUnits: 200, writeUnits: 100, kind: 'provisioned' }, 50);
    expect(p.write?.rate).to.equal(50);
    expect(p.read?.rate).to.equal(100);
    expect(p.basis).to.equal('50% of 100 provisioned WCU = 50 WCU/s; 50% of 200 provisioned RCU = 100 RCU/s');
    expect(pacersFor({ readUnits: 200, writeUnits: 100, kind: 'provisioned' }, 100).write).to.equal(null);
    expect(pacersFor({ readUnits: null, writeUnits: null, kind: 'on-demand' }, 50).basis).to.equal(null);
    expect(pacersFor({ readUnits: null, writeUnits: 40, kind: 'on-demand maximum' }, 25).write?.rate).to.equal(10);
  });

  it('slots requests so units per second stay at the rate, settling what the answers consumed', async () => {
    let now = 0;
    const pacer = new CapacityPacer(50, () => now);
    // Four batches of 25 units at 50 units/s: slots at 0, 500, 1000, 1500 ms.
    const starts: number[] = [];
    for (let i = 0; i < 4; i += 1) {
      const before = now;
      const wait = pacer.take(25);
      await wait;
      starts.push(before);
      now += 500;
    }
    expect(starts).to.deep.equal([0, 500, 1000, 1500]);
    // An answer consuming 50 instead of the 25 booked pushes the next slot by another 500 ms.
    pacer.settle(25, 50);
    const t0 = performance.now();
    now = 2000;
    await pacer.take(1);
    expect(performance.now() - t0).to.be.at.least(400);
    expect(consumedUnits([{ CapacityUnits: 3 }, { CapacityUnits: 2.5 }])).to.equal(5.5);
  });
});
