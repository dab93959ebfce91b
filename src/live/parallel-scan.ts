/**
 * The one parallel Scan: `n` segments read at once, each resumable from the last key it reached,
 * optionally strongly consistent. It is generic over the page fetcher so the replacement (raw
 * AttributeValue items, consistent reads) and data migrations (document-client items, the user's
 * own Scan parameters) share the segment bookkeeping instead of each keeping a copy.
 */
import { ScanCommand, type AttributeValue, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { ScanCommand as DocScanCommand, type DynamoDBDocumentClient, type ScanCommandInput as DocScanInput } from '@aws-sdk/lib-dynamodb';

/** One page request: which segment of how many, and where to continue (null: from the start). */
export interface PageRequest<K> {
  readonly segment: number;
  readonly totalSegments: number;
  readonly startKey: K | null;
}

/** What a page returned: its items, and the key to continue from (null: the segment is done). */
export interface FetchedPage<I, K> {
  readonly items: readonly I[];
  readonly lastKey: K | null;
}

/** Reads one page of one segment. */
export type FetchPage<I, K> = (req: PageRequest<K>) => Promise<FetchedPage<I, K>>;

/** Where one segment is: done, or the LastEvaluatedKey to continue from (null before its first page). */
export interface SegmentPosition<K> {
  readonly done: boolean;
  readonly lastKey: K | null;
}

/** One page of a parallel scan, with the position of every segment once it is processed. */
export interface ParallelPage<I, K> {
  readonly items: readonly I[];
  readonly segment: number;
  readonly positions: readonly SegmentPosition<K>[];
}

/** `n` segments, none read yet. */
export function freshPositions<K>(n: number): SegmentPosition<K>[] {
  return Array.from({ length: n }, () => ({ done: false, lastKey: null }));
}

/** The items of one segment, page by page, from its start. */
export async function* segmentItems<I, K>(fetch: FetchPage<I, K>, segment: number, totalSegments: number): AsyncGenerator<I> {
  let startKey: K | null = null;
  do {
    const page: FetchedPage<I, K> = await fetch({ segment, totalSegments, startKey });
    yield* page.items;
    startKey = page.lastKey;
  } while (startKey !== null);
}

/** Runs `each` over every segment at once (each gets its own item stream); results in segment order. */
export function forEachSegment<I, K, T>(
  fetch: FetchPage<I, K>,
  segments: number,
  each: (items: AsyncGenerator<I>, segment: number) => Promise<T>,
): Promise<T[]> {
  const n = Math.max(1, Math.floor(segments));
  return Promise.all(Array.from({ length: n }, (_, s) => each(segmentItems(fetch, s, n), s)));
}

/**
 * Pages of all segments as they arrive, one page of look-ahead per segment, resuming from `start`.
 * A page's `positions` record, per segment, the last key of the pages yielded so far: saving them
 * after processing a page and resuming from them later skips exactly the pages already processed.
 */
export async function* parallelPages<I, K>(fetch: FetchPage<I, K>, start: readonly SegmentPosition<K>[]): AsyncGenerator<ParallelPage<I, K>> {
  const state = start.map((s) => ({ ...s }));
  const total = state.length;
  type Arrived = { readonly seg: number; readonly page: FetchedPage<I, K> };
  const inFlight = new Map<number, Promise<Arrived>>();
  const read = (seg: number): void => {
    const startKey = (state[seg] as SegmentPosition<K>).lastKey;
    inFlight.set(seg, fetch({ segment: seg, totalSegments: total, startKey }).then((page) => ({ seg, page })));
  };
  state.forEach((s, seg) => {
    if (!s.done) read(seg);
  });
  try {
    while (inFlight.size > 0) {
      const { seg, page } = await Promise.race(inFlight.values());
      inFlight.delete(seg);
      state[seg] = page.lastKey !== null ? { done: false, lastKey: page.lastKey } : { done: true, lastKey: null };
      yield { items: page.items, segment: seg, positions: state.map((s) => ({ ...s })) };
      // Only now (the consumer asked for more) does this segment read ahead again.
      if (!(state[seg] as SegmentPosition<K>).done) read(seg);
    }
  } finally {
    // Stopped early (break, throw): the reads still in flight must not become unhandled rejections.
    for (const p of inFlight.values()) p.catch(() => undefined);
  }
}

type RawItem = Record<string, AttributeValue>;

/** Pages of `table` as raw AttributeValue items; `consistent` asks for strongly consistent reads. */
export function rawScanPages(client: DynamoDBClient, table: string, opts: { readonly consistent: boolean }): FetchPage<RawItem, RawItem> {
  return async ({ segment, totalSegments, startKey }) => {
    const out = await client.send(
      new ScanCommand({
        TableName: table,
        Segment: segment,
        TotalSegments: totalSegments,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
        ...(opts.consistent ? { ConsistentRead: true } : {}),
      }),
    );
    return { items: out.Items ?? [], lastKey: out.LastEvaluatedKey ?? null };
  };
}

type DocItem = Record<string, unknown>;
type DocScanParams = Omit<DocScanInput, 'TableName' | 'Segment' | 'TotalSegments' | 'ExclusiveStartKey'>;

/**
 * Pages of `table` through the document client, with the caller's own Scan parameters (filter,
 * projection, `ConsistentRead`...). A one-segment scan sends no Segment / TotalSegments.
 */
export function documentScanPages(doc: DynamoDBDocumentClient, table: string, params: DocScanParams): FetchPage<DocItem, DocItem> {
  return async ({ segment, totalSegments, startKey }) => {
    const out = await doc.send(
      new DocScanCommand({
        ...params,
        TableName: table,
        ...(totalSegments > 1 ? { Segment: segment, TotalSegments: totalSegments } : {}),
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    return { items: (out.Items ?? []) as DocItem[], lastKey: (out.LastEvaluatedKey as DocItem | undefined) ?? null };
  };
}
