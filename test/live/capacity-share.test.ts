import { expect } from 'chai';
import { CapacityPacer, consumedByTable } from '../../src/live/capacity-share.js';
import { checkCapacityPercent, defaultCapacityPercent, shareOf } from '../../src/model/capacity-share.js';

describe('capacity share (--max-capacity-percent)', () => {
  it('defaults: 100 on local endpoints, 50 on others; bad values refused', () => {
    expect(defaultCapacityPercent(true)).to.equal(100);
    expect(defaultCapacityPercent(false)).to.equal(50);
    expect(() => checkCapacityPercent(0)).to.throw(/above 0/);
    expect(() => checkCapacityPercent(101)).to.throw(/at most 100/);
    expect(() => checkCapacityPercent(Number.NaN)).to.throw(/not NaN/);
    expect(checkCapacityPercent(0.5)).to.equal(0.5);
  });

  it('takes a share of provisioned capacity or the on-demand maximum; 100% and on-demand without a maximum are not paced', () => {
    const p = shareOf('t', { readUnits: 200, writeUnits: 100, kind: 'provisioned', avgItemBytes: null }, 50);
    expect([p.writeRate, p.readRate]).to.deep.equal([50, 100]);
    const full = shareOf('t', { readUnits: 200, writeUnits: 100, kind: 'provisioned', avgItemBytes: null }, 100);
    expect([full.writeRate, full.readRate]).to.deep.equal([null, null]);
    const od = shareOf('t', { readUnits: null, writeUnits: null, kind: 'on-demand', avgItemBytes: null }, 50);
    expect([od.writeRate, od.readRate]).to.deep.equal([null, null]);
    expect(shareOf('t', { readUnits: null, writeUnits: 40, kind: 'on-demand maximum', avgItemBytes: null }, 25).writeRate).to.equal(10);
    // Never below one unit per second: a share of a 1-WCU table still moves.
    expect(shareOf('t', { readUnits: 1, writeUnits: 1, kind: 'provisioned', avgItemBytes: null }, 10).writeRate).to.equal(1);
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
    expect([...consumedByTable([{ TableName: 'a', CapacityUnits: 3 }, { TableName: 'b', CapacityUnits: 2.5 }, { TableName: 'a', CapacityUnits: 1 }])]).to.deep.equal([
      ['a', 4],
      ['b', 2.5],
    ]);
  });
});
