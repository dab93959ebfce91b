/**
 * Features an endpoint does not support are masked, never diffed: DynamoDB Local reports no tags
 * and no PITR, so comparing them would show a change that can never converge.
 */
import type { Feature, TableShape } from '../model/table-shape.js';

type Copier = (onto: TableShape, from: TableShape) => TableShape;

/** How each feature is copied from one shape onto another (a new Feature without a copier fails to compile). */
const COPY_FEATURE: Readonly<Record<Feature, Copier>> = {
  tags: (onto, from) => ({ ...onto, tags: from.tags }),
  pointInTimeRecovery: (onto, from) => ({ ...onto, pointInTimeRecovery: from.pointInTimeRecovery }),
  ttl: (onto, from) => ({ ...onto, ttl: from.ttl }),
  stream: (onto, from) => ({ ...onto, stream: from.stream }),
  tableClass: (onto, from) => ({ ...onto, tableClass: from.tableClass }),
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
