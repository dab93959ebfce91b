/**
 * An estimate of how long a slow step takes (a GSI backfill, a replica creation, a `--preserve-data`
 * copy), with the numbers it was made from. Always labelled an estimate: DynamoDB publishes no
 * formula, and the item count and size it reports are refreshed only about every six hours.
 */

/** What the estimate is for. */
export type EstimateOperation = 'gsi-backfill' | 'replica-creation' | 'preserve-data-copy';

/** Where the write rate came from. */
export type CapacitySource =
  /** The provisioned write capacity (of the index for a backfill, of the table otherwise). */
  | 'provisioned'
  /** The on-demand maximum (`maxWrite`) set on the index or table. */
  | 'on-demand-maximum'
  /** No maximum: the write request units a new on-demand table can serve at once (4,000/s). */
  | 'on-demand-initial';

/** The numbers an estimate was made from, shown with it so a reviewer can judge it. */
export interface EstimateBasis {
  /** DescribeTable's ItemCount. */
  readonly items: number;
  /** DescribeTable's TableSizeBytes. */
  readonly bytes: number;
  /** Write units the operation needs: per item, one per started KB of what it writes. */
  readonly writeUnits: number;
  /** Write units per second it is assumed to get. */
  readonly writeUnitsPerSecond: number;
  readonly capacitySource: CapacitySource;
  /** Share of that capacity the operation may use (100 unless a capacity limit says less). */
  readonly capacityPercent: number;
  /** What else the estimate assumes, in words. */
  readonly assumptions: readonly string[];
}

export interface Estimate {
  /** Always `estimate`: the label the renderers show. */
  readonly label: 'estimate';
  readonly operation: EstimateOperation;
  readonly table: string;
  /** The index (gsi-backfill) or region (replica-creation); absent for a table copy. */
  readonly target?: string;
  /** Whole seconds, rounded up. */
  readonly seconds: number;
  readonly basis: EstimateBasis;
}
