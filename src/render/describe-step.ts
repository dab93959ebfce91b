/** One line per step, for the plan and for the executor's progress and report. */
import type { Step, StepKind } from '../model/step.js';
import { policyLabel } from '../model/resource-policy.js';
import { replicaLabel } from '../model/replicas.js';
import { autoscalingSummary, capacityName, isAutoscaled, scalingPolicyName } from '../model/autoscaling.js';
import { billingLabel, capacityLabel, encryptionLabel, recoveryPeriodLabel, warmLabel, globalIndexLabel, keyLabel, throughputLabel } from '../model/labels.js';

type Of<K extends StepKind> = Extract<Step, { kind: K }>;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

const DESCRIBE: { readonly [K in StepKind]: (s: Of<K>) => string } = {
  CreateTable: ({ table, shape }) => {
    const parts = [
      `partition ${keyLabel(shape.partitionKey)}${shape.sortKey ? `, sort ${keyLabel(shape.sortKey)}` : ''}`,
      billingLabel(shape.billing),
      ...(shape.globalIndexes.length > 0 ? [plural(shape.globalIndexes.length, 'GSI')] : []),
      ...(shape.localIndexes.length > 0 ? [plural(shape.localIndexes.length, 'LSI')] : []),
      ...(shape.stream ? [`stream ${shape.stream}`] : []),
      ...(shape.sse ? [`encryption ${encryptionLabel(shape.sse)}`] : []),
      ...(shape.warmThroughput ? [`warm ${warmLabel(shape.warmThroughput)}`] : []),
      ...(isAutoscaled(shape.autoscaling) ? [`autoscaling ${autoscalingSummary(shape.autoscaling)}`] : []),
    ];
    return `create table ${table} (${parts.join('; ')})`;
  },
  DeleteTable: ({ table }) => `delete table ${table}`,
  DeleteGlobalIndex: ({ table, index }) => `delete GSI ${index} of ${table}`,
  CreateGlobalIndex: ({ table, index, billing }) => {
    const shape = billing === 'PROVISIONED' ? index : { ...index, capacity: null };
    return `create GSI ${index.name} on ${table} (${globalIndexLabel(shape)})`;
  },
  UpdateThroughput: ({ table, billing, switchesMode, tableChanged, indexes }) => {
    const gsis = indexes.map((i) => `GSI ${i.name} ${throughputLabel(i)}`);
    if (switchesMode) {
      return `switch ${table} to ${billingLabel(billing)}${gsis.length > 0 ? ` with ${gsis.join('; ')}` : ''}`;
    }
    const own = !tableChanged ? [] : [`table ${billing.mode === 'PROVISIONED' ? capacityLabel(billing) : billingLabel(billing)}`];
    return `set throughput of ${table}: ${[...own, ...gsis].join('; ')}`;
  },
  UpdateStream: ({ table, stream }) => (stream ? `enable stream ${stream} on ${table}` : `disable stream on ${table}`),
  UpdateDeletionProtection: ({ table, enabled }) => `${enabled ? 'enable' : 'disable'} deletion protection on ${table}`,
  UpdateTableClass: ({ table, tableClass }) => `set table class of ${table} to ${tableClass}`,
  UpdateWarmThroughput: ({ table, tableWarm, indexes }) => {
    const sides = (s: { read?: number; write?: number }) =>
      [s.read !== undefined ? `read ${s.read}/s` : '', s.write !== undefined ? `write ${s.write}/s` : ''].filter(Boolean).join(', ');
    const parts = [...(tableWarm ? [`table ${sides(tableWarm)}`] : []), ...indexes.map((i) => `GSI ${i.name} ${sides(i)}`)];
    return `raise warm throughput of ${table}: ${parts.join('; ')}`;
  },
  UpdateSse: ({ table, sse }) =>
    `encrypt ${table} with ${sse === null ? 'the AWS owned key' : sse.kmsKey === null ? 'the AWS managed KMS key (alias/aws/dynamodb)' : `KMS key ${sse.kmsKey}`}`,
  UpdateTtl: ({ table, attribute, enabled }) => `${enabled ? 'enable' : 'disable'} TTL on ${table} (attribute ${attribute})`,
  TagTable: ({ table, tags }) =>
    `tag ${table}: ${Object.entries(tags)
      .map(([k, v]) => `${k}=${v}`)
      .join(', ')}`,
  UntagTable: ({ table, keys }) => `untag ${table}: ${keys.join(', ')}`,
  UpdateKinesisDestination: ({ table, action, streamArn, precision }) =>
    action === 'disable' ? `stop streaming ${table} to Kinesis ${streamArn}` : `${action === 'enable' ? 'stream' : 'keep streaming'} ${table} to Kinesis ${streamArn} (creation time precision ${precision})`,
  UpdateResourcePolicy: ({ table, policy, expectedRevisionId }) =>
    policy === null
      ? `delete the resource policy of ${table} (expected revision ${expectedRevisionId})`
      : `put the resource policy of ${table}: ${policyLabel(policy)} (expected revision ${expectedRevisionId})`,
  UpdateReplica: ({ table, action, replica }) =>
    action === 'create'
      ? `add replica ${replicaLabel({ ...replica, pointInTimeRecovery: false, deletionProtection: false, tags: {} })} to ${table}`
      : action === 'delete'
        ? `remove replica ${replica.region} of ${table} (its table and items there are deleted)`
        : `update replica ${replicaLabel({ ...replica, pointInTimeRecovery: false, deletionProtection: false, tags: {} })} of ${table}`,
  UpdateContributorInsights: ({ table, index, mode }) =>
    `${mode === null ? 'disable' : `enable (${mode})`} contributor insights on ${index === null ? table : `GSI ${index} of ${table}`}`,
  RegisterScalableTarget: ({ table, index, dimension, min, max }) => `register the ${capacityName(table, index, dimension)} as a scalable target: ${min}-${max}`,
  PutScalingPolicy: ({ table, index, dimension, targetUtilization }) =>
    `put target tracking policy ${scalingPolicyName(table, index, dimension)}: ${targetUtilization}% utilization of the ${capacityName(table, index, dimension)}`,
  DeregisterScalableTarget: ({ table, index, dimension }) => `deregister the ${capacityName(table, index, dimension)} as a scalable target (its policy goes with it)`,
  UpdatePointInTimeRecovery: ({ table, enabled, recoveryPeriodDays, cause }) =>
    cause.kind === 'ModifyRecoveryPeriod' && recoveryPeriodDays !== undefined
      ? `set the point-in-time recovery period of ${table} to ${recoveryPeriodLabel(recoveryPeriodDays)}`
      : `${enabled ? 'enable' : 'disable'} point-in-time recovery on ${table}${recoveryPeriodDays !== undefined ? ` (recovery period ${recoveryPeriodLabel(recoveryPeriodDays)})` : ''}`,
};

/** A one-line description of a step, e.g. `create GSI by-user on messages (partition user (S), ...)`. */
export function describeStep(step: Step): string {
  const line = (DESCRIBE[step.kind] as (s: Step) => string)(step);
  // A setting that lives in a replica's Region is set there.
  return step.region !== undefined ? `${line} in ${step.region}` : line;
}
