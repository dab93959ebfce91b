/**
 * One handler per step kind: the SDK call(s) for the step, given the table as just described and
 * normalised (live/normalise-live.ts). A handler finds out first whether the step is already in
 * place (an apply interrupted half-way), comparing model values, so running a plan twice converges
 * instead of failing on "nothing to update".
 */
import {
  CreateTableCommand,
  DeleteTableCommand,
  DescribeContributorInsightsCommand,
  DisableKinesisStreamingDestinationCommand,
  EnableKinesisStreamingDestinationCommand,
  UpdateKinesisStreamingDestinationCommand,
  DescribeTimeToLiveCommand,
  TagResourceCommand,
  UntagResourceCommand,
  UpdateContinuousBackupsCommand,
  UpdateContributorInsightsCommand,
  UpdateTableCommand,
  UpdateTimeToLiveCommand,
  type DynamoDBClient,
} from '@aws-sdk/client-dynamodb';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { deregisterTarget, putPolicy, registerTarget } from './scaling-handlers.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Step, StepKind } from '../model/step.js';
import type { Feature } from '../model/table-shape.js';
import { isNotFound } from '../live/aws-errors.js';
import type { DescribedTable } from '../live/normalise-live.js';
import { sameEncryption } from '../diff/kms-key.js';
import { insightsModeOf } from '../live/contributor-insights.js';
import { runPolicyStep } from './resource-policy-step.js';
import { activeDestination, describeDestinations } from '../live/kinesis-destination.js';
import { replicaUpdateInput } from './replica-inputs.js';
import { createIndexInput, createTableInput, kinesisInput, updateInsightsInput, updateSseInput, updateThroughputInput, updateWarmInput } from './sdk-inputs.js';

export interface StepContext {
  readonly client: DynamoDBClient;
  /** Application Auto Scaling at the same endpoint (its three steps). */
  readonly scaling: ApplicationAutoScalingClient;
  /** The table as described just before the call, normalised; null when it does not exist. */
  readonly live: DescribedTable | null;
  readonly unsupported: ReadonlySet<Feature>;
}

/** What happened; `note` says why nothing was called when the step was already in place. */
export interface StepOutcome {
  readonly note?: string;
}

type Handler<K extends StepKind> = (step: Extract<Step, { kind: K }>, ctx: StepContext) => Promise<StepOutcome>;
type Handlers = { readonly [K in StepKind]: Handler<K> };


const ALREADY = { note: 'already in place (nothing to call)' } as const;

function existing(step: Step, ctx: StepContext): DescribedTable {
  if (!ctx.live) {
    throw new DdbMigrateError({
      code: 'EXEC_TABLE_MISSING',
      table: step.table,
      message: `table ${step.table} does not exist`,
      hint: 'It was deleted after the plan was made. Run `ddb-migrate plan` again.',
    });
  }
  return ctx.live;
}

function arnOf(step: Step, ctx: StepContext): string {
  const arn = existing(step, ctx).arn;
  if (!arn) throw new DdbMigrateError({ code: 'EXEC_NO_ARN', table: step.table, message: 'DescribeTable returned no TableArn' });
  return arn;
}

const update = (ctx: StepContext, input: ConstructorParameters<typeof UpdateTableCommand>[0]) =>
  ctx.client.send(new UpdateTableCommand(input));

export const HANDLERS: Handlers = {
  async CreateTable(step, ctx) {
    // An interrupted apply may have created it; verification checks that it matches.
    if (ctx.live) return { note: 'table already exists (created by an earlier run)' };
    await ctx.client.send(new CreateTableCommand(createTableInput(step.shape, ctx.unsupported)));
    return {};
  },

  async DeleteTable(step, ctx) {
    if (!ctx.live) return { note: 'table already gone' };
    try {
      await ctx.client.send(new DeleteTableCommand({ TableName: step.table }));
    } catch (e) {
      if (isNotFound(e)) return { note: 'table already gone' };
      throw e;
    }
    return {};
  },

  async DeleteGlobalIndex(step, ctx) {
    // The normalised shape leaves out indexes being deleted.
    const live = existing(step, ctx).shape.globalIndexes.some((g) => g.name === step.index);
    if (!live) return { note: `index ${step.index} already gone or being deleted` };
    await update(ctx, { TableName: step.table, GlobalSecondaryIndexUpdates: [{ Delete: { IndexName: step.index } }] });
    return {};
  },

  async CreateGlobalIndex(step, ctx) {
    const table = existing(step, ctx);
    if (table.shape.globalIndexes.some((g) => g.name === step.index.name)) {
      return { note: `index ${step.index.name} already exists (${table.indexStatus[step.index.name] ?? 'UNKNOWN'})` };
    }
    await update(ctx, createIndexInput(step.table, step.index, step.billing, ctx.unsupported));
    return {};
  },

  async UpdateThroughput(step, ctx) {
    const input = updateThroughputInput(step, existing(step, ctx).shape);
    if (!input) return ALREADY;
    await update(ctx, input);
    return {};
  },

  async UpdateStream(step, ctx) {
    const live = existing(step, ctx).shape.stream;
    if (live === step.stream) return ALREADY;
    if (live !== null && step.stream !== null) {
      throw new DdbMigrateError({
        code: 'EXEC_STREAM_VIEW_CHANGE',
        table: step.table,
        message: `the stream is on with ${live}; DynamoDB cannot switch it to ${step.stream} in one call`,
        hint: 'A view type change is disable-then-enable; run `ddb-migrate plan` again to get both steps.',
      });
    }
    await update(ctx, {
      TableName: step.table,
      StreamSpecification: step.stream ? { StreamEnabled: true, StreamViewType: step.stream } : { StreamEnabled: false },
    });
    return {};
  },

  async UpdateDeletionProtection(step, ctx) {
    if (existing(step, ctx).shape.deletionProtection === step.enabled) return ALREADY;
    await update(ctx, { TableName: step.table, DeletionProtectionEnabled: step.enabled });
    return {};
  },

  async UpdateTableClass(step, ctx) {
    if (existing(step, ctx).shape.tableClass === step.tableClass) return ALREADY;
    await update(ctx, { TableName: step.table, TableClass: step.tableClass });
    return {};
  },

  async UpdateWarmThroughput(step, ctx) {
    const input = updateWarmInput(step, existing(step, ctx).shape);
    if (!input) return ALREADY;
    await update(ctx, input);
    return {};
  },

  async UpdateSse(step, ctx) {
    if (sameEncryption(step.sse, existing(step, ctx).shape.sse)) return ALREADY;
    await update(ctx, updateSseInput(step.table, step.sse));
    return {};
  },

  async UpdateTtl(step, ctx) {
    existing(step, ctx);
    const out = await ctx.client.send(new DescribeTimeToLiveCommand({ TableName: step.table }));
    const d = out.TimeToLiveDescription;
    const on = d?.TimeToLiveStatus === 'ENABLED' || d?.TimeToLiveStatus === 'ENABLING';
    if (on === step.enabled && (!on || d?.AttributeName === step.attribute)) return ALREADY;
    await ctx.client.send(
      new UpdateTimeToLiveCommand({ TableName: step.table, TimeToLiveSpecification: { Enabled: step.enabled, AttributeName: step.attribute } }),
    );
    return {};
  },

  async TagTable(step, ctx) {
    const tags = Object.entries(step.tags).map(([Key, Value]) => ({ Key, Value }));
    if (tags.length === 0) return ALREADY;
    await ctx.client.send(new TagResourceCommand({ ResourceArn: arnOf(step, ctx), Tags: tags }));
    return {};
  },

  async UntagTable(step, ctx) {
    if (step.keys.length === 0) return ALREADY;
    await ctx.client.send(new UntagResourceCommand({ ResourceArn: arnOf(step, ctx), TagKeys: [...step.keys] }));
    return {};
  },

  async UpdateKinesisDestination(step, ctx) {
    existing(step, ctx);
    const now = activeDestination(await describeDestinations(ctx.client, step.table));
    const wanted = step.action === 'disable' ? now?.streamArn !== step.streamArn : now?.streamArn === step.streamArn && now.precision === step.precision;
    if (wanted) return ALREADY;
    const req = kinesisInput(step);
    if (req.op === 'Enable') await ctx.client.send(new EnableKinesisStreamingDestinationCommand(req.input));
    else if (req.op === 'Update') await ctx.client.send(new UpdateKinesisStreamingDestinationCommand(req.input));
    else await ctx.client.send(new DisableKinesisStreamingDestinationCommand(req.input));
    return {};
  },

  async UpdateResourcePolicy(step, ctx) {
    return (await runPolicyStep(ctx.client, step, arnOf(step, ctx))) === 'already' ? ALREADY : {};
  },

  async UpdateContributorInsights(step, ctx) {
    existing(step, ctx);
    // Already in place (an apply run again): ENABLED in the mode, or DISABLED.
    const now = await ctx.client.send(new DescribeContributorInsightsCommand({ TableName: step.table, ...(step.index !== null ? { IndexName: step.index } : {}) }));
    if (insightsModeOf(now) === step.mode && !['ENABLING', 'DISABLING'].includes(now.ContributorInsightsStatus ?? '')) return ALREADY;
    await ctx.client.send(new UpdateContributorInsightsCommand(updateInsightsInput(step)));
    return {};
  },

  // One ReplicaUpdates entry and nothing else in the call (docs/dynamodb-rules.md, global tables).
  async UpdateReplica(step, ctx) {
    const status = existing(step, ctx).replicaStatus[step.replica.region];
    if (step.action === 'create' && status !== undefined) return { note: `replica ${step.replica.region} already exists (${status})` };
    if (step.action === 'delete' && (status === undefined || status === 'DELETING')) return { note: `replica ${step.replica.region} already gone or being deleted` };
    await update(ctx, replicaUpdateInput(step.table, step.action, step.replica));
    return {};
  },

  async RegisterScalableTarget(step, ctx) {
    return (await registerTarget(ctx.scaling, step, existing(step, ctx).shape)) === 'already' ? ALREADY : {};
  },

  async PutScalingPolicy(step, ctx) {
    existing(step, ctx);
    await putPolicy(ctx.scaling, step);
    return {};
  },

  async DeregisterScalableTarget(step, ctx) {
    return (await deregisterTarget(ctx.scaling, step)) === 'already' ? { note: 'target not registered (already gone)' } : {};
  },

  async UpdatePointInTimeRecovery(step, ctx) {
    existing(step, ctx);
    await ctx.client.send(
      new UpdateContinuousBackupsCommand({
        TableName: step.table,
        PointInTimeRecoverySpecification: {
          PointInTimeRecoveryEnabled: step.enabled,
          ...(step.recoveryPeriodDays !== undefined ? { RecoveryPeriodInDays: step.recoveryPeriodDays } : {}),
        },
      }),
    );
    return {};
  },
};

/** Runs the handler for `step.kind` (the Record makes a new kind without a handler a type error). */
export function runHandler(step: Step, ctx: StepContext): Promise<StepOutcome> {
  const handler = HANDLERS[step.kind] as (s: Step, c: StepContext) => Promise<StepOutcome>;
  return handler(step, ctx);
}
