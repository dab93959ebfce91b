/**
 * The golden scenarios: GIVEN desired and live shapes, THEN these step kinds and diagnostic codes.
 * Each one's text and JSON renderings are pinned in test/golden/<name>.{txt,json}.
 */
import { diffAll } from '../../src/diff/diff-all.js';
import type { Impact } from '../../src/model/change.js';
import type { DiagnosticCode, Plan } from '../../src/model/plan.js';
import { buildPlan } from '../../src/plan/build-plan.js';
import type { StepKind } from '../../src/model/step.js';
import type { LiveTable, TableShape } from '../../src/model/table-shape.js';
import { gsi, live, liveMap, lsi, onDemand, provisioned, table, withBilling } from '../support/builders.js';

export interface Scenario {
  readonly name: string;
  readonly desired: readonly TableShape[];
  readonly live: readonly LiveTable[];
  readonly prune?: boolean;
  /** Defaults to the names of `live`. */
  readonly liveTableNames?: readonly string[];
  /** Expected steps of the first table, in order. */
  readonly steps: readonly StepKind[];
  readonly impact: Impact;
  /** Expected diagnostic codes of the first table, in order. */
  readonly codes?: readonly DiagnosticCode[];
}

const base = table();
const withIndex = table({ globalIndexes: [gsi('by-group')] });
const onDemandWithIndex = withBilling(withIndex, onDemand());

export const SCENARIOS: readonly Scenario[] = [
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
  {
    name: 'stream-enable',
    desired: [table({ stream: 'NEW_IMAGE' })],
    live: [live(base)],
    steps: ['UpdateStream'],
    impact: 'update',
  },
  {
    name: 'stream-disable',
    desired: [base],
    live: [live(table({ stream: 'NEW_IMAGE' }))],
    steps: ['UpdateStream'],
    impact: 'update',
    codes: ['DM009_DISABLE_STREAM'],
  },
  {
    name: 'stream-view-change',
    desired: [table({ stream: 'NEW_AND_OLD_IMAGES' })],
    live: [live(table({ stream: 'KEYS_ONLY' }))],
    steps: ['UpdateStream', 'UpdateStream'],
    impact: 'update',
    codes: ['DM010_CHANGE_STREAM_VIEW'],
  },
  {
    name: 'ttl-on',
    desired: [table({ ttl: 'expires_at' })],
    live: [live(base)],
    steps: ['UpdateTtl'],
    impact: 'update',
    codes: ['DM007_ENABLE_TTL'],
  },
  { name: 'ttl-off', desired: [base], live: [live(table({ ttl: 'expires_at' }))], steps: ['UpdateTtl'], impact: 'update' },
  {
    name: 'ttl-rename',
    desired: [table({ ttl: 'expires' })],
    live: [live(table({ ttl: 'expires_at' }))],
    steps: ['UpdateTtl', 'UpdateTtl'],
    impact: 'update',
    codes: ['DM008_CHANGE_TTL', 'DM103_TTL_RATE_LIMIT'],
  },
  {
    name: 'tags-add',
    desired: [table({ tags: { env: 'dev', project: 'cruddur' } })],
    live: [live(table({ tags: { project: 'cruddur' } }))],
    steps: ['TagTable'],
    impact: 'update',
  },
  {
    name: 'tags-remove',
    desired: [table({ tags: { project: 'cruddur' } })],
    live: [live(table({ tags: { owner: 'andrew', project: 'cruddur' } }))],
    steps: ['UntagTable'],
    impact: 'update',
  },
  {
    name: 'tags-change',
    desired: [table({ tags: { env: 'prod', project: 'cruddur' } })],
    live: [live(table({ tags: { env: 'dev', owner: 'andrew' } }))],
    steps: ['TagTable', 'UntagTable'],
    impact: 'update',
  },
  {
    name: 'key-type-change-replaces',
    desired: [table({ sortKey: { name: 'sk', type: 'N' } })],
    live: [live(base)],
    steps: ['DeleteTable', 'CreateTable'],
    impact: 'replace',
    codes: ['DM001_REPLACE_TABLE'],
  },
  {
    name: 'sort-key-removed-replaces',
    desired: [table({ sortKey: null })],
    live: [live(base)],
    steps: ['DeleteTable', 'CreateTable'],
    impact: 'replace',
    codes: ['DM001_REPLACE_TABLE'],
  },
  {
    name: 'lsi-added-replaces',
    desired: [table({ localIndexes: [lsi('by-date')], ttl: 'expires_at' })],
    live: [live(table({ ttl: 'expires_at' }))],
    steps: ['DeleteTable', 'CreateTable', 'UpdateTtl'],
    impact: 'replace',
    codes: ['DM001_REPLACE_TABLE'],
  },
  {
    name: 'replace-deletion-protected',
    desired: [table({ partitionKey: { name: 'id', type: 'S' }, deletionProtection: true })],
    live: [live(table({ deletionProtection: true }))],
    steps: [],
    impact: 'replace',
    codes: ['DM001_REPLACE_TABLE', 'DM011_DELETION_PROTECTED'],
  },
  {
    name: 'deletion-protection-on',
    desired: [table({ deletionProtection: true })],
    live: [live(base)],
    steps: ['UpdateDeletionProtection'],
    impact: 'update',
  },
  {
    name: 'deletion-protection-off',
    desired: [base],
    live: [live(table({ deletionProtection: true }))],
    steps: ['UpdateDeletionProtection'],
    impact: 'update',
    codes: ['DM006_DISABLE_DELETION_PROTECTION'],
  },
  {
    name: 'table-class',
    desired: [table({ tableClass: 'STANDARD_INFREQUENT_ACCESS' })],
    live: [live(base)],
    steps: ['UpdateTableClass'],
    impact: 'update',
    codes: ['DM102_TABLE_CLASS_RATE_LIMIT'],
  },
  {
    name: 'pitr-on-and-off',
    desired: [table({ pointInTimeRecovery: true }), table({ name: 'users' })],
    live: [live(base), live(table({ name: 'users', pointInTimeRecovery: true }))],
    steps: ['UpdatePointInTimeRecovery'],
    impact: 'update',
  },
  {
    name: 'unsupported-features-masked',
    desired: [table({ tags: { project: 'cruddur' }, pointInTimeRecovery: true })],
    live: [live(base, { unsupported: ['tags', 'pointInTimeRecovery'] })],
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'unsupported-masked-other-change-shown',
    desired: [table({ tags: { project: 'cruddur' }, stream: 'NEW_IMAGE' })],
    live: [live(base, { unsupported: ['tags', 'pointInTimeRecovery'] })],
    steps: ['UpdateStream'],
    impact: 'update',
  },
  {
    name: 'prune-off-leaves-extra-table',
    desired: [base],
    live: [live(base), live(table({ name: 'legacy' }))],
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'prune-on-drops-extra-table',
    desired: [table({ name: 'a-messages' })],
    live: [live(table({ name: 'a-messages' })), live(table({ name: 'legacy' }))],
    prune: true,
    steps: [],
    impact: 'no-op',
  },
  {
    name: 'prune-deletion-protected',
    desired: [],
    live: [live(table({ name: 'legacy', deletionProtection: true }))],
    prune: true,
    steps: [],
    impact: 'destroy',
    codes: ['DM002_DROP_TABLE', 'DM011_DELETION_PROTECTED'],
  },
  {
    name: 'gsi-projection-change-recreates',
    desired: [table({ globalIndexes: [gsi('by-group', { projection: { type: 'INCLUDE', attributes: ['body', 'user'] } })] })],
    live: [live(withIndex)],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    name: 'gsi-key-type-change-recreates',
    desired: [table({ globalIndexes: [gsi('by-group', { sortKey: { name: 'sk', type: 'N' } })] })],
    live: [live(withIndex)],
    steps: ['DeleteGlobalIndex', 'CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM004_RECREATE_GSI', 'DM104_GSI_BACKFILL'],
  },
  {
    name: 'env-prod-overrides',
    desired: [withBilling(table({ globalIndexes: [gsi('by-group')], deletionProtection: true }), onDemand())],
    live: [live(withIndex)],
    steps: ['UpdateThroughput', 'UpdateDeletionProtection'],
    impact: 'update',
    codes: ['DM101_BILLING_SWITCH_RATE_LIMIT'],
  },
  {
    name: 'everything-at-once',
    desired: [
      withBilling(
        table({
          globalIndexes: [gsi('by-group', { projection: { type: 'KEYS_ONLY' } }), gsi('by-user')],
          stream: 'NEW_IMAGE',
          ttl: 'expires_at',
          pointInTimeRecovery: true,
          tableClass: 'STANDARD_INFREQUENT_ACCESS',
          tags: { project: 'cruddur' },
        }),
        onDemand(),
      ),
    ],
    live: [live(table({ globalIndexes: [gsi('by-group'), gsi('by-old')], stream: 'KEYS_ONLY', deletionProtection: true }))],
    steps: [
      'DeleteGlobalIndex',
      'DeleteGlobalIndex',
      'UpdateThroughput',
      'UpdateStream',
      'UpdateStream',
      'UpdateDeletionProtection',
      'UpdateTableClass',
      'CreateGlobalIndex',
      'CreateGlobalIndex',
      'UpdateTtl',
      'TagTable',
      'UpdatePointInTimeRecovery',
    ],
    impact: 'update',
    codes: [
      'DM003_DROP_GSI',
      'DM004_RECREATE_GSI',
      'DM104_GSI_BACKFILL',
      'DM104_GSI_BACKFILL',
      'DM101_BILLING_SWITCH_RATE_LIMIT',
      'DM010_CHANGE_STREAM_VIEW',
      'DM007_ENABLE_TTL',
      'DM006_DISABLE_DELETION_PROTECTION',
      'DM102_TABLE_CLASS_RATE_LIMIT',
    ],
  },
  {
    name: 'mixed-create-update-unchanged',
    desired: [table({ name: 'a-new' }), table({ name: 'b-changed', stream: 'NEW_IMAGE' }), table({ name: 'c-same' })],
    live: [live(table({ name: 'b-changed' })), live(table({ name: 'c-same' }))],
    steps: ['CreateTable'],
    impact: 'create',
  },
];

/** WHEN: diff every desired table against the live ones and build the plan. */
export function planOf(s: Scenario): Plan {
  const liveTables = liveMap(...s.live);
  const liveTableNames = s.liveTableNames ?? s.live.map((t) => t.shape.name);
  return buildPlan(diffAll(s.desired, liveTables, { prune: s.prune ?? false, liveTableNames }), liveTables);
}

export function scenario(name: string): Scenario {
  const found = SCENARIOS.find((s) => s.name === name);
  if (!found) throw new Error(`no scenario ${name}`);
  return found;
}
