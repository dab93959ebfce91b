/**
 * `--max-capacity-percent N` as data (docs/capacity.md): data work (seed and apply's fixture loads,
 * data migrations, `--preserve-data` copies) keeps the capacity it consumes under N% of what each
 * table it reads or writes has, the setting AWS's EMR and Glue DynamoDB connectors expose as
 * `dynamodb.throughput.write.percent` / `dynamodb.throughput.read.percent`.
 *
 * What a table has: its provisioned read / write capacity units, or, on demand, its maximum request
 * units per second where one is set (OnDemandThroughput). An on-demand table without a maximum has
 * nothing to take a share of: it is not paced. 100% is not paced either: DynamoDB itself throttles
 * at the full capacity, and the writers back off from that already.
 */
import { DdbMigrateError } from './errors.js';

/** The default share: everything a local engine has; half of a real table's. */
export function defaultCapacityPercent(local: boolean): number {
  return local ? 100 : 50;
}

/** Checks a `--max-capacity-percent` value: a number above 0, at most 100. */
export function checkCapacityPercent(percent: number): number {
  if (!(typeof percent === 'number' && Number.isFinite(percent) && percent > 0 && percent <= 100)) {
    throw new DdbMigrateError({
      code: 'CLI_BAD_CAPACITY_PERCENT',
      field: '--max-capacity-percent',
      message: `--max-capacity-percent must be a number above 0 and at most 100, not ${String(percent)}.`,
      hint: 'For example --max-capacity-percent 25 (a quarter of each table\'s capacity); 100 does not pace.',
    });
  }
  return percent;
}

/** What a table's capacity is, per second. */
export type CapacityKind = 'provisioned' | 'on-demand maximum' | 'on-demand';

export interface TableCapacity {
  /** Provisioned RCU, or the on-demand maximum read request units; null when there is none. */
  readonly readUnits: number | null;
  readonly writeUnits: number | null;
  readonly kind: CapacityKind;
  /** TableSizeBytes / ItemCount (DynamoDB updates both about every six hours); null when empty. */
  readonly avgItemBytes: number | null;
}

/** The share data work on one table keeps under: null rates are not paced. */
export interface TableShare {
  readonly table: string;
  readonly percent: number;
  readonly capacity: TableCapacity;
  /** Units per second (RCU or RRU); null: reads not paced. */
  readonly readRate: number | null;
  readonly writeRate: number | null;
}

/** Pure: `percent` of `cap` (at least one unit per second where there is a capacity). */
export function shareOf(table: string, cap: TableCapacity, percent: number): TableShare {
  const rate = (units: number | null) => (units === null || percent >= 100 ? null : Math.max(1, (units * percent) / 100));
  return { table, percent, capacity: cap, readRate: rate(cap.readUnits), writeRate: rate(cap.writeUnits) };
}

/** The units' names: capacity units when provisioned, request units on demand. */
export function unitNames(kind: CapacityKind): { readonly read: string; readonly write: string } {
  return kind === 'provisioned' ? { read: 'RCU', write: 'WCU' } : { read: 'RRU', write: 'WRU' };
}
