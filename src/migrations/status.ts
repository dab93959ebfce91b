/**
 * Which migrations are applied, pending (with or without a checkpoint to resume from), changed
 * since they were applied, or recorded without a file. Read-only: safe for `plan`.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { PendingMigration } from '../model/plan.js';
import { SKELETON_MARKER } from './static-meta.js';
import { documentClient, readApplied, readCheckpoints, type AppliedRecord } from './records.js';
import type { MigrationFile } from './types.js';

export interface MigrationStatus {
  /** In the order apply runs them (`before` ones, then `after` ones, each by number); `resuming` when an earlier run left a checkpoint. */
  readonly pending: readonly PendingMigration[];
  /** Applied, but the file's checksum is not the recorded one. */
  readonly changed: readonly { readonly id: string; readonly file: string; readonly recorded: string; readonly current: string }[];
  /** Applied with the same checksum, in file order. */
  readonly applied: readonly AppliedRecord[];
  /** Recorded as applied, but no file has that id any more. */
  readonly missing: readonly AppliedRecord[];
  /** Pending files that are still the unedited `migration new` skeleton: apply refuses them. */
  readonly unedited: readonly { readonly id: string; readonly file: string }[];
}

/** Compares `files` with what the control table (which may not exist yet) records. */
export async function migrationStatus(client: DynamoDBClient, controlTable: string, files: readonly MigrationFile[]): Promise<MigrationStatus> {
  const doc = documentClient(client);
  const [applied, checkpoints] = await Promise.all([readApplied(doc, controlTable), readCheckpoints(doc, controlTable)]);
  const pending: PendingMigration[] = [];
  const changed: { id: string; file: string; recorded: string; current: string }[] = [];
  const same: AppliedRecord[] = [];
  for (const f of files) {
    const rec = applied.get(f.id);
    if (rec === undefined) {
      pending.push({
        id: f.id,
        phase: f.phase,
        tables: f.tables,
        ...(f.description !== undefined ? { description: f.description } : {}),
        status: checkpoints.has(f.id) ? 'resuming' : 'pending',
      });
    } else if (rec.checksum !== f.checksum) changed.push({ id: f.id, file: f.shown, recorded: rec.checksum, current: f.checksum });
    else same.push(rec);
  }
  const ids = new Set(files.map((f) => f.id));
  const missing = [...applied.values()].filter((r) => !ids.has(r.id)).sort((a, b) => (a.id < b.id ? -1 : 1));
  const runOrder = [...pending.filter((p) => p.phase === 'before'), ...pending.filter((p) => p.phase === 'after')];
  const unedited = files.filter((f) => f.unedited && !applied.has(f.id)).map((f) => ({ id: f.id, file: f.shown }));
  return { pending: runOrder, changed, applied: same, missing, unedited };
}

/** The MIGRATION_CHANGED problems (exit 1) for `status.changed`: each names the file. */
export function changedProblems(status: MigrationStatus): Problem[] {
  return status.changed.map((c) => ({
    code: 'MIGRATION_CHANGED',
    message: `${c.file} was changed after it was applied (recorded sha256 ${c.recorded.slice(0, 12)}…, file ${c.current.slice(0, 12)}…)`,
    location: { file: c.file, line: 1, col: 1 },
    hint: 'Applied migrations are not run again: put the new work in a new migration (ddb-migrate migration new <name>). If the edit is harmless (a comment, a refactor), pass --allow-changed to accept it.',
  }));
}

/**
 * The MIGRATION_UNEDITED problems (exit 1): a pending file still carrying the skeleton marker of
 * `migration new`. Running it would record an empty migration as applied, and the real one written
 * into the same file afterwards would be refused as MIGRATION_CHANGED.
 */
export function uneditedProblems(status: Pick<MigrationStatus, 'unedited'>): Problem[] {
  return status.unedited.map((u) => ({
    code: 'MIGRATION_UNEDITED',
    message: `${u.file} is still the skeleton written by \`migration new\` (it has the line "${SKELETON_MARKER}")`,
    location: { file: u.file, line: 1, col: 1 },
    hint: 'Write the migration, then delete that line; or delete the file if it is not needed. Nothing was run.',
  }));
}

/** Throws MIGRATION_UNEDITED (exit 1) naming every unedited skeleton, unless there is none. */
export function assertEdited(status: Pick<MigrationStatus, 'unedited'>): void {
  const problems = uneditedProblems(status);
  if (problems.length > 0) throw new DdbMigrateError(problems);
}

/** Throws MIGRATION_CHANGED (exit 1) naming every changed file, unless there is none. */
export function assertUnchanged(status: MigrationStatus): void {
  const problems = changedProblems(status);
  if (problems.length > 0) throw new DdbMigrateError(problems);
}
