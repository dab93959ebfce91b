/**
 * The table's Kinesis streaming destination: DescribeKinesisStreamingDestination
 * (API_DescribeKinesisStreamingDestination), the destination that is ENABLING, ACTIVE or UPDATING
 * (the first by stream ARN if there are several), and the wait until a change of one stream has
 * settled. An endpoint without the operation (DynamoDB Local: UnknownOperationException) marks the
 * feature unsupported.
 */
import { DescribeKinesisStreamingDestinationCommand, type DynamoDBClient, type KinesisDataStreamDestination } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import type { KinesisDestination } from '../model/table-shape.js';
import { sleep } from '../util/retry.js';
import { UNSUPPORTED, type Unsupported } from './capabilities.js';
import type { LiveClient } from './live-client.js';
import type { WaitOptions } from './wait.js';

const ON = new Set(['ENABLING', 'ACTIVE', 'UPDATING']);
const IN_PROGRESS = new Set(['ENABLING', 'DISABLING', 'UPDATING']);

async function destinations(client: DynamoDBClient, table: string): Promise<KinesisDataStreamDestination[]> {
  return (await client.send(new DescribeKinesisStreamingDestinationCommand({ TableName: table }))).KinesisDataStreamDestinations ?? [];
}

/** The destination that is on, in model form; null when none is. */
export function activeDestination(list: readonly KinesisDataStreamDestination[]): KinesisDestination | null {
  const on = list.filter((d) => ON.has(d.DestinationStatus ?? '') && d.StreamArn).sort((a, b) => ((a.StreamArn ?? '') < (b.StreamArn ?? '') ? -1 : 1))[0];
  if (!on?.StreamArn) return null;
  return { streamArn: on.StreamArn, precision: on.ApproximateCreationDateTimePrecision === 'MICROSECOND' ? 'MICROSECOND' : 'MILLISECOND' };
}

export async function readKinesisDestination({ client, capabilities }: LiveClient, table: string): Promise<KinesisDestination | null | Unsupported> {
  const out = await capabilities.call('kinesisDestination', () => destinations(client, table));
  return out === UNSUPPORTED ? UNSUPPORTED : activeDestination(out);
}

/** The current destination list (the executor's "already in place" check). */
export const describeDestinations = destinations;

/** Waits until `streamArn` is no longer ENABLING / DISABLING / UPDATING; ENABLE_FAILED is an error. */
export async function waitForDestination(client: DynamoDBClient, table: string, streamArn: string, opts: WaitOptions): Promise<void> {
  const start = Date.now();
  let interval = Math.max(1, opts.pollIntervalMs.initial);
  for (;;) {
    const d = (await destinations(client, table)).find((x) => x.StreamArn === streamArn);
    const status = d?.DestinationStatus ?? 'DISABLED';
    if (status === 'ENABLE_FAILED') {
      throw new DdbMigrateError({ code: 'EXEC_KINESIS_FAILED', table, message: `streaming ${table} to ${streamArn} failed: ${d?.DestinationStatusDescription ?? 'ENABLE_FAILED'}`, hint: 'Check that the stream exists and DynamoDB may write to it; run `ddb-migrate plan` again to retry.' });
    }
    if (!IN_PROGRESS.has(status)) return;
    const elapsed = Date.now() - start;
    if (elapsed >= opts.timeoutMs) {
      throw new DdbMigrateError({ code: 'EXEC_WAIT_TIMEOUT', table, message: `gave up waiting for the Kinesis destination of ${table} after ${Math.round(elapsed / 1000)}s: ${status}`, hint: 'DynamoDB is still working on it. Run `ddb-migrate plan` later.' });
    }
    if (opts.signal?.aborted) {
      throw new DdbMigrateError({ code: 'EXEC_INTERRUPTED', table, message: `interrupted while waiting for the Kinesis destination of ${table} (${status}); the call was made`, hint: 'Run apply again: it continues from the live state.' });
    }
    opts.onProgress(`waiting for ${table} Kinesis destination ${status} ${Math.round(elapsed / 1000)}s`, elapsed);
    await sleep(Math.min(interval, Math.max(1, opts.timeoutMs - elapsed)), opts.signal);
    interval = Math.min(interval * 2, opts.pollIntervalMs.max);
  }
}
