/**
 * ddb-migrate's library API: the commands as functions that return results (never print), the
 * plan and drift renderers, the error type, and the embedded DynamoDB Local. See docs/api.md.
 * Test setups: `@ddb-migrate/cli/testing` (src/testing.ts).
 */

/** Plans the project against its target: `{ plan, hasChanges, fixtures, ... }`. Read-only. */
export { planProject } from './app/plan.js';
/** Applies the project: refusals as `DdbMigrateError`, otherwise a result with per-step statuses and verification. */
export { applyProject } from './app/apply.js';
/** Loads fixtures/<table>/ into the tables, with counts per table. */
export { seedProject } from './app/seed.js';
/** The items the fixtures generate, as NDJSON lines, without an endpoint. */
export { seedDryRun } from './app/seed.js';
/** Drops, recreates and seeds every declared table (local environments). */
export { resetProject } from './app/reset.js';
/** Deletes the declared tables (needs `allowDestructive`). */
export { dropProject } from './app/drop.js';
/** Every difference between tables/ and the live tables, field by field. Read-only. */
export { driftProject } from './app/drift.js';
/** Writes a table file for each live table, to adopt existing tables. */
export { importTables } from './app/import.js';
/** The apply / drop / reset runs recorded in the control table, newest first. */
export { history } from './app/history.js';

/** Options and result of {@link planProject}. */
export type { PlanProjectOptions, PlanResult } from './app/plan.js';
/** Options and result of {@link applyProject}. */
export type { ApplyProjectOptions, ApplyResult, FixturesState } from './app/apply.js';
/** Options and results of {@link seedProject} and {@link seedDryRun}. */
export type { SeedProjectOptions, SeedResult, SeedDryRunOptions } from './app/seed.js';
/** Options and result of {@link resetProject}. */
export type { ResetProjectOptions, ResetResult } from './app/reset.js';
/** Options and result of {@link dropProject}. */
export type { DropProjectOptions, DropResult } from './app/drop.js';
/** Options and result of {@link driftProject}. */
export type { DriftProjectOptions, DriftResult } from './app/drift.js';
/** Options and result of {@link importTables}. */
export type { ImportTablesOptions, ImportResult, UnmappedSetting } from './app/import.js';
/** Options and result of {@link history}. */
export type { HistoryOptions, HistoryResult } from './app/history.js';
/** The progress events handed to `onEvent`, and the target they name. */
export type { AppEvent, EventSink, StepsPart, TargetInfo } from './app/events.js';
/** The options every function takes (target, events, signals) and the confirmation callback. */
export type { ConfirmOptions, ConfirmRequest, ProjectOptions } from './app/options.js';
/** `lockTimeout` / `lockLease` of apply, drop and reset. */
export type { LockTimes } from './app/lock.js';
/** A data migration an apply ran. */
export type { MigrationRun } from './app/apply-run.js';
/** Items loaded into one table. */
export type { FixtureCount } from './app/fixtures.js';
/** Whether apply loads a table's fixtures, and why. */
export type { FixtureDecision, FixtureReason } from './app/fixtures-to-load.js';
/** A run of steps: per-step statuses and the verification. */
export type { StepSummary, StepsOutcome, StepsSummary } from './app/steps.js';
/** Drift findings per table. */
export type { TableDrift, DriftFinding } from './diff/drift.js';
/** A run recorded in the control table. */
export type { HistoryRecord, HistoryStep } from './state/history.js';
/** The embedded engine's events (part of {@link AppEvent}). */
export type { LocalEngineEvent } from './engine/local-endpoint.js';

/** A plan as text: golden-tested plain text without `color`, ANSI colour with it. */
export { renderText, type TextOptions } from './render/render-text.js';
/** A plan as stable JSON (`formatVersion` 1.0; the shape is in docs/api.md). */
export { renderJson } from './render/render-json.js';
/** A plan as Markdown, for a pull-request comment. */
export { renderMarkdown, type MarkdownOptions } from './render/render-markdown.js';
/** Drift as text, JSON or Markdown. */
export { renderDriftText, renderDriftJson, renderDriftMarkdown } from './render/render-drift.js';

/** The one error shape: `problems` (code, message, location, hint) and the CLI's `exitCode`. */
export { DdbMigrateError, ExitCode, formatProblem } from './model/errors.js';
/** One problem of a {@link DdbMigrateError}, and where it is. */
export type { Problem, SourceLocation } from './model/errors.js';

/** Starts the embedded DynamoDB Local: `{ endpoint, port, stop() }`. */
export { startLocal, type LocalEngine, type LocalStorage } from './engine/start-local.js';

/** The model the results carry: table shapes, changes, steps, plans, targets. */
export type * from './model/table-shape.js';
export type * from './model/change.js';
export type * from './model/step.js';
export type * from './model/plan.js';
export type * from './model/target.js';
export type * from './migrations/types.js';

/** Runs the CLI with `argv` and resolves to its exit code (never calls process.exit). */
export { main } from './cli/main.js';
