/**
 * Features an endpoint does not support are masked, never diffed: DynamoDB Local reports no tags
 * and no PITR, so comparing them would show a change that can never converge.
 */
import type { Feature, ReplicaShape, TableShape } from '../model/table-shape.js';

type Copier = (onto: TableShape, from: TableShape) => TableShape;

/** Each GSI of `onto` with the on-demand maximums of the same-named GSI of `from` (new ones keep theirs). */
const copyIndexOnDemand: Copier = (onto, from) => {
  const other = new Map(from.globalIndexes.map((g) => [g.name, g]));
  return {
    ...onto,
    globalIndexes: onto.globalIndexes.map((g) => {
      const f = other.get(g.name);
      return f ? { ...g, onDemand: f.onDemand } : g;
    }),
  };
};

/** `onto`'s replicas, each with `copy` applied from the same-Region replica of `from` (others as they are). */
function replicasWith(onto: TableShape, from: TableShape, copy: (r: ReplicaShape, f: ReplicaShape) => ReplicaShape): ReplicaShape[] {
  const other = new Map(from.replicas.map((r) => [r.region, r]));
  return onto.replicas.map((r) => {
    const f = other.get(r.region);
    return f ? copy(r, f) : r;
  });
}

/** How each feature is copied from one shape onto another (a new Feature without a copier fails to compile). */
const COPY_FEATURE: Readonly<Record<Feature, Copier>> = {
  // A replica's tags and PITR are the same APIs in its Region: unsupported there too.
  tags: (onto, from) => ({ ...onto, tags: from.tags, replicas: replicasWith(onto, from, (r, f) => ({ ...r, tags: f.tags })) }),
  pointInTimeRecovery: (onto, from) => ({
    ...onto,
    pointInTimeRecovery: from.pointInTimeRecovery,
    pointInTimeRecoveryDays: from.pointInTimeRecoveryDays,
    replicas: replicasWith(onto, from, (r, f) => ({ ...r, pointInTimeRecovery: f.pointInTimeRecovery })),
  }),
  ttl: (onto, from) => ({ ...onto, ttl: from.ttl }),
  stream: (onto, from) => ({ ...onto, stream: from.stream }),
  tableClass: (onto, from) => ({ ...onto, tableClass: from.tableClass }),
  sse: (onto, from) => ({ ...onto, sse: from.sse }),
  pointInTimeRecoveryPeriod: (onto, from) => ({ ...onto, pointInTimeRecoveryDays: onto.pointInTimeRecovery ? from.pointInTimeRecoveryDays : null }),
  warmThroughput: (onto, from) => {
    const other = new Map(from.globalIndexes.map((g) => [g.name, g]));
    return {
      ...onto,
      warmThroughput: from.warmThroughput,
      globalIndexes: onto.globalIndexes.map((g) => ({ ...g, warmThroughput: other.get(g.name)?.warmThroughput ?? null })),
    };
  },
  contributorInsights: (onto, from) => ({ ...onto, contributorInsights: from.contributorInsights }),
  resourcePolicy: (onto, from) => ({ ...onto, resourcePolicy: from.resourcePolicy }),
  kinesisDestination: (onto, from) => ({ ...onto, kinesisDestination: from.kinesisDestination }),
  replicas: (onto, from) => ({ ...onto, replicas: from.replicas }),
  autoscaling: (onto, from) => ({ ...onto, autoscaling: from.autoscaling }),
  // An index created by this apply keeps its own: the endpoint honours them in a GSI create.
  globalIndexOnDemand: copyIndexOnDemand,
};

/** `onto` with every feature in `features` taken from `from`. Inputs are not mutated. */
export function copyFeatures(onto: TableShape, from: TableShape, features: readonly Feature[]): TableShape {
  return features.reduce<TableShape>((shape, feature) => COPY_FEATURE[feature](shape, from), onto);
}

/** The live shape as the diff sees it: unsupported features read as if they had the desired value. */
export function maskLive(live: TableShape, desired: TableShape, unsupported: readonly Feature[]): TableShape {
  return copyFeatures(live, desired, unsupported);
}

/** What the live table will look like after apply: desired, with unsupported features as the endpoint reports them. */
export function targetShape(desired: TableShape, live: TableShape, unsupported: readonly Feature[]): TableShape {
  return copyFeatures(desired, live, unsupported);
}
