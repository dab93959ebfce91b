/**
 * The steps a plan is made of: each is one control-plane call (or one wait) that DynamoDB accepts,
 * in an order DynamoDB allows. Steps speak the model's language, not the SDK's; `exec/` translates.
 */
import type { SettingChange, TableChange } from './change.js';
import type { Billing, ContributorInsightsMode, Encryption, KinesisPrecision, GlobalIndexShape, ReplicaShape, StreamView, TableClass, TableShape } from './table-shape.js';
import type { IndexThroughput } from './change.js';
import type { CapacityDimension } from './autoscaling.js';

/** What the executor waits for after the call, before the next step. */
export type WaitFor =
  | 'none'
  /** Table ACTIVE and every index ACTIVE. */
  | 'table-active'
  /** Table-active, and every warm throughput (table and GSIs) ACTIVE again. */
  | 'warm-throughput-active'
  /** Table-active, and the encryption no longer ENABLING / UPDATING / DISABLING (SSEDescription.Status). */
  | 'encryption-enabled'
  /** DescribeContributorInsights of the step's table or index no longer ENABLING / DISABLING. */
  | 'contributor-insights-settled'
  /** DescribeKinesisStreamingDestination: the step's stream no longer ENABLING / DISABLING / UPDATING. */
  | 'kinesis-destination-settled'
  /** DescribeTable's Replicas: the step's replica ACTIVE again (created or updated), table ACTIVE. */
  | 'replica-active'
  /** DescribeTable's Replicas: the step's replica no longer listed (deleted). */
  | 'replica-gone'
  /** Table-active, and the step's capacity inside its range (Application Auto Scaling moves it there on register). */
  | 'capacity-in-range'
  /** The table is gone (DescribeTable says ResourceNotFound). */
  | 'table-gone';

interface StepBase {
  readonly table: string;
  /** The change that caused this step ("every step carries the change that caused it"). */
  readonly cause: TableChange | SettingChange;
  readonly wait: WaitFor;
  /** Things a reviewer should know: slow, rate-limited, new stream ARN... */
  readonly notes: readonly string[];
  /**
   * The Region the call goes to when it is not the table's own: a setting that lives in a replica's
   * Region (its PITR, deletion protection, tags) is set there, with a client for that Region.
   */
  readonly region?: string;
}

export type Step = StepBase &
  (
    | { readonly kind: 'CreateTable'; readonly shape: TableShape }
    | { readonly kind: 'DeleteTable' }
    | { readonly kind: 'DeleteGlobalIndex'; readonly index: string }
    | { readonly kind: 'CreateGlobalIndex'; readonly index: GlobalIndexShape; readonly billing: Billing['mode'] }
    /**
     * Billing mode and/or throughput of the table and its indexes in one UpdateTable call. A switch
     * to PROVISIONED carries the capacity of every index, as DynamoDB requires.
     */
    | {
        readonly kind: 'UpdateThroughput';
        readonly billing: Billing;
        readonly switchesMode: boolean;
        /**
         * False when only index throughput changes: the executor must then not send the table's own
         * throughput (DynamoDB rejects an update that does not change it).
         */
        readonly tableChanged: boolean;
        readonly indexes: readonly ({ readonly name: string } & IndexThroughput)[];
      }
    | { readonly kind: 'UpdateStream'; readonly stream: StreamView | null }
    | { readonly kind: 'UpdateDeletionProtection'; readonly enabled: boolean }
    | { readonly kind: 'UpdateTableClass'; readonly tableClass: TableClass }
    /**
     * UpdateTable with WarmThroughput for the table and/or GlobalSecondaryIndexUpdates[].Update
     * .WarmThroughput, only the sides that rise (increase-only).
     */
    | {
        readonly kind: 'UpdateWarmThroughput';
        /** The table's own sides to raise; null when only GSIs change. */
        readonly tableWarm: { readonly read?: number; readonly write?: number } | null;
        readonly indexes: readonly { readonly name: string; readonly read?: number; readonly write?: number }[];
      }
    /** UpdateTable with SSESpecification and nothing else (not combined with other changes: docs/dynamodb-rules.md). */
    | { readonly kind: 'UpdateSse'; readonly sse: Encryption | null }
    /** UpdateContributorInsights for the table (`index` null) or one GSI: ENABLE with the mode, or DISABLE (`mode` null). */
    | { readonly kind: 'UpdateContributorInsights'; readonly index: string | null; readonly mode: ContributorInsightsMode | null }
    /**
     * PutResourcePolicy (`policy` set) or DeleteResourcePolicy (`policy` null), with ExpectedRevisionId
     * (`NO_POLICY` when none was attached at plan time).
     */
    | { readonly kind: 'UpdateResourcePolicy'; readonly policy: string | null; readonly expectedRevisionId: string }
    /**
     * Enable / Update / DisableKinesisStreamingDestination for `streamArn`; `precision` is sent as
     * ApproximateCreationDateTimePrecision (Enable, Update).
     */
    | { readonly kind: 'UpdateKinesisDestination'; readonly action: 'enable' | 'update' | 'disable'; readonly streamArn: string; readonly precision: KinesisPrecision }
    /**
     * UpdateTable with one ReplicaUpdates entry and nothing else (one replica per call, never combined
     * with another change: docs/dynamodb-rules.md, global tables). `replica`: the replica as the
     * spec wants it (create / update send its replicated settings; delete only its Region).
     */
    | { readonly kind: 'UpdateReplica'; readonly action: 'create' | 'update' | 'delete'; readonly replica: ReplicaShape }
    /**
     * Application Auto Scaling: RegisterScalableTarget of one capacity (ServiceNamespace dynamodb)
     * with its range; it registers the target or moves its range, and brings a capacity outside the
     * range inside it.
     */
    | { readonly kind: 'RegisterScalableTarget'; readonly index: string | null; readonly dimension: CapacityDimension; readonly min: number; readonly max: number }
    /** Application Auto Scaling: PutScalingPolicy, target tracking on the capacity's utilization metric. */
    | { readonly kind: 'PutScalingPolicy'; readonly index: string | null; readonly dimension: CapacityDimension; readonly targetUtilization: number }
    /** Application Auto Scaling: DeregisterScalableTarget (its scaling policies go with it). */
    | { readonly kind: 'DeregisterScalableTarget'; readonly index: string | null; readonly dimension: CapacityDimension }
    | { readonly kind: 'UpdateTtl'; readonly attribute: string; readonly enabled: boolean }
    | { readonly kind: 'TagTable'; readonly tags: Readonly<Record<string, string>> }
    | { readonly kind: 'UntagTable'; readonly keys: readonly string[] }
    | {
        readonly kind: 'UpdatePointInTimeRecovery';
        readonly enabled: boolean;
        /** Sent as RecoveryPeriodInDays; absent: AWS's default (35). */
        readonly recoveryPeriodDays?: number;
      }
  );

export type StepKind = Step['kind'];
