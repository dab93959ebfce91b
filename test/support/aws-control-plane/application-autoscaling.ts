/**
 * Application Auto Scaling for DynamoDB, which DynamoDB Local does not have (a separate service,
 * X-Amz-Target prefix AnyScaleFrontendService; the tool's client sends it to the same endpoint, so
 * this layer answers it). As AWS documents it, for ServiceNamespace `dynamodb`:
 * - RegisterScalableTarget { ServiceNamespace, ResourceId `table/<t>` | `table/<t>/index/<i>`,
 *   ScalableDimension `dynamodb:table|index:Read|WriteCapacityUnits`, MinCapacity, MaxCapacity }
 *   registers or updates the target; MinCapacity above MaxCapacity, a dimension that does not fit the
 *   resource, or a new target without both capacities is a ValidationException. When the resource
 *   is active, "it changes the resource's current capacity to a value that is inside of this range"
 *   (here: an UpdateTable to the engine, as the scaler's own would be).
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html
 * - PutScalingPolicy { PolicyName, ..., PolicyType TargetTrackingScaling,
 *   TargetTrackingScalingPolicyConfiguration { TargetValue, PredefinedMetricSpecification } } needs a
 *   registered target: ObjectNotFoundException otherwise; a policy of the same name is replaced.
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScalingPolicy.html
 *   The DynamoDB metrics: https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html
 * - DeregisterScalableTarget deletes the target and its policies; an unknown target is
 *   ObjectNotFoundException.
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeregisterScalableTarget.html
 * - DescribeScalableTargets { ServiceNamespace, ResourceIds?, ScalableDimension? } and
 *   DescribeScalingPolicies { ServiceNamespace, ResourceId?, ScalableDimension?, PolicyNames? }.
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html
 *   https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalingPolicies.html
 * - DynamoDB's use of it (a target per capacity, target tracking at 20-90 %):
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html
 * The error messages are the documented descriptions of the exceptions (the API pages' Errors),
 * followed by what was wrong. Deleting the table does not remove its targets (as on AWS).
 */
import type { Json } from '../fault-proxy.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';

const VALIDATION = 'An exception was thrown for a validation issue. Review the available parameters for the API request.';
const NOT_FOUND = 'The specified object could not be found.';

interface Target {
  resourceId: string;
  dimension: string;
  min: number;
  max: number;
}
interface Policy {
  name: string;
  resourceId: string;
  dimension: string;
  body: Json;
}

const invalid = (why: string): Refusal => ({ type: 'ValidationException', message: `${VALIDATION} (${why})` });
const notFound = (why: string): Refusal => ({ type: 'ObjectNotFoundException', message: `${NOT_FOUND} (${why})` });

/** `table/<t>` or `table/<t>/index/<i>`, with the dimension that fits it; null when it does not. */
function parse(resourceId: unknown, dimension: unknown): { table: string; index: string | null; field: 'Read' | 'Write' } | null {
  const m = /^table\/([^/]+)(?:\/index\/([^/]+))?$/.exec(String(resourceId));
  const d = /^dynamodb:(table|index):(Read|Write)CapacityUnits$/.exec(String(dimension));
  if (!m || !d || (m[2] === undefined) !== (d[1] === 'table')) return null;
  return { table: m[1] ?? '', index: m[2] ?? null, field: d[2] as 'Read' | 'Write' };
}

export function applicationAutoScalingRule(): ControlPlaneRule {
  const targets = new Map<string, Target>();
  const policies = new Map<string, Policy>();
  const key = (resourceId: unknown, dimension: unknown) => `${String(resourceId)}|${String(dimension)}`;
  const namespace = (req: Json): Refusal | null => (req['ServiceNamespace'] === 'dynamodb' ? null : invalid(`only ServiceNamespace dynamodb is emulated, got ${String(req['ServiceNamespace'])}`));

  return {
    sources: [
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_RegisterScalableTarget.html',
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PutScalingPolicy.html',
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_PredefinedMetricSpecification.html',
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DeregisterScalableTarget.html',
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalableTargets.html',
      'https://docs.aws.amazon.com/autoscaling/application/APIReference/API_DescribeScalingPolicies.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/AutoScaling.html',
    ],
    answers: {
      RegisterScalableTarget: async (req: Json, ctx: RuleContext) => {
        const ns = namespace(req);
        if (ns) return ns;
        const where = parse(req['ResourceId'], req['ScalableDimension']);
        if (!where) return invalid(`unsupported scalable dimension ${String(req['ScalableDimension'])} for resource ${String(req['ResourceId'])}`);
        const k = key(req['ResourceId'], req['ScalableDimension']);
        const cur = targets.get(k);
        const min = typeof req['MinCapacity'] === 'number' ? req['MinCapacity'] : cur?.min;
        const max = typeof req['MaxCapacity'] === 'number' ? req['MaxCapacity'] : cur?.max;
        if (min === undefined || max === undefined) return invalid('MinCapacity and MaxCapacity are required to register a new scalable target');
        if (min < 1) return invalid(`MinCapacity ${min} is below the minimum value allowed, 1`);
        if (min > max) return invalid(`Maximum capacity cannot be less than minimum capacity (MinCapacity ${min}, MaxCapacity ${max})`);
        if (!(await ctx.exists(where.table)) || (where.index !== null && !(await ctx.indexes(where.table)).includes(where.index))) {
          return invalid(`the resource ${String(req['ResourceId'])} does not exist`);
        }
        targets.set(k, { resourceId: String(req['ResourceId']), dimension: String(req['ScalableDimension']), min, max });
        await ctx.clampCapacity(where.table, where.index, where.field, min, max);
        return { ScalableTargetARN: `arn:aws:application-autoscaling:aws-emulated:000000000000:scalable-target/${Buffer.from(k).toString('hex').slice(0, 24)}` };
      },
      PutScalingPolicy: async (req: Json) => {
        const ns = namespace(req);
        if (ns) return ns;
        const k = key(req['ResourceId'], req['ScalableDimension']);
        if (!targets.has(k)) return notFound(`no scalable target is registered for ${String(req['ResourceId'])} ${String(req['ScalableDimension'])}`);
        if (req['PolicyType'] !== 'TargetTrackingScaling') return invalid('only TargetTrackingScaling policies are emulated');
        const config = req['TargetTrackingScalingPolicyConfiguration'] as Json | undefined;
        if (typeof config?.['TargetValue'] !== 'number') return invalid('TargetTrackingScalingPolicyConfiguration.TargetValue is required');
        const name = String(req['PolicyName'] ?? '');
        policies.set(`${k}|${name}`, { name, resourceId: String(req['ResourceId']), dimension: String(req['ScalableDimension']), body: config });
        return { PolicyARN: `arn:aws:autoscaling:aws-emulated:000000000000:scalingPolicy:policyName/${name}`, Alarms: [] };
      },
      DeregisterScalableTarget: async (req: Json) => {
        const ns = namespace(req);
        if (ns) return ns;
        const k = key(req['ResourceId'], req['ScalableDimension']);
        if (!targets.delete(k)) return notFound(`no scalable target is registered for ${String(req['ResourceId'])} ${String(req['ScalableDimension'])}`);
        for (const pk of [...policies.keys()]) if (pk.startsWith(`${k}|`)) policies.delete(pk);
        return {};
      },
      DescribeScalableTargets: async (req: Json) => {
        const ns = namespace(req);
        if (ns) return ns;
        const ids = Array.isArray(req['ResourceIds']) ? (req['ResourceIds'] as unknown[]).map(String) : null;
        const list = [...targets.values()].filter((t) => (ids === null || ids.includes(t.resourceId)) && (req['ScalableDimension'] === undefined || req['ScalableDimension'] === t.dimension));
        return {
          ScalableTargets: list.map((t) => ({ ServiceNamespace: 'dynamodb', ResourceId: t.resourceId, ScalableDimension: t.dimension, MinCapacity: t.min, MaxCapacity: t.max, RoleARN: 'arn:aws:iam::000000000000:role/aws-service-role/dynamodb.application-autoscaling.amazonaws.com/AWSServiceRoleForApplicationAutoScaling_DynamoDBTable', CreationTime: 0 })),
        };
      },
      DescribeScalingPolicies: async (req: Json) => {
        const ns = namespace(req);
        if (ns) return ns;
        const names = Array.isArray(req['PolicyNames']) ? (req['PolicyNames'] as unknown[]).map(String) : null;
        const list = [...policies.values()].filter(
          (p) => (req['ResourceId'] === undefined || req['ResourceId'] === p.resourceId) && (req['ScalableDimension'] === undefined || req['ScalableDimension'] === p.dimension) && (names === null || names.includes(p.name)),
        );
        return {
          ScalingPolicies: list.map((p) => ({ PolicyName: p.name, ServiceNamespace: 'dynamodb', ResourceId: p.resourceId, ScalableDimension: p.dimension, PolicyType: 'TargetTrackingScaling', TargetTrackingScalingPolicyConfiguration: p.body, Alarms: [], CreationTime: 0 })),
        };
      },
    },
  };
}
