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
}

export interface LocalIndexShape {
  readonly name: string;
  /** The partition key is always the table's; only the sort key is the index's own. */
  readonly sortKey: KeyAttribute;
  readonly projection: Projection;
}

export type StreamView = 'KEYS_ONLY' | 'NEW_IMAGE' | 'OLD_IMAGE' | 'NEW_AND_OLD_IMAGES';

export type TableClass = 'STANDARD' | 'STANDARD_INFREQUENT_ACCESS';

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
  readonly deletionProtection: boolean;
  readonly tableClass: TableClass;
  /** Keys in sorted order. */
  readonly tags: Readonly<Record<string, string>>;
}

/**
 * Settings an endpoint may not support. DynamoDB Local has no tags and no PITR, ignores the table
 * class and ignores per-GSI on-demand maximums in UpdateTable (`globalIndexOnDemand`); dynalite has
 * no TTL or streams. An unsupported feature is never shown as a diff.
 */
export type Feature = 'tags' | 'pointInTimeRecovery' | 'ttl' | 'stream' | 'tableClass' | 'globalIndexOnDemand';

export const ALL_FEATURES: readonly Feature[] = ['tags', 'pointInTimeRecovery', 'ttl', 'stream', 'tableClass', 'globalIndexOnDemand'];

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
}
