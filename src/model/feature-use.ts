/**
 * Which endpoint features a table shape uses (a setting away from DynamoDB's default), and which
 * step needs which feature: so a plan can say, for a table it creates, which of its settings the
 * endpoint is already known not to support and which steps apply will skip for that reason.
 */
import type { StepKind } from './step.js';
import type { Feature, TableShape } from './table-shape.js';
import { isAutoscaled } from './autoscaling.js';

/** Exhaustive: a new Feature fails to compile until it says when a shape uses it. */
const USES: Readonly<Record<Feature, (s: TableShape) => boolean>> = {
  tags: (s) => Object.keys(s.tags).length > 0,
  pointInTimeRecovery: (s) => s.pointInTimeRecovery,
  pointInTimeRecoveryPeriod: (s) => s.pointInTimeRecoveryDays !== null,
  ttl: (s) => s.ttl !== null,
  stream: (s) => s.stream !== null,
  tableClass: (s) => s.tableClass !== 'STANDARD',
  sse: (s) => s.sse !== null,
  warmThroughput: (s) => s.warmThroughput !== null || s.globalIndexes.some((g) => g.warmThroughput !== null),
  contributorInsights: (s) => s.contributorInsights.table !== null || Object.keys(s.contributorInsights.indexes).length > 0,
  resourcePolicy: (s) => s.resourcePolicy !== null,
  kinesisDestination: (s) => s.kinesisDestination !== null,
  replicas: (s) => s.replicas.length > 0,
  autoscaling: (s) => isAutoscaled(s.autoscaling),
  globalIndexOnDemand: (s) => s.globalIndexes.some((g) => g.onDemand !== null && (g.onDemand.maxRead !== null || g.onDemand.maxWrite !== null)),
};

/** The features of `among` that `shape` uses, in `among`'s order. */
export function featuresInUse(shape: TableShape, among: Iterable<Feature>): Feature[] {
  return [...among].filter((f) => USES[f](shape));
}

/** The feature a step needs from the endpoint, or null when every endpoint has it. */
export const STEP_FEATURE: Readonly<Record<StepKind, Feature | null>> = {
  CreateTable: null,
  DeleteTable: null,
  DeleteGlobalIndex: null,
  CreateGlobalIndex: null,
  UpdateThroughput: null,
  UpdateStream: 'stream',
  UpdateDeletionProtection: null,
  UpdateTableClass: 'tableClass',
  UpdateSse: 'sse',
  UpdateWarmThroughput: 'warmThroughput',
  UpdateTtl: 'ttl',
  TagTable: 'tags',
  UntagTable: 'tags',
  UpdatePointInTimeRecovery: 'pointInTimeRecovery',
  UpdateContributorInsights: 'contributorInsights',
  UpdateResourcePolicy: 'resourcePolicy',
  UpdateKinesisDestination: 'kinesisDestination',
  UpdateReplica: 'replicas',
  RegisterScalableTarget: 'autoscaling',
  PutScalingPolicy: 'autoscaling',
  DeregisterScalableTarget: 'autoscaling',
};

/**
 * The step's notes as a plan shows them: its own, and, when the plan's table lists the step's
 * feature as unsupported by the endpoint, that apply skips it (as the executor does).
 */
export function stepNotes(step: { readonly kind: StepKind; readonly notes: readonly string[] }, unsupported: readonly Feature[]): readonly string[] {
  const feature = STEP_FEATURE[step.kind];
  if (feature === null || !unsupported.includes(feature)) return step.notes;
  return [...step.notes, `apply skips this step: ${feature} is not supported by this endpoint`];
}
