/** Golden scenarios about tables, GSIs, capacity and billing. */
import type { Scenario } from './scenarios.js';
import { gsi, live, lsi, onDemand, provisioned, table, withBilling } from '../support/builders.js';

const base = table();
const withIndex = table({ globalIndexes: [gsi('by-group')] });
const onDemandWithIndex = withBilling(withIndex, onDemand());

export const INDEX_SCENARIOS: readonly Scenario[] = [
  { name: 'nothing-changed', desired: [withIndex], live: [live(withIndex)], steps: [], impact: 'no-op' },
  {
    name: 'create-table-with-gsi-and-lsi',
    desired: [
      table({
        globalIndexes: [gsi('by-group')],
        localIndexes: [lsi('by-date')],
        stream: 'NEW_IMAGE',
        ttl: 'expires_at',
        pointInTimeRecovery: true,
        tags: { project: 'cruddur' },
      }),
    ],
    live: [],
    steps: ['CreateTable', 'UpdateTtl', 'UpdatePointInTimeRecovery'],
    impact: 'create',
  },
  {
    name: 'add-two-gsis',
    desired: [table({ globalIndexes: [gsi('by-a'), gsi('by-b')] })],
    live: [live(base)],
    steps: ['CreateGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL', 'DM104_GSI_BACKFILL'],
  },
  {
    name: 'drop-one-add-one-gsi',
    desired: [table({ globalIndexes: [gsi('by-new')] })],
    live: [live(table({ globalIndexes: [gsi('by-old')] }))],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM003_DROP_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    name: 'capacity-table-and-gsi-together',
    desired: [table({ billing: provisioned(10, 10), globalIndexes: [gsi('by-group', { capacity: { read: 20, write: 10 } })] })],
    live: [live(withIndex)],
    steps: ['UpdateThroughput'],
    impact: 'update',
  },
  {
    name: 'capacity-gsi-only',
    desired: [table({ globalIndexes: [gsi('by-group', { capacity: { read: 8, write: 8 } })] })],
    live: [live(withIndex)],
    steps: ['UpdateThroughput'],
    impact: 'update',
  },
  {
    name: 'capacity-decrease',
    desired: [table({ billing: provisioned(2, 5) })],
    live: [live(base)],
    steps: ['UpdateThroughput'],
    impact: 'update',
    codes: ['DM105_CAPACITY_DECREASE_LIMIT'],
  },
  {
    name: 'billing-to-on-demand',
    desired: [onDemandWithIndex],
    live: [live(withIndex)],
    steps: ['UpdateThroughput'],
    impact: 'update',
    codes: ['DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'billing-to-provisioned-carries-gsi-capacity',
    desired: [table({ billing: provisioned(7, 3), globalIndexes: [gsi('by-group', { capacity: { read: 4, write: 2 } })] })],
    live: [live(onDemandWithIndex)],
    steps: ['UpdateThroughput'],
    impact: 'update',
    codes: ['DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'billing-to-on-demand-and-add-gsi',
    desired: [withBilling(table({ globalIndexes: [gsi('by-group'), gsi('by-user')] }), onDemand())],
    live: [live(withIndex)],
    steps: ['UpdateThroughput', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL', 'DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'billing-to-provisioned-and-drop-gsi',
    desired: [withIndex],
    live: [live(withBilling(table({ globalIndexes: [gsi('by-group'), gsi('by-old')] }), onDemand()))],
    steps: ['DeleteGlobalIndex', 'UpdateThroughput'],
    impact: 'update',
    codes: ['DM003_DROP_GSI', 'DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'on-demand-max-throughput',
    desired: [withBilling(withIndex, onDemand(100, 50))],
    live: [live(onDemandWithIndex)],
    steps: ['UpdateThroughput'],
    impact: 'update',
  },
];
