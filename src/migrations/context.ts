/**
 * Builds the `ctx` a migration's `up` / `down` receives: table names for the environment, reads,
 * dry-run-aware write helpers that count what they do, logging with throttled progress, and
 * checkpoints (persisted by the runner's `save`, kept in memory only in a dry run).
 */
import { ConditionalCheckFailedException, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DeleteCommand, PutCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { writeItems } from '../seed/batch-writer.js';
import type { FixtureItem } from '../seed/types.js';
import { describeTable } from '../live/read-live.js';
import { normaliseLive } from '../live/normalise-live.js';
import { DdbMigrateError } from '../model/errors.js';
import type { TableShape } from '../model/table-shape.js';
import { queryPages, scanPages, segmentScanPages, type SegmentScan } from './scan.js';
import type { MigrationContext, MigrationFile, WriteCounts } from './types.js';

export interface ContextOptions {
  readonly client: DynamoDBClient;
  readonly doc: DynamoDBDocumentClient;
  readonly migration: MigrationFile;
  readonly tables: Readonly<Record<string, string>>;
  readonly dryRun: boolean;
  /** The checkpoint an earlier run left, if any. */
  readonly initialCheckpoint: unknown;
  /** Persists a checkpoint (not called in a dry run). */
  readonly save: (value: unknown) => Promise<void>;
  readonly log: (line: string) => void;
  /** Minimum time between two progress lines (default 2 s). */
  readonly progressEveryMs?: number;
  /**
   * `migrate run --worker`: the one segment of the shared scan this worker holds. `ctx.scan` then
   * scans only it (the split into segments across workers happens here, not in the migration).
   */
  readonly segment?: SegmentScan;
}

/** The context plus what the runner reads back from it once `up` returns. */
export interface RunContext {
  readonly ctx: MigrationContext;
  processed(): number;
  counts(): WriteCounts;
}

const isConditionFailed = (e: unknown): boolean =>
  e instanceof ConditionalCheckFailedException || (e as { name?: string }).name === 'ConditionalCheckFailedException';

export function createContext(opts: ContextOptions): RunContext {
  const { doc, dryRun, migration } = opts;
  const counts = { put: 0, updated: 0, deleted: 0, conditionFailed: 0 };
  let processed = 0;
  let lastProgress = performance.now();
  let checkpoint = opts.initialCheckpoint;
  const shapes = new Map<string, Promise<TableShape>>();
  const log = (message: string) => opts.log(`${migration.id}: ${message}`);

  /** A declared name maps to its environment's name; any other string is taken as a table name. */
  const resolve = (table: string): string => {
    if (typeof table !== 'string' || table === '') {
      throw new DdbMigrateError({
        code: 'MIGRATION_UNKNOWN_TABLE',
        message: `${migration.shown}: a helper was called with table ${JSON.stringify(table)}`,
        location: { file: migration.shown, line: 1, col: 1 },
        hint: `Declared tables: ${Object.keys(opts.tables).join(', ') || 'none'}. Use ctx.tables['<name>'].`,
      });
    }
    return opts.tables[table] ?? table;
  };

  /** The writer needs the key schema; read it from the live table once per run. */
  const shapeOf = (name: string): Promise<TableShape> => {
    let p = shapes.get(name);
    if (!p) {
      p = describeTable(opts.client, name).then((desc) => {
        if (!desc) throw new DdbMigrateError({ code: 'MIGRATION_TABLE_NOT_FOUND', message: `${migration.shown}: table ${name} does not exist`, table: name, location: { file: migration.shown, line: 1, col: 1 } });
        return normaliseLive(desc, { ttl: null, pointInTimeRecovery: false, tags: {} });
      });
      shapes.set(name, p);
    }
    return p;
  };

  /** Runs a conditional write; a failed condition means "already done" and is counted, not thrown. */
  const guarded = async (kind: 'put' | 'updated' | 'deleted', send: () => Promise<unknown>): Promise<boolean> => {
    if (dryRun) {
      counts[kind] += 1;
      return true;
    }
    try {
      await send();
      counts[kind] += 1;
      return true;
    } catch (e) {
      if (!isConditionFailed(e)) throw e;
      counts.conditionFailed += 1;
      return false;
    }
  };

  const ctx: MigrationContext = {
    id: migration.id,
    client: doc,
    tables: opts.tables,
    dryRun,
    scan: (table, scanOpts) => (opts.segment ? segmentScanPages(doc, resolve(table), scanOpts, opts.segment) : scanPages(doc, resolve(table), scanOpts)),
    query: (table, params) => queryPages(doc, resolve(table), params),
    async batchWrite(table, items) {
      const name = resolve(table);
      if (dryRun) {
        let n = 0;
        for await (const _ of items) n += 1;
        counts.put += n;
        return n;
      }
      const shape = await shapeOf(name);
      async function* sourced(): AsyncGenerator<FixtureItem> {
        let index = 0;
        for await (const item of items) yield { item, source: { file: migration.shown, line: null, index: index++ } };
      }
      const { written } = await writeItems(opts.client, shape, sourced(), { concurrency: 16 });
      counts.put += written;
      return written;
    },
    put: (table, item, condition) => guarded('put', () => doc.send(new PutCommand({ ...condition, TableName: resolve(table), Item: item }))),
    update: (table, params) => guarded('updated', () => doc.send(new UpdateCommand({ ...params, TableName: resolve(table) }))),
    delete: (table, key, condition) => guarded('deleted', () => doc.send(new DeleteCommand({ ...condition, TableName: resolve(table), Key: key }))),
    log,
    progress(n) {
      processed += n;
      const now = performance.now();
      if (now - lastProgress >= (opts.progressEveryMs ?? 2_000)) {
        lastProgress = now;
        log(`${processed.toLocaleString('en-US')} items processed`);
      }
    },
    async checkpoint(value) {
      checkpoint = value;
      if (!dryRun) await opts.save(value);
    },
    lastCheckpoint: <T>() => checkpoint as T | undefined,
    get counts() {
      return { ...counts };
    },
  };
  return { ctx, processed: () => processed, counts: () => ({ ...counts }) };
}

/** `{ name: name }` for declared tables (names do not change per environment today). */
export function tableNamesOf(tables: readonly TableShape[]): Record<string, string> {
  return Object.fromEntries(tables.map((t) => [t.name, t.name]));
}
