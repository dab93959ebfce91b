/**
 * Runs the pending migrations of one phase, in file order, and records each once it succeeded.
 * Like Kysely's migrator it returns one result per migration instead of throwing half-way: the
 * first failure stops the phase, its checkpoint stays for the next run, the rest are `skipped`.
 * The only throw is MIGRATION_CHANGED (an applied file was edited), before anything runs.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import { DEFAULT_CONTROL_TABLE, ensureControlTable } from '../state/control-table.js';
import { createContext } from './context.js';
import { loadMigrations } from './loader.js';
import { acceptChecksum, documentClient, readCheckpoints, recordApplied, writeCheckpoint } from './records.js';
import { readWork } from './segment-records.js';
import { assertEdited, assertUnchanged, migrationStatus } from './status.js';
import type { LoadedMigration, MigrationFile, MigrationPhase, MigrationResult } from './types.js';

export interface RunOptions {
  /** Default `ddb-migrate-state`. */
  readonly controlTable?: string;
  /** The project directory; its `migrations/` are loaded when `files` is not given. */
  readonly dir: string;
  readonly phase: MigrationPhase;
  /** Already loaded (apply loads once for both phases). */
  readonly files?: readonly LoadedMigration[];
  /** Declared table name -> the name for this environment (see `tableNamesOf`). */
  readonly tables: Readonly<Record<string, string>>;
  readonly dryRun: boolean;
  /** Accept applied files whose checksum changed (their new checksum is recorded). */
  readonly allowChanged: boolean;
  /** Recorded with each applied migration (the apply's run id). */
  readonly runId: string;
  readonly log: (line: string) => void;
  /** Minimum time between progress lines (default 2 s). */
  readonly progressEveryMs?: number;
}

const NO_COUNTS = { put: 0, updated: 0, deleted: 0, conditionFailed: 0 } as const;

function failure(f: MigrationFile, e: unknown, checkpointed: boolean): Problem {
  const inner = e instanceof DdbMigrateError ? e.problems[0] : undefined;
  const err = e as { name?: string; message?: string };
  return {
    code: 'MIGRATION_FAILED',
    message: `${f.shown} failed: ${inner ? `${inner.code}: ${inner.message}` : `${err.name ?? 'Error'}: ${err.message ?? String(e)}`}`,
    location: { file: f.shown, line: 1, col: 1 },
    hint: checkpointed
      ? 'Fix the cause and apply again: the migration resumes from its last checkpoint.'
      : 'Fix the cause and apply again: the migration starts over (it saved no checkpoint), so it must be idempotent.',
  };
}

/**
 * Runs the pending migrations of `opts.phase` against `client`. In a dry run nothing is written
 * (not even the control table); each migration runs with `ctx.dryRun` and reports `dry-run`.
 */
export async function runMigrations(client: DynamoDBClient, opts: RunOptions): Promise<MigrationResult[]> {
  const controlTable = opts.controlTable ?? DEFAULT_CONTROL_TABLE;
  const files = opts.files ?? (await loadMigrations(opts.dir));
  if (files.length === 0) return [];
  if (!opts.dryRun) await ensureControlTable(client, controlTable);
  const doc = documentClient(client);
  const status = await migrationStatus(client, controlTable, files);
  if (!opts.allowChanged) assertUnchanged(status);
  assertEdited(status);
  for (const c of status.changed) {
    opts.log(`warning: ${c.file} changed after it was applied; accepted (--allow-changed)`);
    if (!opts.dryRun) await acceptChecksum(doc, controlTable, c.id, c.current, opts.runId);
  }

  const pendingIds = new Set(status.pending.filter((p) => p.phase === opts.phase).map((p) => p.id));
  const todo = files.filter((f) => pendingIds.has(f.id));
  const checkpoints = todo.length > 0 ? await readCheckpoints(doc, controlTable) : new Map();
  const results: MigrationResult[] = [];
  let stopped = false;
  for (const f of todo) {
    if (stopped) {
      results.push({ id: f.id, file: f.file, status: 'skipped', ms: 0, processed: 0, counts: NO_COUNTS, resumed: false });
      continue;
    }
    // Shared by workers (`migrate run --worker`): they run it and the ones after it wait, in order.
    if ((await readWork(doc, controlTable, f.id).catch(() => null))?.state === 'running') {
      opts.log(`${f.shown} is being run by workers (migrate run --worker): apply leaves it, and the migrations after it, to a later run`);
      stopped = true;
      results.push({ id: f.id, file: f.file, status: 'skipped', ms: 0, processed: 0, counts: NO_COUNTS, resumed: false });
      continue;
    }
    const saved = checkpoints.get(f.id);
    let checkpointed = saved !== undefined;
    const run = createContext({
      client,
      doc,
      migration: f,
      tables: opts.tables,
      dryRun: opts.dryRun,
      initialCheckpoint: saved?.value,
      save: async (value) => {
        await writeCheckpoint(doc, controlTable, f.id, value, opts.runId);
        checkpointed = true;
      },
      log: opts.log,
      ...(opts.progressEveryMs !== undefined ? { progressEveryMs: opts.progressEveryMs } : {}),
    });
    opts.log(`${opts.dryRun ? 'dry run: ' : ''}${saved ? 'resuming' : 'running'} ${f.shown} (${f.phase} the schema steps)`);
    const start = performance.now();
    try {
      await f.module.up(run.ctx);
      const ms = performance.now() - start;
      if (!opts.dryRun) {
        await recordApplied(doc, controlTable, {
          id: f.id,
          checksum: f.checksum,
          appliedAt: new Date().toISOString(),
          runId: opts.runId,
          file: f.file,
          ms,
          processed: run.processed(),
          counts: run.counts(),
        });
      }
      results.push({ id: f.id, file: f.file, status: opts.dryRun ? 'dry-run' : 'applied', ms, processed: run.processed(), counts: run.counts(), resumed: saved !== undefined });
    } catch (e) {
      stopped = true;
      results.push({ id: f.id, file: f.file, status: 'failed', ms: performance.now() - start, processed: run.processed(), counts: run.counts(), resumed: saved !== undefined, error: failure(f, e, checkpointed) });
    }
  }
  return results;
}

/** The error to stop `apply` with (exit 1) when a migration failed; null when none did. */
export function migrationFailure(results: readonly MigrationResult[]): DdbMigrateError | null {
  const problems = results.flatMap((r) => (r.error ? [r.error] : []));
  return problems.length > 0 ? new DdbMigrateError(problems) : null;
}

/** One line per result, e.g. `applied 0001_backfill (1.2 s, 9,000 processed, 8,990 updated, 10 already done)`. */
export function describeResult(r: MigrationResult): string {
  const c = r.counts;
  const parts = [`${(r.ms / 1000).toFixed(1)} s`];
  if (r.processed > 0) parts.push(`${r.processed.toLocaleString('en-US')} processed`);
  const verb = r.status === 'dry-run' ? 'would ' : '';
  if (c.put > 0) parts.push(`${verb}put ${c.put.toLocaleString('en-US')}`);
  if (c.updated > 0) parts.push(`${verb}update ${c.updated.toLocaleString('en-US')}`);
  if (c.deleted > 0) parts.push(`${verb}delete ${c.deleted.toLocaleString('en-US')}`);
  if (c.conditionFailed > 0) parts.push(`${c.conditionFailed.toLocaleString('en-US')} already done`);
  if (r.resumed) parts.push('resumed from checkpoint');
  return `${r.status} ${r.id} (${parts.join(', ')})`;
}
