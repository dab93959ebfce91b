/**
 * The replacement's reads: a strongly consistent parallel Scan of a whole table as raw items, one
 * stream per segment, over the shared live/parallel-scan.ts.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { forEachSegment as eachSegment, rawScanPages } from '../live/parallel-scan.js';
import type { RawItem } from './convert.js';

/** Segments scanned at once: enough to keep DynamoDB busy, few enough for a laptop engine. */
export const DEFAULT_SEGMENTS = 4;

/** Runs `each` over every segment of `table` at once and returns their results in segment order. */
export function forEachSegment<T>(
  client: DynamoDBClient,
  table: string,
  segments: number,
  each: (items: AsyncGenerator<RawItem>, segment: number) => Promise<T>,
): Promise<T[]> {
  // Consistent: the copy and its checksums must see every write made before the replacement began.
  return eachSegment(rawScanPages(client, table, { consistent: true }), segments, each);
}
