/**
 * The change vocabulary the diff produces: verb-noun kinds, discriminated by `kind`, handled
 * exhaustively. A `ModifyTable` holds the setting changes inside one table.
 */
import type { CapacityDimension } from './autoscaling.js';
import type {
  Billing,
  ContributorInsightsMode,
  Encryption,
  KinesisDestination,
  WarmThroughput,
  GlobalIndexShape,
  OnDemandLimits,
  ProvisionedCapacity,
  ReplicaShape,
  ScalingRange,
  StreamView,
  TableClass,
  TableShape,
} from './table-shape.js';

/** What a change does to the table as a whole, ranked from least to most severe. */
export type Impact = 'no-op' | 'update' | 'create' | 'replace' | 'destroy';

export const IMPACT_RANK: Readonly<Record<Impact, number>> = {
  'no-op': 0,
  update: 1,
  create: 2,
  replace: 3,
  destroy: 4,
};

/** The worse of two impacts (cdk's `worstImpact`). */
export function worstImpact(a: Impact, b: Impact): Impact {
  return IMPACT_RANK[a] >= IMPACT_RANK[b] ? a : b;
}

export interface IndexThroughput {
  readonly capacity: ProvisionedCapacity | null;
  readonly onDemand: OnDemandLimits | null;
}

export type SettingChange =
  | { readonly kind: 'AddGlobalIndex'; readonly index: GlobalIndexShape }
  | { readonly kind: 'DropGlobalIndex'; readonly index: GlobalIndexShape }
  /** Keys, key types or projection changed: DynamoDB can only drop the index and build it again. */
  | {
      readonly kind: 'ReplaceGlobalIndex';
      readonly from: GlobalIndexShape;
      readonly to: GlobalIndexShape;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'ModifyGlobalIndexThroughput';
      readonly index: string;
      readonly from: IndexThroughput;
      readonly to: IndexThroughput;
    }
  | { readonly kind: 'ModifyBilling'; readonly from: Billing; readonly to: Billing }
  | { readonly kind: 'ModifyStream'; readonly from: StreamView | null; readonly to: StreamView | null }
  | { readonly kind: 'ModifyTtl'; readonly from: string | null; readonly to: string | null }
  | { readonly kind: 'ModifyPointInTimeRecovery'; readonly from: boolean; readonly to: boolean }
  /** PITR stays on; its recovery period changes (days, 1-35). */
  | { readonly kind: 'ModifyRecoveryPeriod'; readonly from: number; readonly to: number }
  | { readonly kind: 'ModifyDeletionProtection'; readonly from: boolean; readonly to: boolean }
  | { readonly kind: 'ModifyTableClass'; readonly from: TableClass; readonly to: TableClass }
  /** Warm throughput of the table (`index` null) or of one GSI; a lower side cannot be made (DM013). */
  | { readonly kind: 'ModifyWarmThroughput'; readonly index: string | null; readonly from: WarmThroughput; readonly to: WarmThroughput }
  /** Contributor insights of the table (`index` null) or of one GSI: `null` is off. */
  | { readonly kind: 'ModifyContributorInsights'; readonly index: string | null; readonly from: ContributorInsightsMode | null; readonly to: ContributorInsightsMode | null }
  /**
   * The resource-based policy (canonical JSON; `null`: none). `revision`: the live policy's RevisionId
   * as read when planning (null: no policy), sent as ExpectedRevisionId so a policy changed since is not overwritten.
   */
  | { readonly kind: 'ModifyResourcePolicy'; readonly from: string | null; readonly to: string | null; readonly revision: string | null }
  /** The Kinesis streaming destination (`null`: none). */
  | { readonly kind: 'ModifyKinesisDestination'; readonly from: KinesisDestination | null; readonly to: KinesisDestination | null }
  /** A replica added in another Region (global tables 2019.11.21); the plan estimates its copy. */
  | { readonly kind: 'AddReplica'; readonly replica: ReplicaShape }
  /** A replica removed: its Region's copy of the table and every item in it are deleted. */
  | { readonly kind: 'DropReplica'; readonly replica: ReplicaShape }
  /** A replica kept whose settings differ (`from`: live, `to`: spec). */
  | { readonly kind: 'ModifyReplica'; readonly region: string; readonly from: ReplicaShape; readonly to: ReplicaShape }
  /**
   * Autoscaling of one capacity (the table's when `index` is null, or one GSI's): a range added
   * (`from` null), moved, or removed (`to` null), through Application Auto Scaling. `outside`: the
   * live capacity when it is outside the declared range (the range is registered again, which moves
   * it inside; an UpdateTable would fight the scaler), else null.
   */
  | {
      readonly kind: 'ModifyAutoscaling';
      readonly index: string | null;
      readonly dimension: CapacityDimension;
      readonly from: ScalingRange | null;
      readonly to: ScalingRange | null;
      readonly outside: number | null;
    }
  /** Server-side encryption: `null` is the AWS owned key. */
  | { readonly kind: 'ModifySse'; readonly from: Encryption | null; readonly to: Encryption | null }
  | {
      readonly kind: 'ModifyTags';
      readonly from: Readonly<Record<string, string>>;
      readonly to: Readonly<Record<string, string>>;
      /** Added or changed keys with their new values. */
      readonly set: Readonly<Record<string, string>>;
      /** Removed keys. */
      readonly remove: readonly string[];
    };

export type SettingChangeKind = SettingChange['kind'];

export type TableChange =
  | { readonly kind: 'CreateTable'; readonly table: string; readonly desired: TableShape }
  | { readonly kind: 'DropTable'; readonly table: string; readonly live: TableShape }
  /** A change DynamoDB cannot make in place (keys, key types, LSIs): a new table. */
  | {
      readonly kind: 'ReplaceTable';
      readonly table: string;
      readonly live: TableShape;
      readonly desired: TableShape;
      readonly reasons: readonly string[];
    }
  | {
      readonly kind: 'ModifyTable';
      readonly table: string;
      readonly live: TableShape;
      readonly desired: TableShape;
      /** Empty when the table is unchanged. */
      readonly changes: readonly SettingChange[];
    };

export type TableChangeKind = TableChange['kind'];
