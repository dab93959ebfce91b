/** Steps per table change kind: create, drop, replace, modify. */
import type { TableChange, TableChangeKind } from '../model/change.js';
import type { Step } from '../model/step.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { targetShape } from '../diff/mask-unsupported.js';
import { makeStep } from './make-step.js';
import { modifySteps } from './modify-steps.js';
import { addOrModifyReplicaSteps } from './replica-steps.js';
import { deregisterAll, registerAll } from './autoscaling-steps.js';

type Of<K extends TableChangeKind> = Extract<TableChange, { kind: K }>;

/**
 * CreateTable carries the GSIs, LSIs, stream, deletion protection, table class and tags; TTL, PITR
 * and contributor insights have their own APIs, so they follow as separate steps.
 */
function createSteps(change: TableChange, shape: TableShape): Step[] {
  const notes =
    shape.globalIndexes.length + shape.localIndexes.length > 0
      ? ['indexes are created with the table: no backfill, no one-at-a-time limit']
      : [];
  return [
    makeStep(shape.name, change, 'table-active', { kind: 'CreateTable', shape }, notes),
    // Application Auto Scaling: each range of the new table and its indexes (it starts at min).
    ...registerAll(shape.name, change, shape.autoscaling),
    ...(shape.ttl !== null
      ? [makeStep(shape.name, change, 'none', { kind: 'UpdateTtl', attribute: shape.ttl, enabled: true })]
      : []),
    ...(shape.pointInTimeRecovery
      ? [
          makeStep(shape.name, change, 'none', {
            kind: 'UpdatePointInTimeRecovery',
            enabled: true,
            ...(shape.pointInTimeRecoveryDays !== null ? { recoveryPeriodDays: shape.pointInTimeRecoveryDays } : {}),
          }),
        ]
      : []),
    ...insightsSteps(change, shape),
    ...(shape.kinesisDestination !== null
      ? [makeStep(shape.name, change, 'kinesis-destination-settled', { kind: 'UpdateKinesisDestination', action: 'enable', streamArn: shape.kinesisDestination.streamArn, precision: shape.kinesisDestination.precision })]
      : []),
    ...(shape.resourcePolicy !== null ? [makeStep(shape.name, change, 'none', { kind: 'UpdateResourcePolicy', policy: shape.resourcePolicy, expectedRevisionId: 'NO_POLICY' })] : []),
    // Replicas after the table exists (CreateTable cannot create them), one UpdateTable each.
    ...shape.replicas.flatMap((replica) => addOrModifyReplicaSteps(shape.name, { kind: 'AddReplica', replica })),
  ];
}

/** One UpdateContributorInsights per target that has insights on: the table, then each index. */
function insightsSteps(change: TableChange, shape: TableShape): Step[] {
  const targets = [...(shape.contributorInsights.table ? [[null, shape.contributorInsights.table] as const] : []), ...Object.entries(shape.contributorInsights.indexes)];
  return targets.map(([index, mode]) => makeStep(shape.name, change, 'contributor-insights-settled', { kind: 'UpdateContributorInsights', index, mode }));
}

/**
 * No delete step for a deletion-protected table: DM011 says why (never switched off implicitly).
 * Its scalable targets are deregistered first: deleting a table does not remove them.
 */
function deleteStep(change: TableChange, live: TableShape): Step[] {
  if (live.deletionProtection) return [];
  return [
    ...deregisterAll(live.name, change, live.autoscaling),
    makeStep(live.name, change, 'table-gone', { kind: 'DeleteTable' }, [
      'every item, index and the stream are deleted',
    ]),
  ];
}

type StepsOf<K extends TableChangeKind> = (change: Of<K>, live: LiveTable | undefined) => Step[];

export const TABLE_STEPS: { readonly [K in TableChangeKind]: StepsOf<K> } = {
  CreateTable: (c) => createSteps(c, c.desired),
  DropTable: (c) => deleteStep(c, c.live),
  ReplaceTable: (c, live) => {
    const deletion = deleteStep(c, c.live);
    // The new table lives on the same endpoint: leave out what it does not support (tags, PITR on Local).
    const shape = live ? targetShape(c.desired, live.shape, live.unsupported) : c.desired;
    return deletion.length === 0 ? [] : [...deletion, ...createSteps(c, shape)];
  },
  ModifyTable: (c) => modifySteps(c),
};

/** The ordered steps of one table change; `live` tells which features the endpoint lacks. */
export function stepsFor(change: TableChange, live: LiveTable | undefined): Step[] {
  return (TABLE_STEPS[change.kind] as (c: TableChange, l: LiveTable | undefined) => Step[])(change, live);
}
