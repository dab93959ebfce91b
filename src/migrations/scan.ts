/**
 * Paginated reads for migrations. The parallel scan runs `segments` Scan streams at once, one page
 * of look-ahead each, and yields pages as they arrive. Each page's cursor records, per segment,
 * the last key of the pages yielded so far, so checkpointing it after processing a page and
 * resuming from it later skips exactly the pages already processed.
 */
import { QueryCommand, ScanCommand, type DynamoDBDocumentClient, type ScanCommandOutput } from '@aws-sdk/lib-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import type { Item, QueryPage, QueryParams, ScanCursor, ScanOptions, ScanPage, SegmentState } from './types.js';

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
  return Array.from({ length: n }, () => ({ done: false, lastKey: null }));
}

/** Pages of a (parallel) scan of `table`; see the module comment for what `cursor` means. */
export async function* scanPages(doc: DynamoDBDocumentClient, table: string, opts: ScanOptions = {}): AsyncGenerator<ScanPage> {
  const { segments: _s, startFrom: _f, ...params } = opts;
  const state = startState(table, opts);
  const total = state.length;
  type Arrived = { readonly seg: number; readonly out: ScanCommandOutput };
  const inFlight = new Map<number, Promise<Arrived>>();
  const fetch = (seg: number): void => {
    const last = (state[seg] as SegmentState).lastKey;
    const cmd = new ScanCommand({
      ...params,
      TableName: table,
      ...(total > 1 ? { Segment: seg, TotalSegments: total } : {}),
      ...(last ? { ExclusiveStartKey: last } : {}),
    });
    inFlight.set(seg, doc.send(cmd).then((out) => ({ seg, out })));
  };
  state.forEach((s, seg) => {
    if (!s.done) fetch(seg);
  });
  try {
    while (inFlight.size > 0) {
      const { seg, out } = await Promise.race(inFlight.values());
      inFlight.delete(seg);
      state[seg] = out.LastEvaluatedKey ? { done: false, lastKey: out.LastEvaluatedKey } : { done: true, lastKey: null };
      const cursor: ScanCursor = { segments: state.map((s) => ({ ...s })) };
      yield { items: (out.Items ?? []) as Item[], segment: seg, cursor };
      // Only now (the consumer asked for more) does this segment read ahead again.
      if (!(state[seg] as SegmentState).done) fetch(seg);
    }
  } finally {
    // Stopped early (break, throw): the reads still in flight must not become unhandled rejections.
    for (const p of inFlight.values()) p.catch(() => undefined);
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
