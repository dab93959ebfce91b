/**
 * The Application Auto Scaling steps (plan/autoscaling-steps.ts), against the LiveClient's scaling
 * client. Each is safe to run twice: a target already registered with the range is left alone
 * (unless the capacity is outside it), PutScalingPolicy replaces a policy of the same name, and a
 * target already gone is not an error.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScalingPolicy.html
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeregisterScalableTarget.html
 */
import {
  DeregisterScalableTargetCommand,
  DescribeScalableTargetsCommand,
  PutScalingPolicyCommand,
  RegisterScalableTargetCommand,
  type ApplicationAutoScalingClient,
  type ScalableDimension,
} from '@aws-sdk/client-application-auto-scaling';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import { waitForActive, type WaitOptions } from '../live/wait.js';
import { normaliseDescription } from '../live/normalise-live.js';
import { sleep } from '../util/retry.js';
import { capacityName, inRange, scalableDimension, scalingPolicyName, scalingResourceId, utilizationMetric, type CapacityDimension } from '../model/autoscaling.js';
import type { Step } from '../model/step.js';
import type { TableShape } from '../model/table-shape.js';
import { errorName } from '../live/aws-errors.js';

type Of<K extends Step['kind']> = Extract<Step, { kind: K }>;

const target = (table: string, index: string | null, dimension: CapacityDimension) => ({
  ServiceNamespace: 'dynamodb' as const,
  ResourceId: scalingResourceId(table, index),
  ScalableDimension: scalableDimension(index, dimension) as ScalableDimension,
});

/** The provisioned units of one capacity in `shape` (null when on-demand or the index is missing). */
export function unitsOf(shape: Pick<TableShape, 'billing' | 'globalIndexes'>, index: string | null, dimension: CapacityDimension): number | null {
  if (index === null) return shape.billing.mode === 'PROVISIONED' ? shape.billing[dimension] : null;
  return shape.globalIndexes.find((g) => g.name === index)?.capacity?.[dimension] ?? null;
}

export async function registerTarget(scaling: ApplicationAutoScalingClient, step: Of<'RegisterScalableTarget'>, shape: Pick<TableShape, 'billing' | 'globalIndexes'>): Promise<'already' | 'done'> {
  const t = target(step.table, step.index, step.dimension);
  const now = await scaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'dynamodb', ResourceIds: [t.ResourceId], ScalableDimension: t.ScalableDimension }));
  const cur = (now.ScalableTargets ?? [])[0];
  const units = unitsOf(shape, step.index, step.dimension);
  const range = { min: step.min, max: step.max };
  if (cur?.MinCapacity === step.min && cur.MaxCapacity === step.max && (units === null || inRange(range, units))) return 'already';
  await scaling.send(new RegisterScalableTargetCommand({ ...t, MinCapacity: step.min, MaxCapacity: step.max }));
  return 'done';
}

export async function putPolicy(scaling: ApplicationAutoScalingClient, step: Of<'PutScalingPolicy'>): Promise<void> {
  await scaling.send(
    new PutScalingPolicyCommand({
      ...target(step.table, step.index, step.dimension),
      PolicyName: scalingPolicyName(step.table, step.index, step.dimension),
      PolicyType: 'TargetTrackingScaling',
      TargetTrackingScalingPolicyConfiguration: {
        TargetValue: step.targetUtilization,
        PredefinedMetricSpecification: { PredefinedMetricType: utilizationMetric(step.dimension) },
      },
    }),
  );
}

export async function deregisterTarget(scaling: ApplicationAutoScalingClient, step: Of<'DeregisterScalableTarget'>): Promise<'already' | 'done'> {
  try {
    await scaling.send(new DeregisterScalableTargetCommand(target(step.table, step.index, step.dimension)));
    return 'done';
  } catch (e) {
    // API_DeregisterScalableTarget: ObjectNotFoundException when the target is not registered.
    if (errorName(e) === 'ObjectNotFoundException') return 'already';
    throw e;
  }
}

/**
 * After a register: the table ACTIVE and the capacity inside the range. Application Auto Scaling
 * moves a capacity outside the range inside it with an UpdateTable of its own (the table is
 * UPDATING meanwhile), so the wait reads DescribeTable until both hold.
 */
export async function waitInRange(client: DynamoDBClient, step: Of<'RegisterScalableTarget'>, opts: WaitOptions): Promise<void> {
  const start = Date.now();
  for (let interval = Math.max(1, opts.pollIntervalMs.initial); ; interval = Math.min(interval * 2, opts.pollIntervalMs.max)) {
    const desc = await waitForActive(client, step.table, opts);
    const units = unitsOf(normaliseDescription(desc), step.index, step.dimension);
    if (units === null || inRange(step, units)) return;
    const elapsed = Date.now() - start;
    if (elapsed >= opts.timeoutMs) {
      throw new DdbMigrateError({
        code: 'EXEC_WAIT_TIMEOUT',
        table: step.table,
        message: `gave up waiting for the ${capacityName(step.table, step.index, step.dimension)} to move inside ${step.min}-${step.max} after ${Math.round(elapsed / 1000)}s: it is ${units}`,
        hint: 'Application Auto Scaling has not moved it yet. Run `ddb-migrate plan` later.',
      });
    }
    opts.onProgress(`waiting for the ${capacityName(step.table, step.index, step.dimension)} (${units}) to move inside ${step.min}-${step.max}`, elapsed);
    await sleep(Math.min(interval, Math.max(1, opts.timeoutMs - elapsed)), opts.signal);
  }
}
