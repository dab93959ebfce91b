/**
 * Golden scenarios for global tables (issue 15.2): `replicas:` Region by Region. One replica per
 * UpdateTable (ReplicaUpdates), each waited to ACTIVE before the next step; removing one is
 * destructive (DM014); adding one notes the copy time (DM108); the settings that live in a replica's
 * Region are their own steps there; DynamoDB Local (replicas unsupported) never shows a diff.
 */
import type { ReplicaShape } from '../../src/model/table-shape.js';
import { bareReplica } from '../../src/model/replicas.js';
import { gsi, live, onDemand, table } from '../support/builders.js';
import type { Scenario } from './scenarios.js';

const replica = (region: string, own: Partial<ReplicaShape> = {}): ReplicaShape => ({ ...bareReplica(region), ...own });
const global = (replicas: readonly ReplicaShape[], more: Parameters<typeof table>[0] = {}) =>
  table({ billing: onDemand(), stream: 'NEW_AND_OLD_IMAGES', replicas, ...more });

export const REPLICA_SCENARIOS: readonly Scenario[] = [
  { name: 'replica-added', desired: [global([replica('eu-west-1')])], live: [live(global([]))], steps: ['UpdateReplica'], impact: 'update', codes: ['DM108_REPLICA_CREATION_TIME'] },
  {
    name: 'replicas-two-added',
    desired: [global([replica('ap-south-1'), replica('eu-west-1')])],
    live: [live(global([]))],
    steps: ['UpdateReplica', 'UpdateReplica'],
    impact: 'update',
    codes: ['DM108_REPLICA_CREATION_TIME', 'DM108_REPLICA_CREATION_TIME'],
  },
  {
    name: 'replica-removed-is-destructive',
    desired: [global([replica('eu-west-1')])],
    live: [live(global([replica('ap-south-1'), replica('eu-west-1')]))],
    steps: ['UpdateReplica'],
    impact: 'update',
    codes: ['DM014_DELETE_REPLICA'],
  },
  {
    name: 'replica-gsi-added-to-global-table',
    desired: [global([replica('eu-west-1')], { globalIndexes: [gsi('by-user', { capacity: null, onDemand: { maxRead: null, maxWrite: null } })] })],
    live: [live(global([replica('eu-west-1')]))],
    steps: ['CreateGlobalIndex'],
    impact: 'update',
    codes: ['DM104_GSI_BACKFILL'],
  },
  {
    name: 'replica-added-with-regional-settings',
    desired: [global([replica('eu-west-1', { maxRead: 500, pointInTimeRecovery: true, deletionProtection: true, tags: { team: 'dm' } })])],
    live: [live(global([]))],
    steps: ['UpdateReplica', 'UpdateDeletionProtection', 'UpdatePointInTimeRecovery', 'TagTable'],
    impact: 'update',
    codes: ['DM108_REPLICA_CREATION_TIME'],
  },
  {
    name: 'replica-drift-per-region',
    desired: [global([replica('ap-south-1'), replica('eu-west-1', { pointInTimeRecovery: true })])],
    live: [live(global([replica('ap-south-1', { maxRead: 100 }), replica('eu-west-1')]))],
    steps: ['UpdateReplica', 'UpdatePointInTimeRecovery'],
    impact: 'update',
  },
  { name: 'replica-create-table', desired: [global([replica('eu-west-1')])], live: [], steps: ['CreateTable', 'UpdateReplica'], impact: 'create', codes: ['DM108_REPLICA_CREATION_TIME'] },
  { name: 'replica-unsupported-masked', desired: [global([replica('eu-west-1')])], live: [live(global([]), { unsupported: ['replicas'] })], steps: [], impact: 'no-op' },
];
