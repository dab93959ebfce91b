/**
 * Paginated reads for migrations. The parallel scan (live/parallel-scan.ts) runs `segments` Scan
 * streams at once, one page of look-ahead each, and yields pages as they arrive. Each page's cursor
 * records, per segment, the last key of the pages yielded so far, so checkpointing it after
 * processing a page and resuming from it later skips exactly the pages already processed.
 */
import { QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { documentScanPages, freshPositions, parallelPages } from '../live/parallel-scan.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Item, QueryPage, QueryParams, ScanOptions, ScanPage, SegmentState } from './types.js';

const MAX_SEGMENTS = 1_000_000;

function startState(table: string, opts: ScanOptions): SegmentState[] {
  if (opts.startFrom !== undefined) {
    const from = opts.startFrom.segments;
    if (!Array.isArray(from) || from.length === 0 || (opts.segments !== undefined && opts.segments !== from.length)) {
      throw new DdbMigrateError({
        code: 'MIGRATION_BAD_CURSOR',
        message: `scan of ${table}: the cursor to resume from has ${Array.isArray(from) ? from.length : 'no'} segments, the scan asks for ${opts.segments ?? 'the same number'}`,
        table,
        hint: 'Resume with the same `segments` as the run that saved the checkpoint.',
      });
    }
    return from.map((s) => ({ done: Boolean(s.done), lastKey: s.lastKey ?? null }));
  }
  const n = Math.floor(opts.segments ?? 1);
  if (!(n >= 1 && n <= MAX_SEGMENTS)) throw new DdbMigrateError({ code: 'MIGRATION_BAD_SEGMENTS', message: `scan of ${table}: segments must be 1..${MAX_SEGMENTS}, not ${opts.segments}`, table });
  return freshPositions<Item>(n);
}

/** Pages of a (parallel) scan of `table`; see the module comment for what `cursor` means. */
export async function* scanPages(doc: DynamoDBDocumentClient, table: string, opts: ScanOptions = {}): AsyncGenerator<ScanPage> {
  const { segments: _s, startFrom: _f, ...params } = opts;
  for await (const page of parallelPages(documentScanPages(doc, table, params), startState(table, opts))) {
    yield { items: page.items, segment: page.segment, cursor: { segments: page.positions } };
  }
}

/** The segment of a shared scan a worker holds (migrations/worker.ts). */
export interface SegmentScan {
  readonly segment: number;
  readonly totalSegments: number;
  /** Throws when the worker no longer holds the segment (its lease was taken over): no page after that. */
  readonly assertHeld: () => void;
}

/**
 * Pages of one segment of `table` for a worker: the migration's own `segments` is ignored (the
 * work's split applies), `startFrom` is the segment's one-element cursor (`ctx.lastCheckpoint()`).
 */
export async function* segmentScanPages(doc: DynamoDBDocumentClient, table: string, opts: ScanOptions = {}, seg: SegmentScan): AsyncGenerator<ScanPage> {
  const { segments: _s, startFrom, ...params } = opts;
  const from = startFrom?.segments[0];
  if (from?.done) return;
  const fetch = documentScanPages(doc, table, params);
  let startKey: Item | null = from?.lastKey ?? null;
  for (;;) {
    seg.assertHeld();
    const page = await fetch({ segment: seg.segment, totalSegments: seg.totalSegments, startKey });
    seg.assertHeld();
    startKey = page.lastKey ?? null;
    yield { items: page.items, segment: seg.segment, cursor: { segments: [{ done: startKey === null, lastKey: startKey }] } };
    if (startKey === null) return;
  }
}

/** Pages of a query of `table`, from `params.startFrom` when given. */
export async function* queryPages(doc: DynamoDBDocumentClient, table: string, params: QueryParams): AsyncGenerator<QueryPage> {
  const { startFrom, ...rest } = params;
  let start: Item | undefined = startFrom;
  do {
    const out = await doc.send(new QueryCommand({ ...rest, TableName: table, ...(start ? { ExclusiveStartKey: start } : {}) }));
    start = out.LastEvaluatedKey;
    yield { items: (out.Items ?? []) as Item[], lastKey: start ?? null };
  } while (start);
}
