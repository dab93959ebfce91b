/** Parallel Scan of a whole table as raw items, one async stream per segment (strongly consistent). */
import { ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { RawItem } from './convert.js';

/** Segments scanned at once: enough to keep DynamoDB busy, few enough for a laptop engine. */
export const DEFAULT_SEGMENTS = 4;

/** The items of one segment, page by page. */
export async function* scanSegment(client: DynamoDBClient, table: string, segment: number, total: number): AsyncGenerator<RawItem> {
  let start: RawItem | undefined;
  do {
    const out = await client.send(
      new ScanCommand({ TableName: table, Segment: segment, TotalSegments: total, ExclusiveStartKey: start, ConsistentRead: true }),
    );
    for (const item of out.Items ?? []) yield item;
    start = out.LastEvaluatedKey;
  } while (start);
}

/** Runs `each` over every segment of `table` at once and returns their results in segment order. */
export function forEachSegment<T>(
  client: DynamoDBClient,
  table: string,
  segments: number,
  each: (items: AsyncGenerator<RawItem>, segment: number) => Promise<T>,
): Promise<T[]> {
  const n = Math.max(1, Math.floor(segments));
  return Promise.all(Array.from({ length: n }, (_, s) => each(scanSegment(client, table, s, n), s)));
}
