/** Versioned data migrations (`migrations/NNNN_name.ts`): load, status, run. See docs/migrations.md. */
export type * from './types.js';
export { loadMigrations, readMigrations, listMigrationNames, nextMigrationNumber, MIGRATIONS_DIR } from './loader.js';
export { migrationStatus, changedProblems, uneditedProblems, assertUnchanged, type MigrationStatus } from './status.js';
export { SKELETON_MARKER } from './static-meta.js';
export { runMigrations, migrationFailure, describeResult, type RunOptions } from './runner.js';
export { tableNamesOf } from './context.js';
export type { AppliedRecord, CheckpointRecord } from './records.js';
