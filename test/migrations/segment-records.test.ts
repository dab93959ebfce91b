import { expect } from 'chai';
import { ensureControlTable } from '../../src/state/control-table.js';
import { checkpointSegment, claimSegment, ensureWork, finishSegment, readSegments, recordWorkApplied, renewSegment } from '../../src/migrations/segment-records.js';
import { uniqueName } from '../support/engine.js';
import { engineClients, type EngineClients } from './helpers.js';

const COUNTS = { put: 0, updated: 0, deleted: 0, conditionFailed: 0 };

describe('migrations: worker segment leases in the control table @engine', () => {
  let e: EngineClients;
  let control: string;
  before(async () => {
    e = await engineClients();
    control = uniqueName('seg-control');
    await ensureControlTable(e.client, control);
  });
  after(() => e.client.destroy());

  it('the first worker fixes the segment count; later ones follow it', async () => {
    const first = await ensureWork(e.doc, control, 'm1', 16);
    const second = await ensureWork(e.doc, control, 'm1', 4);
    expect([first.segments, second.segments]).to.deep.equal([16, 16]);
  });

  it('a held segment is refused; an expired lease is taken over; the old owner can no longer checkpoint, renew or finish', async () => {
    await ensureWork(e.doc, control, 'm2', 2);
    expect(await claimSegment(e.doc, control, 'm2', 0, 'A', 60_000)).to.not.equal(null);
    expect(await claimSegment(e.doc, control, 'm2', 0, 'B', 60_000)).to.equal(null);
    expect(await checkpointSegment(e.doc, control, 'm2', 0, 'A', 60_000, { k: 1 }, 10)).to.equal(true);
    // A's lease runs out (claimed as if 61 s later): B takes over and gets A's checkpoint.
    const taken = await claimSegment(e.doc, control, 'm2', 0, 'B', 60_000, Date.now() + 61_000);
    expect(taken?.cursor).to.deep.equal({ k: 1 });
    expect(await checkpointSegment(e.doc, control, 'm2', 0, 'A', 60_000, { k: 99 }, 20)).to.equal(false);
    expect(await renewSegment(e.doc, control, 'm2', 0, 'A', 60_000)).to.equal(false);
    expect(await finishSegment(e.doc, control, 'm2', 0, 'A', 20, COUNTS)).to.equal(false);
    const [seg] = await readSegments(e.doc, control, 'm2');
    expect([seg?.owner, seg?.cursor, seg?.done]).to.deep.equal(['B', { k: 1 }, false]);
    expect(await finishSegment(e.doc, control, 'm2', 0, 'B', 20, COUNTS)).to.equal(true);
    // A done segment is never claimed again, expired or not.
    expect(await claimSegment(e.doc, control, 'm2', 0, 'C', 60_000, Date.now() + 3_600_000)).to.equal(null);
  });

  it('the applied record is written exactly once, and a finished work refuses later checkpoints', async () => {
    await ensureWork(e.doc, control, 'm3', 1);
    await claimSegment(e.doc, control, 'm3', 0, 'A', 60_000);
    const rec = { id: 'm3', checksum: 'x', appliedAt: new Date().toISOString(), runId: 'r', file: 'migrations/m3.mjs', ms: 1, processed: 1, segments: 1 };
    expect(await recordWorkApplied(e.doc, control, rec)).to.equal(true);
    expect(await recordWorkApplied(e.doc, control, { ...rec, runId: 'r2' })).to.equal(false);
    expect(await checkpointSegment(e.doc, control, 'm3', 0, 'A', 60_000, { k: 1 }, 1)).to.equal(false);
  });
});
