/**
 * The capacity share's SDK side (the rule: model/capacity-share.ts): reading what a table has, and
 * the pacer that keeps requests under a rate.
 *
 * Pacing (a rate limiter without burst, GCRA-style): each request waits for its start slot, which
 * moves on by `estimate / rate` seconds; once its answer says what it really consumed
 * (ReturnConsumedCapacity TOTAL), the slot moves by the difference. So over any window the units
 * consumed stay under the rate, give or take the one request at the window's edge.
 */
import { DescribeTableCommand, type ConsumedCapacity, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { TableCapacity } from '../model/capacity-share.js';
import { sleep } from '../util/retry.js';


/** Books capacity units against a rate (units per second). */
export class CapacityPacer {
  private nextAt = 0;
  constructor(
    /** Capacity units per second. */
    readonly rate: number,
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Waits for this request's slot (less when `signal` aborts); `estimate` units are booked for it. */
  async take(estimate: number, signal?: AbortSignal): Promise<void> {
    const now = this.now();
    const start = Math.max(now, this.nextAt);
    this.nextAt = start + (Math.max(0, estimate) / this.rate) * 1000;
    if (start > now) await sleep(start - now, signal);
  }

  /** The request's answer said what it consumed: book the difference. */
  settle(estimate: number, consumed: number): void {
    this.nextAt += ((consumed - Math.max(0, estimate)) / this.rate) * 1000;
  }
}

/** The table's capacity per second: provisioned units, or the on-demand maximum where set. */
export async function readTableCapacity(client: DynamoDBClient, table: string): Promise<TableCapacity> {
  const t = (await client.send(new DescribeTableCommand({ TableName: table }))).Table;
  const positive = (n: number | undefined): number | null => (n !== undefined && n > 0 ? n : null);
  const avgItemBytes = t?.ItemCount && t.TableSizeBytes ? t.TableSizeBytes / t.ItemCount : null;
  if (t?.BillingModeSummary?.BillingMode !== 'PAY_PER_REQUEST' && positive(t?.ProvisionedThroughput?.WriteCapacityUnits) !== null) {
    return { readUnits: positive(t?.ProvisionedThroughput?.ReadCapacityUnits), writeUnits: positive(t?.ProvisionedThroughput?.WriteCapacityUnits), kind: 'provisioned', avgItemBytes };
  }
  const r = positive(t?.OnDemandThroughput?.MaxReadRequestUnits);
  const w = positive(t?.OnDemandThroughput?.MaxWriteRequestUnits);
  return { readUnits: r, writeUnits: w, kind: r !== null || w !== null ? 'on-demand maximum' : 'on-demand', avgItemBytes };
}

/** Units an answer's ConsumedCapacity reports, per table (one entry, or one per table of a batch). */
export function consumedByTable(c: ConsumedCapacity | readonly ConsumedCapacity[] | undefined): Map<string, number> {
  const out = new Map<string, number>();
  const list = c === undefined ? [] : Array.isArray(c) ? (c as readonly ConsumedCapacity[]) : [c as ConsumedCapacity];
  for (const x of list) out.set(x.TableName ?? '', (out.get(x.TableName ?? '') ?? 0) + (x.CapacityUnits ?? 0));
  return out;
}
