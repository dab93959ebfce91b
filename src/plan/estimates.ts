/**
 * Estimates of slow steps from a table's live item count, size and write capacity (see
 * src/model/estimate.ts and docs/plan-reference.md "Estimates"). Pure: the plan builder, the
 * `--preserve-data` planner and replica steps call these with what DescribeTable said.
 *
 * The model, for every operation: each item written costs one write unit per started KB of what is
 * written (AWS: "one write request unit represents one write for an item up to 1 KB in size"),
 * and the writes go at the write capacity the target can take, times the share allowed. Time to
 * allocate resources (minutes on AWS even for an empty table) is not included.
 */
import type { CapacitySource, Estimate, EstimateOperation } from '../model/estimate.js';
import type { Billing, GlobalIndexShape, OnDemandLimits, ProvisionedCapacity } from '../model/table-shape.js';

/** A new on-demand table serves up to 4,000 write request units per second at once (AWS on-demand docs). */
export const ON_DEMAND_INITIAL_WRITE_UNITS = 4_000;

const KB = 1024;
const SIZE_NOTE = 'item count and size from DescribeTable (refreshed about every 6 hours)';

/** The live numbers an estimate needs; null when the endpoint does not report them. */
export interface LiveSize {
  readonly itemCount: number | null;
  readonly sizeBytes: number | null;
}

/** A write capacity: provisioned units, or on-demand with its maximum (null: none). */
export type WriteCapacity = { readonly provisioned: ProvisionedCapacity | null; readonly onDemand: OnDemandLimits | null };

interface Rate {
  readonly perSecond: number;
  readonly source: CapacitySource;
}

function writeRate(c: WriteCapacity): Rate {
  if (c.provisioned) return { perSecond: Math.max(1, c.provisioned.write), source: 'provisioned' };
  const max = c.onDemand?.maxWrite ?? null;
  if (max !== null && max > 0 && max < ON_DEMAND_INITIAL_WRITE_UNITS) return { perSecond: max, source: 'on-demand-maximum' };
  return { perSecond: ON_DEMAND_INITIAL_WRITE_UNITS, source: 'on-demand-initial' };
}

/** A table's own write capacity, from its billing. */
export function tableCapacity(billing: Billing): WriteCapacity {
  return billing.mode === 'PROVISIONED'
    ? { provisioned: { read: billing.read, write: billing.write }, onDemand: null }
    : { provisioned: null, onDemand: { maxRead: billing.maxRead, maxWrite: billing.maxWrite } };
}

/** Write units for `items` items of average size `avgBytes`, each written `copies` times. */
function writeUnits(items: number, avgBytes: number, copies: number): number {
  return items * Math.max(1, Math.ceil(avgBytes / KB)) * copies;
}

interface Make {
  readonly operation: EstimateOperation;
  readonly table: string;
  readonly target?: string;
  readonly size: LiveSize;
  /** Average bytes written per item (defaults to the table's average item size). */
  readonly bytesPerItem?: (avg: number) => number;
  readonly copies: number;
  readonly capacity: WriteCapacity;
  readonly capacityPercent: number;
  readonly assumptions: readonly string[];
}

/** Null when the item count is unknown or zero: nothing to copy, so nothing slow to estimate. */
function make(m: Make): Estimate | null {
  const items = m.size.itemCount;
  if (items === null || items <= 0) return null;
  const bytes = m.size.sizeBytes ?? 0;
  const avg = bytes / items;
  const units = writeUnits(items, m.bytesPerItem ? m.bytesPerItem(avg) : avg, m.copies);
  const rate = writeRate(m.capacity);
  const percent = Math.min(100, Math.max(1, m.capacityPercent));
  const perSecond = Math.max(1, Math.floor((rate.perSecond * percent) / 100));
  return {
    label: 'estimate',
    operation: m.operation,
    table: m.table,
    ...(m.target !== undefined ? { target: m.target } : {}),
    seconds: Math.ceil(units / perSecond),
    basis: {
      items,
      bytes,
      writeUnits: units,
      writeUnitsPerSecond: perSecond,
      capacitySource: rate.source,
      capacityPercent: percent,
      assumptions: [SIZE_NOTE, ...m.assumptions, 'excludes the time DynamoDB takes to allocate resources'],
    },
  };
}

/**
 * A GSI backfill: every item is written to the index at the index's write capacity (provisioned
 * tables) or the table's on-demand rate. Assumes every item has the index's keys (an upper bound
 * for a sparse index); KEYS_ONLY writes one unit per item.
 */
export function estimateGsiBackfill(table: string, index: GlobalIndexShape, size: LiveSize, tableBilling: Billing): Estimate | null {
  const capacity: WriteCapacity =
    tableBilling.mode === 'PROVISIONED'
      ? { provisioned: index.capacity ?? { read: tableBilling.read, write: tableBilling.write }, onDemand: null }
      : { provisioned: null, onDemand: index.onDemand ?? { maxRead: tableBilling.maxRead, maxWrite: tableBilling.maxWrite } };
  return make({
    operation: 'gsi-backfill',
    table,
    target: index.name,
    size,
    bytesPerItem: (avg) => (index.projection.type === 'KEYS_ONLY' ? 1 : avg),
    copies: 1,
    capacity,
    capacityPercent: 100,
    assumptions: [
      'every item has the index keys (fewer items in a sparse index make it faster)',
      index.projection.type === 'ALL' ? 'projection ALL: the whole item is written to the index' : index.projection.type === 'KEYS_ONLY' ? 'projection KEYS_ONLY: one write unit per item' : 'projection INCLUDE: counted as the whole item (an upper bound)',
    ],
  });
}

/**
 * A replica (global table) creation: the whole table is copied to the new region, at the write
 * capacity of the replica (the table's, unless the replica sets its own).
 */
export function estimateReplicaCreation(table: string, region: string, size: LiveSize, capacity: WriteCapacity): Estimate | null {
  return make({
    operation: 'replica-creation',
    table,
    target: region,
    size,
    copies: 1,
    capacity,
    capacityPercent: 100,
    assumptions: ['the initial copy is bounded by the replica\'s write capacity; AWS publishes no rate for it'],
  });
}

/**
 * A `--preserve-data` copy: every item is written twice, out to the on-demand temporary table and
 * back into the recreated table, the slower of the two rates bounding both.
 */
export function estimatePreserveCopy(table: string, size: LiveSize, desiredBilling: Billing, capacityPercent = 100): Estimate | null {
  const back = tableCapacity(desiredBilling);
  const slower = writeRate(back).perSecond < ON_DEMAND_INITIAL_WRITE_UNITS ? back : { provisioned: null, onDemand: null };
  return make({
    operation: 'preserve-data-copy',
    table,
    size,
    copies: 2,
    capacity: slower,
    capacityPercent,
    assumptions: ['two writes per item (copy-out to the on-demand temporary table, copy-back), at the slower rate', 'the scans (check, verify) are not counted'],
  });
}

/** `~2d 2h`, `~2h 47m`, `~12m 5s`, `~40s`: whole units, the two largest. */
export function formatDuration(seconds: number): string {
  const d = Math.floor(seconds / 86_400);
  if (d > 0) return `~${d}d ${Math.floor((seconds % 86_400) / 3600)}h`;
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = seconds % 60;
  if (h > 0) return `~${h}h ${m}m`;
  if (m > 0) return `~${m}m ${s}s`;
  return `~${s}s`;
}

/** `953.7 MiB`, `30.0 GiB`, `512 B`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = bytes / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i += 1;
  }
  return `${v.toFixed(1)} ${units[i] ?? 'TiB'}`;
}
