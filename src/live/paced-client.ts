/**
 * A client whose data-plane requests to each table keep under their capacity share
 * (model/capacity-share.ts): every Put/Update/Delete/BatchWrite/TransactWrite books write units,
 * every Get/BatchGet/TransactGet/Query/Scan read units, against that table's pacer, and asks for
 * ReturnConsumedCapacity so the booking is settled with what DynamoDB says it consumed.
 *
 * A middleware, so everything sent through the client is paced, whoever sends it: a migration's
 * `ctx.scan` and `ctx.update`, its own `ctx.client.send(...)`, the fixture loader (its derived client
 * inherits the middleware), a `--preserve-data` copy. The excepted tables (the control table) pass
 * through; so does every other call (DescribeTable, the executor's control-plane calls).
 */
import type { ConsumedCapacity, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { InitializeHandlerArguments, InitializeHandlerOutput, InitializeMiddleware, MetadataBearer } from '@smithy/types';
import { shareOf, type TableShare } from '../model/capacity-share.js';
import { CapacityPacer, consumedByTable, readTableCapacity } from './capacity-share.js';
import { deriveClient } from './client.js';

type Input = Record<string, unknown>;
type Kind = 'read' | 'write';

/** What a request books: which tables, read or write, and units before the answer says. */
interface Booking {
  readonly table: string;
  readonly kind: Kind;
  readonly estimate: number;
}

const single = (kind: Kind, estimate: number) => (i: Input): Booking[] => [{ table: String(i['TableName']), kind, estimate }];
const perTable = (kind: Kind, count: (v: unknown) => number) => (i: Input): Booking[] =>
  Object.entries((i['RequestItems'] ?? {}) as Record<string, unknown>).map(([table, v]) => ({ table, kind, estimate: count(v) }));
/** Transactions cost two units per item (prepare and commit). */
const transact = (kind: Kind) => (i: Input): Booking[] => {
  const byTable = new Map<string, number>();
  for (const entry of (i['TransactItems'] ?? []) as Record<string, { TableName?: string } | undefined>[]) {
    for (const op of Object.values(entry)) if (op?.TableName) byTable.set(op.TableName, (byTable.get(op.TableName) ?? 0) + 2);
  }
  return [...byTable].map(([table, estimate]) => ({ table, kind, estimate }));
};

/** The paced requests, by the SDK's command name (the document client's commands share them). */
const BOOKINGS: Readonly<Record<string, (input: Input) => Booking[]>> = {
  PutItemCommand: single('write', 1),
  UpdateItemCommand: single('write', 1),
  DeleteItemCommand: single('write', 1),
  BatchWriteItemCommand: perTable('write', (v) => (Array.isArray(v) ? v.length : 0)),
  TransactWriteItemsCommand: transact('write'),
  GetItemCommand: single('read', 1),
  BatchGetItemCommand: perTable('read', (v) => ((v as { Keys?: unknown[] }).Keys ?? []).length),
  TransactGetItemsCommand: transact('read'),
  // Estimated, and their page limited, from the table's item size (see pageLimit).
  QueryCommand: single('read', 1),
  ScanCommand: single('read', 1),
};
const PAGED = new Set(['QueryCommand', 'ScanCommand']);
/** Refusals that consumed capacity all the same. */
const CONSUMED_ANYWAY = new Set(['ConditionalCheckFailedException', 'TransactionCanceledException']);

/** A scan or query page holds about this much of a second's share: the overshoot at a window's edge. */
const PAGE_SECONDS = 0.25;

interface TablePacing {
  readonly share: TableShare;
  readonly read: CapacityPacer | null;
  readonly write: CapacityPacer | null;
  /** Read units an item costs at ConsistentRead (eventually consistent: half), learnt from the answers. */
  unitsPerItem: number;
}

export interface CapacityShareOptions {
  /** Reads the tables' capacity (DescribeTable); not paced itself. */
  readonly client: DynamoDBClient;
  readonly percent: number;
  /** Tables whose requests pass through unpaced (the control table: a lock renewal must not wait). */
  readonly except: readonly string[];
  /** Called once per table as its share is first read (and again after `forget`). */
  readonly onShare?: (share: TableShare) => void;
  /** Ends a wait early (Ctrl-C). */
  readonly signal?: AbortSignal;
}

/** The pacers of the tables one piece of data work touches, read from each table once. */
export class CapacityShare {
  private readonly pacing = new Map<string, Promise<TablePacing | null>>();
  private readonly except: ReadonlySet<string>;
  constructor(readonly opts: CapacityShareOptions) {
    this.except = new Set(opts.except);
  }

  get signal(): AbortSignal | undefined {
    return this.opts.signal;
  }

  /** Paced: a share below 100%, a table not excepted. */
  covers(table: string): boolean {
    return this.opts.percent < 100 && !this.except.has(table);
  }

  /** The table's pacers (null: not paced, or not there yet: it is read again on the next request). */
  of(table: string): Promise<TablePacing | null> {
    let p = this.pacing.get(table);
    if (!p) {
      p = readTableCapacity(this.opts.client, table).then(
        (capacity) => {
          const share = shareOf(table, capacity, this.opts.percent);
          this.opts.onShare?.(share);
          const pacer = (rate: number | null) => (rate === null ? null : new CapacityPacer(rate));
          const bytes = Math.max(1, capacity.avgItemBytes ?? 1024);
          return { share, read: pacer(share.readRate), write: pacer(share.writeRate), unitsPerItem: bytes / 4096 };
        },
        () => {
          this.pacing.delete(table);
          return null;
        },
      );
      this.pacing.set(table, p);
    }
    return p;
  }

  /** The table was deleted or created (a replacement): its capacity is read again. */
  forget(table: string): void {
    this.pacing.delete(table);
  }
}

/** `base`'s endpoint and credentials, every data request to `share`'s tables paced. */
export function pacedClient(base: DynamoDBClient, share: CapacityShare): DynamoDBClient {
  return deriveClient(base, {
    maxAttempts: base.config.maxAttempts,
    retryMode: base.config.retryMode,
    extend: (client) => client.middlewareStack.add(pacingMiddleware(share), { step: 'initialize', name: 'ddbMigrateCapacityShare' }),
  });
}

/** Items per page of a scan or query that keep it to about PAGE_SECONDS of the read share. */
function pageLimit(p: TablePacing, rate: number, input: Input): number {
  const perItem = p.unitsPerItem * (input['ConsistentRead'] === true ? 1 : 0.5);
  const limit = Math.max(1, Math.floor((rate * PAGE_SECONDS) / perItem));
  const asked = typeof input['Limit'] === 'number' ? input['Limit'] : Number.POSITIVE_INFINITY;
  return Math.min(limit, asked);
}

function pacingMiddleware(share: CapacityShare): InitializeMiddleware<object, MetadataBearer> {
  return (next, context) => async (args: InitializeHandlerArguments<object>): Promise<InitializeHandlerOutput<MetadataBearer>> => {
    const name = context.commandName ?? '';
    if (name === 'CreateTableCommand' || name === 'DeleteTableCommand') {
      share.forget(String((args.input as Input)['TableName']));
      return next(args);
    }
    const book = BOOKINGS[name];
    if (!book) return next(args);
    let input = args.input as Input;
    const booked: { readonly booking: Booking; readonly pacer: CapacityPacer; readonly pacing: TablePacing }[] = [];
    for (const b of book(input)) {
      if (!share.covers(b.table)) continue;
      const pacing = await share.of(b.table);
      const pacer = pacing?.[b.kind];
      if (!pacing || !pacer) continue;
      let estimate = b.estimate;
      if (PAGED.has(name)) {
        const limit = pageLimit(pacing, pacer.rate, input);
        input = { ...input, Limit: limit };
        estimate = limit * pacing.unitsPerItem * (input['ConsistentRead'] === true ? 1 : 0.5);
      }
      booked.push({ booking: { ...b, estimate }, pacer, pacing });
    }
    if (booked.length === 0) return next(args);
    // The caller's INDEXES is kept (its totals are there too); anything else asks for TOTAL.
    input = { ...input, ReturnConsumedCapacity: input['ReturnConsumedCapacity'] === 'INDEXES' ? 'INDEXES' : 'TOTAL' };
    for (const { booking, pacer } of booked) await pacer.take(booking.estimate, share.signal);
    let out: InitializeHandlerOutput<MetadataBearer>;
    try {
      out = await next({ ...args, input });
    } catch (e) {
      // A failed condition still consumes write units (read-write-operations in DynamoDB's guide); the
      // error says no figure, so the booking stands. Anything else (a throttle the SDK gave up on): nothing.
      if (!CONSUMED_ANYWAY.has((e as { name?: string }).name ?? '')) for (const { booking, pacer } of booked) pacer.settle(booking.estimate, 0);
      throw e;
    }
    const output = out.output as { ConsumedCapacity?: ConsumedCapacity | ConsumedCapacity[]; ScannedCount?: number; Count?: number };
    const consumed = consumedByTable(output.ConsumedCapacity);
    for (const { booking, pacer, pacing } of booked) {
      const units = consumed.get(booking.table) ?? 0;
      pacer.settle(booking.estimate, units);
      const items = output.ScannedCount ?? output.Count ?? 0;
      if (PAGED.has(name) && items > 0 && units > 0) pacing.unitsPerItem = units / (input['ConsistentRead'] === true ? 1 : 0.5) / items;
    }
    return out;
  };
}
