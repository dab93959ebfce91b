/**
 * Data-preserving replacement: the phases, the plan of one replacement, its progress events and
 * its report. A replacement copies every item to a temporary table, recreates the table with the
 * new shape, copies the items back (converting key values) and proves nothing was lost.
 */
import type { AttributeType, TableShape } from '../model/table-shape.js';

/** In order. `check` writes nothing; nothing is deleted before `copy-out` is verified. */
export const REPLACE_PHASES = ['check', 'copy-out', 'delete', 'create', 'copy-back', 'verify', 'drop-temp'] as const;

export type ReplacePhase = (typeof REPLACE_PHASES)[number];

/** The temporary table is `<table>__ddbm_tmp` on the same endpoint. */
export const TEMP_SUFFIX = '__ddbm_tmp';

export function tempTableName(table: string): string {
  return `${table}${TEMP_SUFFIX}`;
}

/** A key attribute of the new shape and what every copied item must hold in it. */
export interface KeyRule {
  readonly attribute: string;
  readonly type: AttributeType;
  /** Table partition / sort key: every item must have it. Index keys may be absent (sparse index). */
  readonly required: boolean;
  /** Where it is used, for messages: `partition key`, `sort key of LSI byDate`... */
  readonly role: string;
  /** The type the live table declares for this attribute, when it is a key there too. */
  readonly liveType: AttributeType | null;
}

/** Rough cost of the replacement, from DescribeTable's item count and size (updated ~every 6 h on AWS). */
export interface ReplaceEstimate {
  readonly items: number | null;
  readonly bytes: number | null;
  /** Items written in all (copy-out + copy-back). */
  readonly writes: number | null;
  /** Full scans of the data (check, copy-out, verify copy, copy-back, verify). */
  readonly scans: number;
  /** At an assumed 1,000 items/s per phase; a lower bound on a table with little capacity. */
  readonly seconds: number | null;
}

export interface ReplacePhasePlan {
  readonly table: string;
  readonly tempTable: string;
  /** The live table's shape (the source of the copy). */
  readonly live: TableShape;
  /** The shape the table is recreated with (unsupported features already masked). */
  readonly desired: TableShape;
  /** Keys of the live table, on-demand, no indexes, no TTL, no stream: a plain copy. */
  readonly temp: TableShape;
  /** Every key attribute of the new shape, with the conversion each needs. */
  readonly keyRules: readonly KeyRule[];
  /** Why DynamoDB cannot do this in place (from the plan). */
  readonly reasons: readonly string[];
  readonly phases: readonly ReplacePhase[];
  readonly estimate: ReplaceEstimate;
}

/** An item that cannot be copied into the new shape: its live key and why. */
export interface UnconvertibleItem {
  readonly key: Readonly<Record<string, string>>;
  readonly reason: string;
}

export type ReplaceEvent =
  | { readonly kind: 'phase-start'; readonly table: string; readonly phase: ReplacePhase; readonly position: number; readonly total: number }
  | {
      readonly kind: 'phase-end';
      readonly table: string;
      readonly phase: ReplacePhase;
      /** `resumed`: an earlier, interrupted run had finished this phase. */
      readonly status: 'done' | 'resumed';
      readonly ms: number;
      readonly note?: string;
    }
  | { readonly kind: 'progress'; readonly table: string; readonly phase: ReplacePhase; readonly items: number };

/** Count and order-independent content checksum of a set of items. */
export interface ItemDigest {
  readonly count: number;
  /** Hex; the same for the same items in any order and any attribute order. */
  readonly checksum: string;
}

export interface ReplaceReport {
  readonly table: string;
  readonly tempTable: string;
  /** False when stopped by `stopAfter` (the run can be resumed). */
  readonly completed: boolean;
  /** The first phase this run worked on (later than `check` when it resumed an earlier run). */
  readonly resumedAt: ReplacePhase | null;
  readonly phases: readonly { readonly phase: ReplacePhase; readonly status: 'done' | 'resumed' | 'not-run'; readonly ms: number }[];
  /** The source table's items before (raw) and what the new table must hold (converted). */
  readonly source: ItemDigest | null;
  readonly result: ItemDigest | null;
}
