/**
 * Autoscaling helpers shared by both sides, the diff, the planner and the executor: the canonical
 * "none anywhere", the targets of a table (the table, then each GSI), and Application Auto Scaling's
 * names for DynamoDB (docs/dynamodb-rules.md, "Autoscaling"):
 * - ResourceId `table/<table>` or `table/<table>/index/<index>`;
 * - ScalableDimension `dynamodb:table:ReadCapacityUnits` / `...WriteCapacityUnits`, `dynamodb:index:...`;
 * - target tracking on PredefinedMetricType `DynamoDBReadCapacityUtilization` / `DynamoDBWriteCapacityUtilization`.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html
 * Pure.
 */
import { compareCodeUnits } from './order.js';
import type { Autoscaling, CapacityScaling, ScalingRange } from './table-shape.js';

/** One scalable capacity of a target. */
export type CapacityDimension = 'read' | 'write';

export const DIMENSIONS: readonly CapacityDimension[] = ['read', 'write'];

/** The target utilization when the spec leaves it out (the DynamoDB console's default). */
export const DEFAULT_TARGET_UTILIZATION = 70;

/** DynamoDB's documented bounds of a target utilization, in percent. */
export const TARGET_UTILIZATION_BOUNDS = { min: 20, max: 90 } as const;

export const NO_SCALING: CapacityScaling = { read: null, write: null };

export const AUTOSCALING_OFF: Autoscaling = { table: NO_SCALING, indexes: {} };

const hasRange = (c: CapacityScaling) => c.read !== null || c.write !== null;

/** The canonical form: indexes without any range left out, keys in sorted order. */
export function canonicalAutoscaling(table: CapacityScaling, indexes: Readonly<Record<string, CapacityScaling>>): Autoscaling {
  const kept = Object.keys(indexes)
    .filter((k) => hasRange(indexes[k] ?? NO_SCALING))
    .sort(compareCodeUnits)
    .map((k) => [k, indexes[k] as CapacityScaling] as const);
  return { table: { read: table.read, write: table.write }, indexes: Object.fromEntries(kept) };
}

/** The ranges of one target: the table (`index` null) or one GSI. */
export function scalingOf(a: Autoscaling, index: string | null): CapacityScaling {
  return index === null ? a.table : (a.indexes[index] ?? NO_SCALING);
}

export function isAutoscaled(a: Autoscaling): boolean {
  return hasRange(a.table) || Object.keys(a.indexes).length > 0;
}

export function sameRange(a: ScalingRange | null, b: ScalingRange | null): boolean {
  if (a === null || b === null) return a === b;
  return a.min === b.min && a.max === b.max && a.targetUtilization === b.targetUtilization;
}

export function inRange(r: Pick<ScalingRange, 'min' | 'max'>, units: number): boolean {
  return units >= r.min && units <= r.max;
}

/** Where Application Auto Scaling moves a capacity when the range is registered. */
export function clampToRange(r: ScalingRange, units: number): number {
  return Math.min(r.max, Math.max(r.min, units));
}

/** `5-100 at 70%`; `fixed` when there is no range. */
export function rangeLabel(r: ScalingRange | null): string {
  if (r === null) return 'fixed';
  return `${r.min}-${r.max} ${r.targetUtilization === null ? '(no target tracking policy)' : `at ${r.targetUtilization}%`}`;
}

/** Words for the whole setting: `none`, or `read 5-100 at 70%; index by-user write 1-10 at 50%`. */
export function autoscalingSummary(a: Autoscaling): string {
  const target = (prefix: string, c: CapacityScaling) => DIMENSIONS.flatMap((d) => (c[d] ? [`${prefix}${d} ${rangeLabel(c[d])}`] : []));
  const parts = [...target('', a.table), ...Object.entries(a.indexes).flatMap(([i, c]) => target(`index ${i} `, c))];
  return parts.length === 0 ? 'none' : parts.join('; ');
}

/** `read capacity of messages`, `write capacity of GSI by-user of messages`. */
export function capacityName(table: string, index: string | null, dimension: CapacityDimension): string {
  return `${dimension} capacity of ${index === null ? table : `GSI ${index} of ${table}`}`;
}

/** Application Auto Scaling's ResourceId of a DynamoDB table or GSI. */
export function scalingResourceId(table: string, index: string | null): string {
  return index === null ? `table/${table}` : `table/${table}/index/${index}`;
}

/** Application Auto Scaling's ScalableDimension of a DynamoDB capacity. */
export function scalableDimension(index: string | null, dimension: CapacityDimension): string {
  return `dynamodb:${index === null ? 'table' : 'index'}:${dimension === 'read' ? 'Read' : 'Write'}CapacityUnits`;
}

/** The predefined metric a target tracking policy of a DynamoDB capacity follows. */
export function utilizationMetric(dimension: CapacityDimension): 'DynamoDBReadCapacityUtilization' | 'DynamoDBWriteCapacityUtilization' {
  return dimension === 'read' ? 'DynamoDBReadCapacityUtilization' : 'DynamoDBWriteCapacityUtilization';
}

/** The policy name the DynamoDB console gives (`DynamoDBReadCapacityUtilization:table/messages`), so its policies are ours too. */
export function scalingPolicyName(table: string, index: string | null, dimension: CapacityDimension): string {
  return `${utilizationMetric(dimension)}:${scalingResourceId(table, index)}`;
}

/** Where plans and drift name a range: `autoscaling.read`, `globalIndexes.by-user.autoscaling.write`. */
export function autoscalingPath(index: string | null, dimension: CapacityDimension): string {
  return `${index === null ? '' : `globalIndexes.${index}.`}autoscaling.${dimension}`;
}

/** Where plans and drift name the units of a capacity: `billing.read`, `globalIndexes.by-user.capacity.write`. */
export function unitsPath(index: string | null, dimension: CapacityDimension): string {
  return index === null ? `billing.${dimension}` : `globalIndexes.${index}.capacity.${dimension}`;
}
