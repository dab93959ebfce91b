/**
 * Golden scenarios for multi-attribute GSI keys (DynamoDB, November 2025): up to 4 partition-key and
 * 4 sort-key attributes per GSI, in order. Any change of the attributes or their order rebuilds the
 * index; a single attribute and a list of one are the same key.
 */
import { normaliseMerged } from '../../src/desired/normalise.js';
import type { GlobalIndexShape, KeyAttribute } from '../../src/model/table-shape.js';
import { gsi, live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const s = (name: string): KeyAttribute => ({ name, type: 'S' });
const n = (name: string): KeyAttribute => ({ name, type: 'N' });

/** The AWS guide's example: matches by tournament and region, sorted by round and bracket. */
const byMatch = (over: Partial<GlobalIndexShape> = {}): GlobalIndexShape =>
  gsi('by-match', { partitionKey: [s('tournamentId'), s('region')], sortKey: [s('round'), s('bracket')], ...over });

const base = table();
const withMatch = table({ globalIndexes: [byMatch()] });

export const MULTI_KEY_SCENARIOS: readonly Scenario[] = [
  {
    name: 'multi-key-gsi-add',
    desired: [withMatch],
    live: [live(base)],
    steps: ['CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL'],
  },
  {
    name: 'multi-key-gsi-create-table',
    desired: [table({ billing: onDemand(), globalIndexes: [byMatch({ partitionKey: [s('tournamentId'), s('region'), n('season'), s('division')], sortKey: [n('round')] })] })],
    live: [],
    steps: ['CreateTable'],
    impact: 'create',
  },
  {
    name: 'multi-key-gsi-unchanged',
    desired: [withMatch],
    live: [live(withMatch)],
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'multi-key-gsi-reorder-rebuilds',
    desired: [table({ globalIndexes: [byMatch({ partitionKey: [s('region'), s('tournamentId')] })] })],
    live: [live(withMatch)],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    name: 'multi-key-gsi-sort-attribute-added',
    desired: [table({ globalIndexes: [byMatch({ sortKey: [s('round'), s('bracket'), n('matchNo')] })] })],
    live: [live(withMatch)],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    // The bug of issue 14: a live PK1+PK2 index against a spec naming PK1 alone was "No changes".
    name: 'multi-key-gsi-live-has-more-attributes',
    desired: [table({ globalIndexes: [gsi('GSI1', { partitionKey: [s('PK1')], sortKey: [] })] })],
    live: [live(table({ globalIndexes: [gsi('GSI1', { partitionKey: [s('PK1'), s('PK2')], sortKey: [] })] }))],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    // `partitionKey: { name: pk2 }` and `partitionKey: [{ name: pk2 }]` are the same key.
    name: 'multi-key-gsi-one-vs-list-no-change',
    desired: [
      normaliseMerged({
        table: 'messages',
        partitionKey: s('pk'),
        sortKey: s('sk'),
        billing: { mode: 'PROVISIONED', read: 5, write: 5 },
        globalSecondaryIndexes: [{ name: 'by-a', partitionKey: [s('by_a_pk')], sortKey: [s('sk')] }],
      }),
    ],
    live: [live(table({ globalIndexes: [gsi('by-a')] }))],
    steps: [],
    impact: 'no-op',
  },
];
