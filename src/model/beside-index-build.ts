/**
 * Which steps may start while a global secondary index of the same table is still being built (a
 * build an earlier detached apply left in flight, or one this run detached from), as data: so
 * `apply --wait-timeout` / `--detach` goes on with the steps that do not depend on the build and
 * never sends one DynamoDB would refuse meanwhile (docs/dynamodb-rules.md, "While an index builds").
 *
 * - `never`: refused for the whole build. Only one index can be created or deleted at a time per
 *   table (LimitExceededException "Only 1 online index can be created or deleted simultaneously per
 *   table"), and the table cannot be deleted while an index is created
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GSI.OnlineOps.html).
 * - `backfilling`: other UpdateTable calls, accepted once the new index is backfilling ("Once the
 *   index begins backfilling, you can use UpdateTable to perform other operations",
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html), refused
 *   during its resource allocation (IndexStatus CREATING, Backfilling false).
 * - `table-active`: operations of their own API (TTL, tags, backups, contributor insights, resource
 *   policy, Kinesis), which need the table ACTIVE, not every index: the table stays ACTIVE while an
 *   index is created on it, only the index is CREATING
 *   (https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_GlobalSecondaryIndexDescription.html).
 *   Application Auto Scaling steps are another service's; a target of the index being built waits
 *   for the build (the index must exist to be registered), the table's need the table ACTIVE.
 */
import type { Step, StepKind } from './step.js';

export type BesideIndexBuild = 'never' | 'backfilling' | 'table-active';

/** Exhaustive: a new step kind does not compile until it says whether it may run beside a build. */
const BESIDE_INDEX_BUILD: Readonly<Record<StepKind, BesideIndexBuild>> = {
  CreateTable: 'never',
  DeleteTable: 'never',
  DeleteGlobalIndex: 'never',
  CreateGlobalIndex: 'never',
  // An UpdateTable like the others (a replica needs the table's indexes settled to copy them).
  UpdateReplica: 'never',
  UpdateThroughput: 'backfilling',
  UpdateStream: 'backfilling',
  UpdateDeletionProtection: 'backfilling',
  UpdateTableClass: 'backfilling',
  UpdateSse: 'backfilling',
  UpdateWarmThroughput: 'backfilling',
  UpdateContributorInsights: 'table-active',
  UpdateResourcePolicy: 'table-active',
  UpdateKinesisDestination: 'table-active',
  UpdateTtl: 'table-active',
  TagTable: 'table-active',
  UntagTable: 'table-active',
  UpdatePointInTimeRecovery: 'table-active',
  RegisterScalableTarget: 'table-active',
  PutScalingPolicy: 'table-active',
  DeregisterScalableTarget: 'table-active',
};

/** The index a step works on, when it is about one index (it then waits for that index's build). */
function indexOf(step: Step): string | null {
  if (step.kind === 'CreateGlobalIndex') return step.index.name;
  if (step.kind === 'DeleteGlobalIndex') return step.index;
  if (step.kind === 'UpdateContributorInsights') return step.index;
  if (step.kind === 'RegisterScalableTarget' || step.kind === 'PutScalingPolicy' || step.kind === 'DeregisterScalableTarget') return step.index;
  return null;
}

/** An index being built on the table, as DescribeTable reports it. */
export interface IndexBuild {
  readonly name: string;
  /** DescribeTable's `Backfilling`: false while DynamoDB allocates resources, true once it copies items. */
  readonly backfilling: boolean;
}

/**
 * Whether `step` may start now, beside `builds` (the indexes CREATING on its table). `afterHeldStep`:
 * an earlier step of the same run's table was left in flight or deferred, so only steps that depend
 * on nothing before them (`table-active`) may overtake it; an UpdateTable step keeps its plan order.
 */
export function mayRunBesideBuilds(step: Step, builds: readonly IndexBuild[], afterHeldStep: boolean): boolean {
  const own = indexOf(step);
  if (own !== null && builds.some((b) => b.name === own)) return false;
  const rule = BESIDE_INDEX_BUILD[step.kind];
  if (rule === 'table-active') return true;
  if (rule === 'never' || afterHeldStep) return false;
  return builds.every((b) => b.backfilling);
}

/** The indexes a held (in-flight or deferred) step is about: later steps on them are held too. */
export function heldIndex(step: Step): string | null {
  return indexOf(step);
}
