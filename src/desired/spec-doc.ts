/**
 * The table file as written (after schema validation): every optional field may be absent.
 * `normalise.ts` turns it into the canonical `TableShape`.
 */
import type { AttributeType, ContributorInsightsMode, KinesisPrecision, StreamView, TableClass } from '../model/table-shape.js';

export interface KeyAttributeDoc {
  readonly name: string;
  readonly type: AttributeType;
}

/** A GSI key as written: one attribute, or a list of 1-4 in order (multi-attribute keys). */
export type IndexKeyDoc = KeyAttributeDoc | readonly KeyAttributeDoc[];

export type ProjectionDoc = 'ALL' | 'KEYS_ONLY' | { readonly include: readonly string[] };

/**
 * Server-side encryption as written: `AWS_OWNED` (the default), or `KMS` with the AWS managed key
 * (no `kmsKey`) or a customer managed key (`kmsKey`: key id, key ARN, alias name or alias ARN).
 */
export interface EncryptionDoc {
  readonly type: 'AWS_OWNED' | 'KMS';
  readonly kmsKey?: string;
}

/** Contributor insights as written: off (`false`), on with ACCESSED_AND_THROTTLED_KEYS (`true`), or the mode. */
export type ContributorInsightsDoc = boolean | ContributorInsightsMode;

/** An autoscaling range as written: `targetUtilization` (percent, 20-90) defaults to 70. */
export interface ScalingRangeDoc {
  readonly min: number;
  readonly max: number;
  readonly targetUtilization?: number;
}

/** A provisioned capacity as written: fixed units, or an autoscaling range. */
export type CapacityDoc = number | ScalingRangeDoc;

/** The units a capacity starts with: the number, or the range's min. */
export function initialUnits(c: CapacityDoc): number {
  return typeof c === 'number' ? c : c.min;
}

/** The most units a capacity can reach: the number, or the range's max. */
export function peakUnits(c: CapacityDoc): number {
  return typeof c === 'number' ? c : c.max;
}

export interface BillingDoc {
  readonly mode: 'PROVISIONED' | 'PAY_PER_REQUEST';
  readonly read?: CapacityDoc;
  readonly write?: CapacityDoc;
  readonly maxRead?: number;
  readonly maxWrite?: number;
}

/** Warm throughput as written: read and write units per second (increase-only). */
export interface WarmThroughputDoc {
  readonly read: number;
  readonly write: number;
}

export interface GlobalIndexDoc {
  readonly name: string;
  readonly partitionKey: IndexKeyDoc;
  readonly sortKey?: IndexKeyDoc;
  readonly projection?: ProjectionDoc;
  readonly read?: CapacityDoc;
  readonly write?: CapacityDoc;
  /** On-demand tables only: this index's maximums; each defaults to the table's. */
  readonly maxRead?: number;
  readonly maxWrite?: number;
  readonly warmThroughput?: WarmThroughputDoc;
  readonly contributorInsights?: ContributorInsightsDoc;
}

export interface LocalIndexDoc {
  readonly name: string;
  /** Optional; when given it must be the table's partition key. */
  readonly partitionKey?: KeyAttributeDoc;
  readonly sortKey: KeyAttributeDoc;
  readonly projection?: ProjectionDoc;
}

/** A replica's read override of one GSI: `read` (provisioned tables) or `maxRead` (on-demand). */
export interface ReplicaIndexDoc {
  readonly name: string;
  readonly read?: number;
  readonly maxRead?: number;
}

/**
 * A global table replica as written: its Region alone, or the Region with its own settings. PITR,
 * deletion protection and tags default to the table's; the table class and the read throughput to
 * the table's too (no override); the KMS key to whatever DynamoDB gives the replica (not managed).
 */
export type ReplicaDoc =
  | string
  | {
      readonly region: string;
      readonly kmsKey?: string;
      readonly tableClass?: TableClass;
      readonly read?: number;
      readonly maxRead?: number;
      readonly globalSecondaryIndexes?: readonly ReplicaIndexDoc[];
      readonly pointInTimeRecovery?: boolean;
      readonly deletionProtection?: boolean;
      readonly tags?: Readonly<Record<string, string>>;
    };

/** Everything a table file may set, except its name and the environments themselves. */
export interface TableSettingsDoc {
  readonly partitionKey?: KeyAttributeDoc;
  readonly sortKey?: KeyAttributeDoc;
  readonly billing?: BillingDoc;
  readonly globalSecondaryIndexes?: readonly GlobalIndexDoc[];
  readonly localSecondaryIndexes?: readonly LocalIndexDoc[];
  readonly stream?: StreamView | false;
  readonly ttl?: { readonly attribute: string } | false;
  /** `true` / `false`, or the form with a recovery period (1-35 days, default 35). */
  readonly pointInTimeRecovery?: boolean | { readonly enabled: boolean; readonly recoveryPeriodDays?: number };
  readonly deletionProtection?: boolean;
  readonly tableClass?: TableClass;
  readonly sse?: EncryptionDoc;
  readonly warmThroughput?: WarmThroughputDoc;
  readonly contributorInsights?: ContributorInsightsDoc;
  /**
   * The resource-based policy: the document inline, or a path relative to the table file (the
   * loader replaces the path with the parsed document before normalising).
   */
  readonly resourcePolicy?: Readonly<Record<string, unknown>> | string;
  readonly kinesisDestination?: { readonly streamArn: string; readonly precision?: KinesisPrecision };
  readonly tags?: Readonly<Record<string, string>>;
  /** Global table replicas in other Regions (version 2019.11.21). */
  readonly replicas?: readonly ReplicaDoc[];
}

/** The attributes of a GSI key as written, in order (a single attribute is a list of one). */
export function indexKeyAttributes(k: IndexKeyDoc | undefined): readonly KeyAttributeDoc[] {
  if (k === undefined) return [];
  return Array.isArray(k) ? (k as readonly KeyAttributeDoc[]) : [k as KeyAttributeDoc];
}

/** One environment's overrides: any setting; a billing without a mode is merged into the base's. */
export interface OverrideDoc extends Omit<TableSettingsDoc, 'billing'> {
  readonly billing?: Partial<BillingDoc>;
}

/** One table file, schema-valid. */
export interface TableSpecDoc extends TableSettingsDoc {
  readonly table: string;
  readonly partitionKey: KeyAttributeDoc;
  /** Per-environment overrides, merged over the base (see `merge-env.ts`). */
  readonly environments?: Readonly<Record<string, OverrideDoc>>;
}

/** A table file with one environment's overrides applied (no `environments` left). */
export type MergedSpecDoc = Omit<TableSpecDoc, 'environments'>;
