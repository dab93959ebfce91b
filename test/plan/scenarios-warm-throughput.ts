/**
 * Golden scenarios for warm throughput (issue 14.3): increase-only, on the table and each GSI. Left
 * out of the spec it is not managed; a rise of the table and of GSIs is one UpdateTable; a lower
 * side is reported (destructive DM013: apply refuses) and never planned.
 */
import type { WarmThroughput } from '../../src/model/table-shape.js';
import { gsi, live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const w = (read: number, write: number): WarmThroughput => ({ read, write });
const DEFAULT = w(12000, 4000);
const od = (over: Parameters<typeof table>[0] = {}) => table({ billing: onDemand(), ...over });
const idx = (warm: WarmThroughput | null) => gsi('by-user', { capacity: null, onDemand: { maxRead: null, maxWrite: null }, warmThroughput: warm });

export const WARM_THROUGHPUT_SCENARIOS: readonly Scenario[] = [
  { name: 'warm-raise-table', desired: [od({ warmThroughput: w(20000, 4000) })], live: [live(od({ warmThroughput: DEFAULT }))], steps: ['UpdateWarmThroughput'], impact: 'update' },
  {
    name: 'warm-raise-table-and-gsi-one-call',
    desired: [od({ warmThroughput: w(20000, 8000), globalIndexes: [idx(w(15000, 5000))] })],
    live: [live(od({ warmThroughput: DEFAULT, globalIndexes: [idx(DEFAULT)] }))],
    steps: ['UpdateWarmThroughput'],
    impact: 'update',
  },
  {
    name: 'warm-decrease-refused',
    desired: [od({ warmThroughput: w(10000, 4000) })],
    live: [live(od({ warmThroughput: DEFAULT }))],
    steps: [],
    impact: 'update',
    codes: ['DM013_WARM_THROUGHPUT_DECREASE'],
  },
  {
    name: 'warm-read-up-write-down',
    desired: [od({ globalIndexes: [idx(w(20000, 1000))] })],
    live: [live(od({ warmThroughput: DEFAULT, globalIndexes: [idx(DEFAULT)] }))],
    steps: ['UpdateWarmThroughput'],
    impact: 'update',
    codes: ['DM013_WARM_THROUGHPUT_DECREASE'],
  },
  // Removing it from the spec stops managing it: nothing to do (it cannot be lowered anyway).
  { name: 'warm-not-managed-no-change', desired: [od({ globalIndexes: [idx(null)] })], live: [live(od({ warmThroughput: w(30000, 9000), globalIndexes: [idx(w(30000, 9000))] }))], steps: [], impact: 'no-op' },
  { name: 'warm-create-table', desired: [od({ warmThroughput: w(20000, 8000), globalIndexes: [idx(w(15000, 5000))] })], live: [], steps: ['CreateTable'], impact: 'create' },
  {
    name: 'warm-new-gsi-carries-it',
    desired: [od({ globalIndexes: [idx(w(15000, 5000))] })],
    live: [live(od({ warmThroughput: DEFAULT }))],
    steps: ['CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL'],
  },
  {
    // Rebuilt (projection changed): the create carries the warm throughput, no separate raise.
    name: 'warm-rebuilt-gsi-carries-it',
    desired: [od({ globalIndexes: [gsi('by-user', { capacity: null, onDemand: { maxRead: null, maxWrite: null }, projection: { type: 'KEYS_ONLY' }, warmThroughput: w(15000, 5000) })] })],
    live: [live(od({ warmThroughput: DEFAULT, globalIndexes: [idx(DEFAULT)] }))],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  { name: 'warm-unsupported-endpoint-masked', desired: [od({ warmThroughput: w(20000, 8000) })], live: [live(od(), { unsupported: ['warmThroughput'] })], steps: [], impact: 'no-op' },
];
