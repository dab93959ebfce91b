/**
 * The contract of a data migration file (`migrations/NNNN_name.ts|js|mjs`) and of the context its
 * `up(ctx)` receives. Migration authors import these types: `import type { MigrationContext } ...`.
 */
import type { DynamoDBDocumentClient, QueryCommandInput, ScanCommandInput, UpdateCommandInput } from '@aws-sdk/lib-dynamodb';
import type { Problem } from '../model/errors.js';

/** A plain-JS item or key, in @aws-sdk/lib-dynamodb convention. */
export type Item = Record<string, unknown>;

/** Runs before or after the schema steps of the same apply. */
export type MigrationPhase = 'before' | 'after';

/** The optional `export const meta` of a migration file. */
export interface MigrationMeta {
  /** Tables the migration touches (shown in the plan). */
  readonly tables?: readonly string[];
  /** Default `after`: most backfills need the new schema (a GSI, a table) to exist. */
  readonly phase?: MigrationPhase;
  readonly description?: string;
}

/** What a migration module exports. */
export interface MigrationModule {
  readonly up: (ctx: MigrationContext) => Promise<void> | void;
  readonly down?: (ctx: MigrationContext) => Promise<void> | void;
  readonly meta?: MigrationMeta;
}

/** One loaded migration file. */
export interface MigrationFile {
  /** File name without extension, e.g. `0001_backfill_message_group_uuid`; the key in the control table. */
  readonly id: string;
  readonly number: number;
  /** Path relative to the project directory, e.g. `migrations/0001_backfill_message_group_uuid.ts`. */
  readonly file: string;
  /** The file as messages and problems name it: relative to the current directory (see displayPath). */
  readonly shown: string;
  readonly absPath: string;
  /** sha256 (hex) of the file's bytes. */
  readonly checksum: string;
  readonly phase: MigrationPhase;
  readonly tables: readonly string[];
  readonly description?: string;
  /** Still the unedited `migration new` skeleton (its marker line is there): apply refuses it. */
  readonly unedited: boolean;
}

/** A migration file imported by `apply` (its top-level code has run). */
export interface LoadedMigration extends MigrationFile {
  readonly module: MigrationModule;
}

/** Where one segment of a (parallel) scan has got to. */
export interface SegmentState {
  readonly done: boolean;
  /** The LastEvaluatedKey to continue from; null before the first page or when done. */
  readonly lastKey: Item | null;
}

/** A resumable position in a (parallel) scan: pass it back as `startFrom` to continue after it. */
export interface ScanCursor {
  readonly segments: readonly SegmentState[];
}

export type ScanParams = Omit<ScanCommandInput, 'TableName' | 'Segment' | 'TotalSegments' | 'ExclusiveStartKey'>;

export interface ScanOptions extends ScanParams {
  /** Parallel scan segments (default 1). Pages of all segments come interleaved. */
  readonly segments?: number;
  /** Continue from a cursor a page gave earlier (usually `ctx.lastCheckpoint()`). */
  readonly startFrom?: ScanCursor;
}

/** One page of a scan; `cursor` is the position once this page (and all before it) is processed. */
export interface ScanPage {
  readonly items: readonly Item[];
  readonly segment: number;
  readonly cursor: ScanCursor;
}

export type QueryParams = Omit<QueryCommandInput, 'TableName' | 'ExclusiveStartKey'> & {
  /** Continue after this key (a page's `lastKey`, usually from `ctx.lastCheckpoint()`). */
  readonly startFrom?: Item;
};

export interface QueryPage {
  readonly items: readonly Item[];
  /** Null on the last page. */
  readonly lastKey: Item | null;
}

export type UpdateParams = Omit<UpdateCommandInput, 'TableName'>;

/** What the write helpers did (or, in a dry run, would have done). */
export interface WriteCounts {
  readonly put: number;
  readonly updated: number;
  readonly deleted: number;
  /** Writes skipped because their ConditionExpression failed (already done: idempotent). */
  readonly conditionFailed: number;
}

/** What `up(ctx)` / `down(ctx)` receive. */
export interface MigrationContext {
  readonly id: string;
  /** The document client for the target. Writes made with it directly ignore `dryRun`: check it. */
  readonly client: DynamoDBDocumentClient;
  /** Declared (logical) table name -> the table name for this environment. */
  readonly tables: Readonly<Record<string, string>>;
  /** True for `--dry-run`: the helpers below write nothing and only count. */
  readonly dryRun: boolean;
  /** Paginated (parallel) scan, page by page. */
  scan(table: string, opts?: ScanOptions): AsyncIterable<ScanPage>;
  /** Paginated query, page by page. */
  query(table: string, params: QueryParams): AsyncIterable<QueryPage>;
  /** Puts items with the fixture loader's batched, concurrent, retried writer; resolves to the count. */
  batchWrite(table: string, items: Iterable<Item> | AsyncIterable<Item>): Promise<number>;
  /** PutItem; false when its ConditionExpression failed. */
  put(table: string, item: Item, condition?: Pick<UpdateParams, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>): Promise<boolean>;
  /** UpdateItem; false when its ConditionExpression failed (count it as already done). */
  update(table: string, params: UpdateParams): Promise<boolean>;
  /** DeleteItem; false when its ConditionExpression failed. */
  delete(table: string, key: Item, condition?: Pick<UpdateParams, 'ConditionExpression' | 'ExpressionAttributeNames' | 'ExpressionAttributeValues'>): Promise<boolean>;
  log(message: string): void;
  /** Adds `n` to the items processed (reported every few seconds). */
  progress(n: number): void;
  /** Saves a resumable position (e.g. a page's cursor); a killed run's next attempt gets it back. */
  checkpoint(value: unknown): Promise<void>;
  /** The last checkpoint of an earlier, unfinished run (or of this run), undefined when none. */
  lastCheckpoint<T = unknown>(): T | undefined;
  /** What the helpers wrote so far. */
  readonly counts: WriteCounts;
}

export type MigrationRunStatus = 'applied' | 'skipped' | 'failed' | 'dry-run';

export interface MigrationResult {
  readonly id: string;
  readonly file: string;
  readonly status: MigrationRunStatus;
  readonly ms: number;
  readonly processed: number;
  readonly counts: WriteCounts;
  /** Resumed from an earlier run's checkpoint. */
  readonly resumed: boolean;
  readonly error?: Problem;
}
