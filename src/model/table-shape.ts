/**
 * The canonical shape of a table. Both sides of a diff (the spec files and the live table) are
 * normalised into this shape with every default filled in, arrays sorted and absent values as
 * `null`, so "no change" is plain deep equality.
 */

export type AttributeType = 'S' | 'N' | 'B';

export interface KeyAttribute {
  readonly name: string;
  readonly type: AttributeType;
}

export type Projection =
  | { readonly type: 'ALL' }
  | { readonly type: 'KEYS_ONLY' }
  /** `attributes` is sorted and de-duplicated. */
  | { readonly type: 'INCLUDE'; readonly attributes: readonly string[] };

export interface ProvisionedCapacity {
  readonly read: number;
  readonly write: number;
}

/** On-demand maximums; `null` means "no maximum" (DynamoDB's -1). */
export interface OnDemandLimits {
  readonly maxRead: number | null;
  readonly maxWrite: number | null;
}

/**
 * Warm throughput: the read and write units per second a table or index can serve at once
 * (API_WarmThroughput). Increase-only. On the spec side `null` means "not managed": the live value,
 * whatever it is, is left alone. On the live side `null` means the endpoint does not report it.
 */
export interface WarmThroughput {
  readonly read: number;
  readonly write: number;
}

export type Billing =
  | ({ readonly mode: 'PROVISIONED' } & ProvisionedCapacity)
  | ({ readonly mode: 'PAY_PER_REQUEST' } & OnDemandLimits);

export type BillingMode = Billing['mode'];

/**
 * A GSI key: its attributes in key-schema order. DynamoDB's multi-attribute keys (November 2025)
 * allow 1-4 partition-key and 0-4 sort-key attributes per GSI; the order is part of the key.
 */
export type IndexKey = readonly KeyAttribute[];

export interface GlobalIndexShape {
  readonly name: string;
  /** 1-4 attributes, in order (one for an ordinary index). */
  readonly partitionKey: IndexKey;
  /** 0-4 attributes, in order; empty when the index has no sort key. */
  readonly sortKey: IndexKey;
  readonly projection: Projection;
  /** Provisioned tables: the index's capacity (defaulted to the table's). On-demand: `null`. */
  readonly capacity: ProvisionedCapacity | null;
  /** On-demand tables: the index's maximums. Provisioned: `null`. */
  readonly onDemand: OnDemandLimits | null;
  /** See {@link WarmThroughput}. */
  readonly warmThroughput: WarmThroughput | null;
}

export interface LocalIndexShape {
  readonly name: string;
  /** The partition key is always the table's; only the sort key is the index's own. */
  readonly sortKey: KeyAttribute;
  readonly projection: Projection;
}

export type StreamView = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';

/**
 * Server-side encryption with a KMS key. `kmsKey` null: the AWS managed key (`alias/aws/dynamodb`);
 * otherwise the customer managed key as the spec names it (key id, key ARN, alias name or alias ARN)
 * or, on the live side, the key ARN DescribeTable reports. The AWS owned key (the default) is
 * `sse: null` on the table.
 */
export interface Encryption {
  readonly type: 'KMS';
  readonly kmsKey: string | null;
}

/** CloudWatch Contributor Insights modes (API_UpdateContributorInsights). */
export type ContributorInsightsMode = 'ACCESSED_AND_THROTTLED_KEYS' | 'THROTTLED_KEYS';

/**
 * Contributor insights of the table (`null`: off) and of its GSIs (only those that have it on, by
 * index name; keys in sorted order). Each is its own UpdateContributorInsights call.
 */
export interface ContributorInsights {
  readonly table: ContributorInsightsMode | null;
  readonly indexes: Readonly<Record<string, ContributorInsightsMode>>;
}

/** ApproximateCreationDateTimePrecision of a Kinesis streaming destination (AWS's default: MILLISECOND). */
export type KinesisPrecision = 'MILLISECOND' | 'MICROSECOND';

/** The Kinesis data stream the table's changes are streamed to. */
export interface KinesisDestination {
  readonly streamArn: string;
  readonly precision: KinesisPrecision;
}

/**
 * A replica's own read-side throughput for one GSI (ReplicaGlobalSecondaryIndex): `read` on a
 * provisioned table (ProvisionedThroughputOverride.ReadCapacityUnits), `maxRead` on an on-demand one
 * (OnDemandThroughputOverride.MaxReadRequestUnits); `null`: the table's (no override).
 */
export interface ReplicaIndexOverride {
  readonly read: number | null;
  readonly maxRead: number | null;
}

/**
 * One replica of a global table (version 2019.11.21) in another Region: what ReplicaDescription
 * reports (KMS key, table class, read overrides) and what lives in the replica's own Region (PITR,
 * deletion protection, tags). The table's home Region is never a replica of itself.
 */
export interface ReplicaShape {
  readonly region: string;
  /**
   * The replica's KMS key (KMSMasterKeyId). On the spec side `null` means "not managed": whatever key
   * DynamoDB gave the replica; on the live side `null` means none is described.
   */
  readonly kmsKey: string | null;
  /** TableClassOverride; `null`: the same class as the table (one canonical form). */
  readonly tableClass: TableClass | null;
  /** ProvisionedThroughputOverride.ReadCapacityUnits (provisioned tables); `null`: the table's. */
  readonly read: number | null;
  /** OnDemandThroughputOverride.MaxReadRequestUnits (on-demand tables); `null`: the table's. */
  readonly maxRead: number | null;
  /** Per-GSI read overrides, only the GSIs that have one, keys sorted. */
  readonly indexes: Readonly<Record<string, ReplicaIndexOverride>>;
  /** Read and set in the replica's Region (DescribeContinuousBackups there). */
  readonly pointInTimeRecovery: boolean;
  /** Read and set in the replica's Region. */
  readonly deletionProtection: boolean;
  /** Read and set in the replica's Region; keys sorted. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * An autoscaled capacity (Application Auto Scaling target tracking): the scalable target's range
 * (MinCapacity / MaxCapacity) and the target utilization in percent of its policy. On the live side
 * `targetUtilization` is null when the target has no target tracking policy for its metric.
 */
export interface ScalingRange {
  readonly min: number;
  readonly max: number;
  readonly targetUtilization: number | null;
}

/** The read and write ranges of one target (the table or one GSI); null: fixed capacity. */
export interface CapacityScaling {
  readonly read: ScalingRange | null;
  readonly write: ScalingRange | null;
}

/**
 * Autoscaling of the table and of its GSIs (only those with a range, by index name; keys in sorted
 * order). While a range is declared, the provisioned capacity inside it belongs to the scaler.
 */
export interface Autoscaling {
  readonly table: CapacityScaling;
  readonly indexes: Readonly<Record<string, CapacityScaling>>;
}

export interface TableShape {
  readonly name: string;
  readonly partitionKey: KeyAttribute;
  readonly sortKey: KeyAttribute | null;
  readonly billing: Billing;
  /** Sorted by name. */
  readonly globalIndexes: readonly GlobalIndexShape[];
  /** Sorted by name. */
  readonly localIndexes: readonly LocalIndexShape[];
  /** `null` when the stream is off. */
  readonly stream: StreamView | null;
  /** The TTL attribute name, `null` when TTL is off. */
  readonly ttl: string | null;
  readonly pointInTimeRecovery: boolean;
  /**
   * The PITR recovery period in days (1-34) when PITR is on with a window shorter than AWS's
   * default; `null` when it is the default 35 days or PITR is off (one canonical form per window).
   */
  readonly pointInTimeRecoveryDays: number | null;
  readonly deletionProtection: boolean;
  readonly tableClass: TableClass;
  /** `null`: encrypted with the AWS owned key (DynamoDB's default). */
  readonly sse: Encryption | null;
  /** See {@link WarmThroughput}. */
  readonly warmThroughput: WarmThroughput | null;
  /** See {@link ContributorInsights}; off everywhere is `{ table: null, indexes: {} }`. */
  readonly contributorInsights: ContributorInsights;
  /**
   * The resource-based policy as canonical JSON (object keys sorted, no whitespace: compared as a
   * document, not as text); `null`: none.
   */
  readonly resourcePolicy: string | null;
  /** `null`: no Kinesis streaming destination (ENABLING / ACTIVE / UPDATING count as on). */
  readonly kinesisDestination: KinesisDestination | null;
  /** See {@link Autoscaling}; none anywhere is `{ table: { read: null, write: null }, indexes: {} }`. */
  readonly autoscaling: Autoscaling;
  /** Keys in sorted order. */
  readonly tags: Readonly<Record<string, string>>;
  /** Global table replicas in other Regions, sorted by Region; `[]`: a single-Region table. */
  readonly replicas: readonly ReplicaShape[];
}

/**
 * Settings an endpoint may not support. DynamoDB Local has no tags and no PITR, ignores the table
 * class, ignores per-GSI on-demand maximums in UpdateTable (`globalIndexOnDemand`) and drops
 * `SSESpecification` (`sse`) and warm throughput; an endpoint with PITR may not report its recovery
 * period (`pointInTimeRecoveryPeriod`), and has no contributor insights operations; dynalite has
 * no TTL or streams; DynamoDB Local has no global tables (`replicas`) and no Application Auto Scaling
 * (`autoscaling`). An unsupported feature is never shown as a diff.
 */
export type Feature = 'tags' | 'pointInTimeRecovery' | 'ttl' | 'stream' | 'tableClass' | 'globalIndexOnDemand' | 'sse' | 'warmThroughput' | 'pointInTimeRecoveryPeriod' | 'contributorInsights' | 'resourcePolicy' | 'kinesisDestination'
  | 'autoscaling' | 'replicas';

export const ALL_FEATURES: readonly Feature[] = ['tags', 'pointInTimeRecovery', 'ttl', 'stream', 'tableClass', 'globalIndexOnDemand', 'sse', 'warmThroughput', 'pointInTimeRecoveryPeriod', 'contributorInsights', 'resourcePolicy', 'kinesisDestination', 'autoscaling', 'replicas'];

/** What the live reader returns for one existing table. */
export interface LiveTable {
  readonly shape: TableShape;
  /** Features this endpoint did not report for this table (see {@link Feature}). */
  readonly unsupported: readonly Feature[];
  /** Transient status seen while reading (an apply killed half-way leaves CREATING/UPDATING). */
  readonly status: 'ACTIVE' | 'CREATING' | 'UPDATING' | 'DELETING' | 'ARCHIVING' | 'OTHER';
  /** Names of indexes not ACTIVE yet (CREATING, UPDATING, DELETING). */
  readonly pendingIndexes: readonly string[];
  readonly itemCount: number | null;
  readonly sizeBytes: number | null;
  readonly arn: string | null;
  readonly streamArn: string | null;
  /** The RevisionId of the resource policy as read (sent as ExpectedRevisionId); absent: none. */
  readonly policyRevision?: string | null;
  /** Replicas not ACTIVE (CREATING, UPDATING, DELETING...), by Region, as DescribeTable reports them. */
  readonly pendingReplicas?: Readonly<Record<string, string>>;
}
