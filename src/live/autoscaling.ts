/**
 * The autoscaling ranges of a table and its GSIs, read from Application Auto Scaling:
 * DescribeScalableTargets (ServiceNamespace dynamodb, the table's and each GSI's ResourceId) gives
 * each target's MinCapacity / MaxCapacity, DescribeScalingPolicies the target tracking policy on
 * DynamoDBRead/WriteCapacityUtilization and its TargetValue.
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html
 * https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalingPolicies.html
 * DynamoDB Local has no Application Auto Scaling: known by its ARNs (region `ddblocal`) without a
 * call, and any endpoint that answers the calls as unknown operations is marked unsupported too.
 */
import { DescribeScalableTargetsCommand, DescribeScalingPoliciesCommand, type ScalableTarget, type ScalingPolicy } from '@aws-sdk/client-application-auto-scaling';
import { canonicalAutoscaling, DIMENSIONS, scalableDimension, scalingResourceId, utilizationMetric } from '../model/autoscaling.js';
import type { Autoscaling, CapacityScaling, ScalingRange } from '../model/table-shape.js';
import { isDynamoDbLocalArn, type Unsupported } from './capabilities.js';
import type { LiveClient } from './live-client.js';

async function targetsOf(live: LiveClient, resourceIds: string[]): Promise<ScalableTarget[]> {
  const out: ScalableTarget[] = [];
  let token: string | undefined;
  do {
    const page = await live.scaling.send(new DescribeScalableTargetsCommand({ ServiceNamespace: 'dynamodb', ResourceIds: resourceIds, NextToken: token }));
    out.push(...(page.ScalableTargets ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}

async function policiesOf(live: LiveClient, resourceId: string): Promise<ScalingPolicy[]> {
  const out: ScalingPolicy[] = [];
  let token: string | undefined;
  do {
    const page = await live.scaling.send(new DescribeScalingPoliciesCommand({ ServiceNamespace: 'dynamodb', ResourceId: resourceId, NextToken: token }));
    out.push(...(page.ScalingPolicies ?? []));
    token = page.NextToken;
  } while (token);
  return out;
}

/** The ranges of `table` and of `indexes` (its GSIs); UNSUPPORTED where the endpoint has no Application Auto Scaling. */
export async function readAutoscaling(live: LiveClient, table: string, arn: string | undefined, indexes: readonly string[]): Promise<Autoscaling | Unsupported> {
  if (isDynamoDbLocalArn(arn)) live.capabilities.mark('autoscaling', false);
  return live.capabilities.call('autoscaling', async () => {
    const owners: (string | null)[] = [null, ...indexes];
    const ids = owners.map((i) => scalingResourceId(table, i));
    const targets = await targetsOf(live, ids);
    const withTargets = [...new Set(targets.map((t) => t.ResourceId ?? ''))];
    const policies = new Map(await Promise.all(withTargets.map(async (id) => [id, await policiesOf(live, id)] as const)));
    const scaling = (index: string | null): CapacityScaling => {
      const id = scalingResourceId(table, index);
      const one = (d: (typeof DIMENSIONS)[number]): ScalingRange | null => {
        const t = targets.find((x) => x.ResourceId === id && x.ScalableDimension === scalableDimension(index, d));
        if (!t || t.MinCapacity === undefined || t.MaxCapacity === undefined) return null;
        const p = (policies.get(id) ?? []).find(
          (x) =>
            x.ScalableDimension === t.ScalableDimension &&
            x.PolicyType === 'TargetTrackingScaling' &&
            x.TargetTrackingScalingPolicyConfiguration?.PredefinedMetricSpecification?.PredefinedMetricType === utilizationMetric(d),
        );
        return { min: t.MinCapacity, max: t.MaxCapacity, targetUtilization: p?.TargetTrackingScalingPolicyConfiguration?.TargetValue ?? null };
      };
      return { read: one('read'), write: one('write') };
    };
    return canonicalAutoscaling(scaling(null), Object.fromEntries(indexes.map((i) => [i, scaling(i)])));
  });
}
