/**
 * `migrate run --worker`: this process joins the workers sharing the project's pending data
 * migrations (or one of them). Under the apply lock it creates each migration's shared work, so an
 * apply never runs one in-process beside the workers (apply leaves a migration with work to them);
 * then it works on the segments, migration after migration, until every one is recorded applied.
 */
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { describeTable } from '../live/read-live.js';
import { assertEdited, assertUnchanged, migrationStatus } from '../migrations/status.js';
import { tableNamesOf } from '../migrations/context.js';
import { segmentsForSize, MAX_SEGMENTS } from '../migrations/segment-count.js';
import { refuseInProcessCheckpoint, runWorker, startWork, type WorkerMigrationResult } from '../migrations/worker.js';
import type { LoadedMigration } from '../migrations/types.js';
import type { WorkRecord } from '../migrations/segment-records.js';
import { DdbMigrateError } from '../model/errors.js';
import { ensureControlTable } from '../state/control-table.js';
import { newRunId } from '../state/history-steps.js';
import { parseDuration } from '../util/duration.js';
import { withDataClient } from './capacity.js';
import type { TargetInfo } from './events.js';
import { acquireApplyLock, releaseQuietly, type LockTimes } from './lock.js';
import { loadMigrationState } from './migrations.js';
import type { ProjectOptions } from './options.js';
import { withProject, type Project } from './project.js';

export type { WorkerMigrationResult } from '../migrations/worker.js';

/** Default lease of a claimed segment: a killed worker's segment is taken over this long after. */
export const DEFAULT_SEGMENT_LEASE = '60s';

export interface MigrateWorkerOptions extends ProjectOptions, LockTimes {
  /** Only this migration (its id, e.g. `0003_backfill`); default: every pending one, in order. */
  readonly migration?: string | undefined;
  /** Segments of the shared scan; default from the size of the migration's first table (segmentsForSize). */
  readonly segments?: number | undefined;
  /** Lease of a claimed segment, e.g. `60s` (default). */
  readonly lease?: string | undefined;
}

export interface MigrateWorkerResult {
  readonly target: TargetInfo;
  /** One per migration this worker took part in, in file order. */
  readonly migrations: readonly WorkerMigrationResult[];
}

function chosen(files: readonly LoadedMigration[], pendingIds: ReadonlySet<string>, only: string | undefined): LoadedMigration[] {
  if (only === undefined) return files.filter((f) => pendingIds.has(f.id));
  const f = files.find((x) => x.id === only || x.file === only);
  if (!f) {
    throw new DdbMigrateError({ code: 'MIGRATION_UNKNOWN', message: `--migration ${only}: no such migration in migrations/`, hint: `Migrations: ${files.map((x) => x.id).join(', ') || 'none'}.` });
  }
  return pendingIds.has(f.id) ? [f] : [];
}

/** The segment count: `--segments`, else one per 2 GB of the migration's first declared table (min 16). */
async function segmentsFor(project: Project, f: LoadedMigration, requested: number | undefined): Promise<number> {
  if (requested !== undefined) {
    if (!(Number.isInteger(requested) && requested >= 1 && requested <= MAX_SEGMENTS)) {
      throw new DdbMigrateError({ code: 'CLI_BAD_SEGMENTS', message: `--segments ${requested}: must be a whole number from 1 to ${MAX_SEGMENTS.toLocaleString('en-US')}` });
    }
    return requested;
  }
  const table = f.tables[0];
  const desc = table ? await describeTable(project.client, table) : null;
  return segmentsForSize(desc?.TableSizeBytes ?? 0);
}

/** Runs this process as one worker; see the module comment. */
export async function runMigrationWorker(opts: MigrateWorkerOptions): Promise<MigrateWorkerResult> {
  const leaseMs = parseDuration(opts.lease ?? DEFAULT_SEGMENT_LEASE, '--lease');
  if (leaseMs < 1_000) throw new DdbMigrateError({ code: 'CLI_BAD_DURATION', message: `--lease ${opts.lease}: at least 1s` });
  return withProject(opts, async (project) => {
    const state = await loadMigrationState(project);
    const status = await migrationStatus(project.client, state.controlTable, state.files);
    assertUnchanged(status);
    assertEdited(status);
    const todo = chosen(state.files, new Set(status.pending.map((p) => p.id)), opts.migration);
    const log = (line: string) => project.emit({ kind: 'migration-output', line });
    if (todo.length === 0) {
      log('no pending migration to work on');
      return { target: project.info, migrations: [] };
    }
    const runId = newRunId();
    const workerOpts = {
      controlTable: state.controlTable,
      tables: tableNamesOf(await project.tables()),
      owner: `${hostname()} pid ${process.pid} ${randomBytes(3).toString('hex')}`,
      leaseMs,
      runId,
      log,
      signal: project.signal,
    };
    await ensureControlTable(project.client, state.controlTable);
    // Under the apply lock: an apply either finished a migration in-process before, or sees its work after.
    const lock = await acquireApplyLock(project, { lockTimeout: opts.lockTimeout ?? '15m', lockLease: opts.lockLease }, runId);
    const works: WorkRecord[] = [];
    try {
      const fresh = await migrationStatus(project.client, state.controlTable, todo);
      const stillPending = new Set(fresh.pending.map((p) => p.id));
      const starting = todo.filter((f) => stillPending.has(f.id));
      // Every refusal before any work is created: a refused later migration leaves no work behind.
      for (const f of starting) await refuseInProcessCheckpoint(project.client, workerOpts, f);
      for (const f of starting) works.push(await startWork(project.client, workerOpts, f, await segmentsFor(project, f, opts.segments)));
    } finally {
      await releaseQuietly(lock, project);
    }
    const results: WorkerMigrationResult[] = [];
    await withDataClient(project, 'migrations', async ({ client }) => {
      for (const work of works) {
        const f = todo.find((x) => x.id === work.id) as LoadedMigration;
        log(`${f.id}: working on ${work.segments} segments as ${workerOpts.owner}`);
        results.push(await runWorker(client, workerOpts, f, work));
      }
    });
    return { target: project.info, migrations: results };
  });
}
