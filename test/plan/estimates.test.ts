/**
 * Estimates of slow steps: the pure functions (GSI backfill, replica creation, --preserve-data copy)
 * and the plan renderings pinned in test/golden/estimate-*.{txt,json,md}. Inputs: builders only.
 */
import { expect } from 'chai';
import { diffAll } from '../../src/diff/diff-all.js';
import type { Plan } from '../../src/model/plan.js';
import type { LiveTable } from '../../src/model/table-shape.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import { estimateGsiBackfill, estimatePreserveCopy, estimateReplicaCreation, formatDuration, ON_DEMAND_INITIAL_WRITE_UNITS, tableCapacity } from '../../src/plan/estimates.js';
import { renderJson } from '../../src/render/render-json.js';
import { renderMarkdown } from '../../src/render/render-markdown.js';
import { renderText } from '../../src/render/render-text.js';
import { gsi, live, liveMap, onDemand, provisioned, table } from '../support/builders.js';
import { expectGolden } from './golden.js';
import { planPreservingReplace } from '../../src/replace/plan-replace.js';
import { withCopyEstimates } from '../../src/app/copy-estimates.js';
import { bareReplica } from '../../src/model/replicas.js';

const GiB = 1024 ** 3;
const sized = (l: LiveTable, itemCount: number, sizeBytes: number): LiveTable => ({ ...l, itemCount, sizeBytes });
const planOf = (desired: Parameters<typeof table>[0], liveTable: LiveTable): Plan => {
  const m = liveMap(liveTable);
  return buildPlan(diffAll([table(desired)], m, { prune: false, liveTableNames: [...m.keys()] }), m);
};

describe('plan estimates', () => {
  describe('the estimate functions', () => {
    it('a provisioned GSI backfill goes at the index write capacity, one unit per started KB of the item', () => {
      // 10 million items of 2.5 KB (3 units each) at the index's 500 WCU: 60,000 s.
      const e = estimateGsiBackfill('t', gsi('by-a', { capacity: { read: 5, write: 500 } }), { itemCount: 10_000_000, sizeBytes: 25_600_000_000 }, provisioned(5, 5));
      expect(e?.seconds).to.equal(60_000);
      expect(e?.basis).to.deep.include({ items: 10_000_000, writeUnits: 30_000_000, writeUnitsPerSecond: 500, capacitySource: 'provisioned', capacityPercent: 100 });
      expect(e?.label).to.equal('estimate');
      expect(formatDuration(e?.seconds ?? 0)).to.equal('~16h 40m');
    });

    it('KEYS_ONLY writes one unit per item whatever the item size', () => {
      const e = estimateGsiBackfill('t', gsi('by-a', { projection: { type: 'KEYS_ONLY' }, capacity: { read: 1, write: 100 } }), { itemCount: 1_000, sizeBytes: 10 * 1024 * 1000 }, provisioned());
      expect(e?.basis.writeUnits).to.equal(1_000);
      expect(e?.seconds).to.equal(10);
    });

    it('on demand: the index maximum when set, else the initial on-demand rate', () => {
      const size = { itemCount: 4_000_000, sizeBytes: 4_000_000 * 512 };
      const capped = estimateGsiBackfill('t', gsi('by-a', { capacity: null, onDemand: { maxRead: null, maxWrite: 1_000 } }), size, onDemand());
      expect([capped?.seconds, capped?.basis.capacitySource]).to.deep.equal([4_000, 'on-demand-maximum']);
      const open = estimateGsiBackfill('t', gsi('by-a', { capacity: null, onDemand: null }), size, onDemand());
      expect([open?.seconds, open?.basis.capacitySource, open?.basis.writeUnitsPerSecond]).to.deep.equal([1_000, 'on-demand-initial', ON_DEMAND_INITIAL_WRITE_UNITS]);
    });

    it('no estimate for an empty table or an unknown item count: nothing to copy', () => {
      expect(estimateGsiBackfill('t', gsi('by-a'), { itemCount: 0, sizeBytes: 0 }, provisioned())).to.equal(null);
      expect(estimateGsiBackfill('t', gsi('by-a'), { itemCount: null, sizeBytes: null }, provisioned())).to.equal(null);
      expect(estimateReplicaCreation('t', 'eu-west-1', { itemCount: 0, sizeBytes: 0 }, tableCapacity(onDemand()))).to.equal(null);
    });

    it('a replica creation copies the table at the replica write capacity', () => {
      const e = estimateReplicaCreation('t', 'eu-west-1', { itemCount: 2_000_000, sizeBytes: 2 * GiB }, tableCapacity(provisioned(100, 200)));
      // 2 GiB / 2,000,000 items = 1,074 bytes each: 2 units per item, 4,000,000 units at 200/s.
      expect([e?.operation, e?.target, e?.seconds, e?.basis.writeUnits]).to.deep.equal(['replica-creation', 'eu-west-1', 20_000, 4_000_000]);
    });

    it('a --preserve-data copy writes every item twice, at the slower rate, within the capacity share', () => {
      const e = estimatePreserveCopy('t', { itemCount: 1_000_000, sizeBytes: 1_000_000 * 800 }, provisioned(50, 100), 50);
      expect([e?.seconds, e?.basis.writeUnits, e?.basis.writeUnitsPerSecond, e?.basis.capacityPercent]).to.deep.equal([40_000, 2_000_000, 50, 50]);
      const fast = estimatePreserveCopy('t', { itemCount: 1_000_000, sizeBytes: 1_000_000 * 800 }, onDemand());
      expect([fast?.seconds, fast?.basis.capacitySource]).to.deep.equal([500, 'on-demand-initial']);
    });
  });

  describe('in the plan (golden)', () => {
    const base = table({ billing: provisioned(100, 100) });

    it('a GSI on a provisioned table with items: text, JSON (1.2) and Markdown show the estimate and its basis', () => {
      const plan = planOf({ billing: provisioned(100, 100), globalIndexes: [gsi('by-user', { capacity: { read: 50, write: 200 } })] }, sized(live(base), 12_000_000, 30 * GiB));
      expect(plan.tables[0]?.estimates?.map((e) => [e.operation, e.target, e.seconds])).to.deep.equal([['gsi-backfill', 'by-user', 180_000]]);
      expectGolden('estimate-gsi-provisioned.txt', renderText(plan, { color: false }));
      expectGolden('estimate-gsi-provisioned.json', renderJson(plan));
      expectGolden('estimate-gsi-provisioned.md', renderMarkdown(plan));
      expect(JSON.parse(renderJson(plan))).to.have.property('formatVersion', '1.2');
    });

    it('two GSIs on an on-demand table: one estimate each', () => {
      const od = table({ billing: onDemand() });
      const plan = planOf({ billing: onDemand(), globalIndexes: [gsi('by-a', { capacity: null, onDemand: { maxRead: null, maxWrite: null } }), gsi('by-b', { capacity: null, onDemand: { maxRead: null, maxWrite: 500 }, projection: { type: 'KEYS_ONLY' } })] }, sized(live(od), 50_000_000, 100 * GiB));
      expectGolden('estimate-two-gsis-on-demand.txt', renderText(plan, { color: false }));
      expectGolden('estimate-two-gsis-on-demand.json', renderJson(plan));
      expectGolden('estimate-two-gsis-on-demand.md', renderMarkdown(plan));
    });

    it('a --preserve-data replacement of a provisioned table: the copy estimate (two writes per item)', () => {
      const liveTable = sized(live(base), 3_000_000, 3_000_000 * 700);
      const plan = planOf({ billing: provisioned(100, 100), sortKey: { name: 'sk', type: 'N' } }, liveTable);
      const first = plan.tables[0];
      if (!first) throw new Error('no table plan');
      const withCopy = withCopyEstimates(plan, [planPreservingReplace(first, liveTable)]);
      expect(withCopy.tables[0]?.estimates?.map((e) => [e.operation, e.seconds])).to.deep.equal([['preserve-data-copy', 60_000]]);
      expectGolden('estimate-preserve-data-copy.txt', renderText(withCopy, { color: false }));
      expectGolden('estimate-preserve-data-copy.md', renderMarkdown(withCopy));
    });

    it('a replica added to a large table: the plan lists the Region, says it can take hours and shows the estimate', () => {
      const g = (replicas: readonly string[]) => ({ billing: provisioned(100, 100), stream: 'NEW_AND_OLD_IMAGES' as const, replicas: replicas.map((r) => ({ ...bareReplica(r) })) });
      const plan = planOf(g(['eu-west-1']), sized(live(table(g([]))), 12_000_000, 30 * GiB));
      expect(plan.tables[0]?.estimates?.map((e) => [e.operation, e.target])).to.deep.equal([['replica-creation', 'eu-west-1']]);
      const md = renderMarkdown(plan);
      expect(md).to.include('up to hours for a large one');
      expectGolden('estimate-replica-added.txt', renderText(plan, { color: false }));
      expectGolden('estimate-replica-added.md', md);
    });

    it('an empty table has no estimate, so the plan is the one it always was (format 1.0)', () => {
      const plan = planOf({ billing: provisioned(100, 100), globalIndexes: [gsi('by-user')] }, live(base));
      expect(plan.tables[0]).to.not.have.property('estimates');
      expect(JSON.parse(renderJson(plan))).to.have.property('formatVersion', '1.0');
    });
  });
});
