/**
 * `--max-capacity-percent N`: data work (seed, data migrations, `--preserve-data` copies) keeps the
 * capacity it consumes under N% of what the table has, as AWS's EMR and Glue DynamoDB connectors do
 * with `dynamodb.throughput.write.percent` / `dynamodb.throughput.read.percent`.
 *
 * What the table has: its provisioned read / write capacity units, or, on demand, its maximum
 * request units per second when one is set (OnDemandThroughput). An on-demand table without a
 * maximum has nothing to take a share of: it is not paced. 100% is not paced either: DynamoDB
 * itself throttles at the full capacity, and the writers back off from that already.
 *
 * Pacing (a rate limiter without burst, GCRA-style): each request waits for its start slot, which
 * moves on by `estimate / rate` seconds; once its answer says what it really consumed
 * (ReturnConsumedCapacity TOTAL), the slot moves by the difference. So over any window the units
 * consumed stay under the rate, give or take the one request in flight at its edge.
 */
import { DescribeTableCommand, type ConsumedCapacity, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import { sleep } from '../util/retry.js';

/** The default share: everything a local engine has; half of a real table's. */
export function defaultCapacityPercent(local: boolean): number {
  return local ? 100 : 50;
}

/** Checks a `--max-capacity-percent` value: a number above 0, at most 100. */
export function checkCapacityPercent(percent: number): number {
  if (!(Number.isFinite(percent) && percent > 0 && percent <= 100)) {
    throw new DdbMigrateError({ code: 'CLI_BAD_CAPACITY_PERCENT', message: `--max-capacity-percent must be a number above 0 and at most 100, not ${percent}`, hint: 'For example --max-capacity-percent 25.' });
  }
  return percent;
}

/** Units per second one kind of request may consume: null when not paced. */
export class CapacityPacer {
  private nextAt = 0;
  constructor(
    /** Capacity units per second. */
    readonly rate: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Waits for this request's slot; `estimate` units are booked for it. */
  async take(estimate: number): Promise<void> {
    const now = this.now();
    const start = Math.max(now, this.nextAt);
    this.nextAt = start + (Math.max(0, estimate) / this.rate) * 1000;
    if (start > now) await sleep(start - now);
  }

  /** The request's answer said what it consumed: book the difference. */
  settle(estimate: number, consumed: number): void {
    this.nextAt += ((consumed - Math.max(0, estimate)) / this.rate) * 1000;
  }
}

/** Read and write pacers of one table (null: that kind is not paced), and what they come from. */
export interface TablePacers {
  readonly read: CapacityPacer | null;
  readonly write: CapacityPacer | null;
  /** E.g. `50% of 100 provisioned WCU = 50 WCU/s`; null when nothing is paced. */
  readonly basis: string | null;
}

export const UNPACED: TablePacers = { read: null, write: null, basis: null };

/** The table's capacity per second: provisioned units, or the on-demand maximum where set. */
export interface TableCapacity {
  readonly readUnits: number | null;
  readonly writeUnits: number | null;
  readonly kind: 'provisioned' | 'on-demand maximum' | 'on-demand';
}

export async function readTableCapacity(client: DynamoDBClient, table: string): Promise<TableCapacity> {
  const t = (await client.send(new DescribeTableCommand({ TableName: table }))).Table;
  const positive = (n: number | undefined): number | null => (n !== undefined && n > 0 ? n : null);
  if (t?.BillingModeSummary?.BillingMode !== 'PAY_PER_REQUEST' && positive(t?.ProvisionedThroughput?.WriteCapacityUnits) !== null) {
    return { readUnits: positive(t?.ProvisionedThroughput?.ReadCapacityUnits), writeUnits: positive(t?.ProvisionedThroughput?.WriteCapacityUnits), kind: 'provisioned' };
  }
  const r = positive(t?.OnDemandThroughput?.MaxReadRequestUnits);
  const w = positive(t?.OnDemandThroughput?.MaxWriteRequestUnits);
  return { readUnits: r, writeUnits: w, kind: r !== null || w !== null ? 'on-demand maximum' : 'on-demand' };
}

/** The pacers for `percent` of the capacity `table` has (unpaced at 100% or without a capacity). */
export async function tablePacers(client: DynamoDBClient, table: string, percent: number): Promise<TablePacers> {
  if (percent >= 100) return UNPACED;
  const cap = await readTableCapacity(client, table);
  return pacersFor(cap, percent);
}

/** Pure: the pacers for `percent` of `cap`. */
export function pacersFor(cap: TableCapacity, percent: number): TablePacers {
  if (percent >= 100) return UNPACED;
  const share = (units: number | null) => (units === null ? null : Math.max(1, (units * percent) / 100));
  const r = share(cap.readUnits);
  const w = share(cap.writeUnits);
  if (r === null && w === null) return UNPACED;
  const unit = cap.kind === 'provisioned' ? ['RCU', 'WCU'] : ['RRU', 'WRU'];
  const parts = [
    ...(w !== null ? [`${percent}% of ${cap.writeUnits} ${cap.kind} ${unit[1]} = ${w} ${unit[1]}/s`] : []),
    ...(r !== null ? [`${percent}% of ${cap.readUnits} ${cap.kind} ${unit[0]} = ${r} ${unit[0]}/s`] : []),
  ];
  return { read: r === null ? null : new CapacityPacer(r), write: w === null ? null : new CapacityPacer(w), basis: parts.join('; ') };
}

/** Units an answer's ConsumedCapacity reports (one entry, or one per table of a batch). */
export function consumedUnits(c: ConsumedCapacity | readonly ConsumedCapacity[] | undefined): number {
  if (!c) return 0;
  const list = Array.isArray(c) ? (c as readonly ConsumedCapacity[]) : [c as ConsumedCapacity];
  return list.reduce((sum, x) => sum + (x.CapacityUnits ?? 0), 0);
}

/** Runs one request under `pacer` (when there is one): waits for its slot, books what it consumed. */
export async function paced<T extends { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[] | undefined }>(pacer: CapacityPacer | null, estimate: number, send: () => Promise<T>): Promise<T> {
  if (!pacer) return send();
  await pacer.take(estimate);
  try {
    const out = await send();
    pacer.settle(estimate, consumedUnits(out.ConsumedCapacity));
    return out;
  } catch (e) {
    // A refused request consumed nothing we know of: give its slot back.
    pacer.settle(estimate, 0);
    throw e;
  }
}
