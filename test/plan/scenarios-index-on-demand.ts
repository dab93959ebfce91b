/**
 * Golden scenarios for per-GSI on-demand maximums (issue 14.5): an index's maxRead / maxWrite
 * (each defaulting to the table's) change in the one UpdateTable of throughput
 * (GlobalSecondaryIndexUpdates[].Update.OnDemandThroughput), a new index carries them, and an
 * endpoint that ignores them masks them (no perpetual diff).
 */
import type { OnDemandLimits } from '../../src/model/table-shape.js';
import { gsi, live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const max = (maxRead: number | null, maxWrite: number | null): OnDemandLimits => ({ maxRead, maxWrite });
const idx = (name: string, limits: OnDemandLimits) => gsi(name, { capacity: null, onDemand: limits });
const od = (limits: OnDemandLimits, ...indexes: ReturnType<typeof idx>[]) =>
  table({ billing: onDemand(limits.maxRead, limits.maxWrite), globalIndexes: indexes });

export const INDEX_ON_DEMAND_SCENARIOS: readonly Scenario[] = [
  { name: 'gsi-max-add', desired: [od(max(null, null), idx('by-user', max(100, 50)))], live: [live(od(max(null, null), idx('by-user', max(null, null))))], steps: ['UpdateThroughput'], impact: 'update' },
  {
    // Only the index that changes is in the call; the table's own maximums stay.
    name: 'gsi-max-change-one-of-two',
    desired: [od(max(400, 200), idx('by-group', max(400, 200)), idx('by-user', max(300, 200)))],
    live: [live(od(max(400, 200), idx('by-group', max(400, 200)), idx('by-user', max(100, 200))))],
    steps: ['UpdateThroughput'],
    impact: 'update',
  },
  // Removed from the spec: the index takes the table's again (here: no maximum, sent as -1).
  { name: 'gsi-max-remove', desired: [od(max(null, null), idx('by-user', max(null, null)))], live: [live(od(max(null, null), idx('by-user', max(100, 50))))], steps: ['UpdateThroughput'], impact: 'update' },
  {
    // The table's and an index's maximums change together: one UpdateTable.
    name: 'gsi-max-table-and-index-one-call',
    desired: [od(max(500, 500), idx('by-user', max(100, 500)))],
    live: [live(od(max(200, 200), idx('by-user', max(200, 200))))],
    steps: ['UpdateThroughput'],
    impact: 'update',
  },
  { name: 'gsi-max-new-index-carries-it', desired: [od(max(null, null), idx('by-user', max(100, 50)))], live: [live(od(max(null, null)))], steps: ['CreateGlobalIndex'], impact: 'update', codes: ['DM104_GSI_BACKFILL'] },
  { name: 'gsi-max-create-table', desired: [od(max(1000, null), idx('by-user', max(100, 50)))], live: [], steps: ['CreateTable'], impact: 'create' },
  {
    // An endpoint that ignores the update (DynamoDB Local): not supported, masked, no change.
    name: 'gsi-max-unsupported-endpoint-masked',
    desired: [od(max(null, null), idx('by-user', max(100, 50)))],
    live: [live(od(max(null, null), idx('by-user', max(null, null))), { unsupported: ['globalIndexOnDemand'] })],
    steps: [],
    impact: 'no-op',
  },
];
