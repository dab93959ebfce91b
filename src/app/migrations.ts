/** The project's data migrations: which are pending, which applied files changed since. */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { changedProblems, loadMigrations, migrationStatus, readMigrations, uneditedProblems } from '../migrations/index.js';
import type { LoadedMigration, MigrationFile } from '../migrations/types.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ProjectFiles } from './project.js';

/** The project's data migrations (read-only: nothing is created). */
export interface MigrationState<F extends MigrationFile = MigrationFile> {
  readonly files: readonly F[];
  readonly controlTable: string;
}

/** For `plan`: the migrations' metadata read from their text; no project code runs. */
export async function readMigrationState(project: ProjectFiles): Promise<MigrationState> {
  return { files: await readMigrations(project.dir), controlTable: project.controlTable };
}

/** For `apply` only: the migrations imported (their top-level code runs) and their exports checked. */
export async function loadMigrationState(project: ProjectFiles): Promise<MigrationState<LoadedMigration>> {
  return { files: await loadMigrations(project.dir), controlTable: project.controlTable };
}

/** `plan` with its pending migrations, and the problems of applied files changed since. */
export interface MigrationCheck {
  readonly plan: Plan;
  /** MIGRATION_CHANGED problems: apply refuses them unless `allowChanged`. */
  readonly changed: readonly Problem[];
  /** MIGRATION_UNEDITED problems: pending skeletons never edited; apply always refuses them. */
  readonly unedited: readonly Problem[];
}

/** The plan with its pending migrations added, and the problems apply refuses. */
export async function checkMigrations(client: DynamoDBClient, plan: Plan, state: MigrationState): Promise<MigrationCheck> {
  if (state.files.length === 0) return { plan, changed: [], unedited: [] };
  const status = await migrationStatus(client, state.controlTable, state.files);
  return {
    plan: status.pending.length > 0 ? { ...plan, migrations: status.pending } : plan,
    changed: changedProblems(status),
    unedited: uneditedProblems(status),
  };
}
