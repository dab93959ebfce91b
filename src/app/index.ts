/**
 * The application layer: each function opens the project once (ddb-migrate.yaml, the target, the
 * endpoint), does one command's work, reports progress to `onEvent` and returns a result. It
 * never prints, reads a terminal or exits: the CLI (src/cli) and library callers render it.
 */
export { planProject, type PlanProjectOptions, type PlanResult } from './plan.js';
export { applyProject, type ApplyProjectOptions, type ApplyResult, type FixturesState } from './apply.js';
export { seedProject, seedDryRun, type SeedProjectOptions, type SeedResult, type SeedDryRunOptions } from './seed.js';
export { resetProject, type ResetProjectOptions, type ResetResult } from './reset.js';
export { dropProject, type DropProjectOptions, type DropResult } from './drop.js';
export { driftProject, type DriftProjectOptions, type DriftResult } from './drift.js';
export { importTables, type ImportTablesOptions, type ImportResult, type UnmappedSetting } from './import.js';
export { history, type HistoryOptions, type HistoryResult } from './history.js';
/** The operations a detached apply (`waitTimeout` / `detach`) left running (`ddb-migrate status`). */
export { runMigrationWorker, DEFAULT_SEGMENT_LEASE, type MigrateWorkerOptions, type MigrateWorkerResult, type WorkerMigrationResult } from './migrate-worker.js';
export { statusProject, type StatusOptions, type StatusResult, type InFlightStatus } from './status.js';
export type { SettledOperation, InFlightSettlement } from './in-flight.js';
export type { InFlightOperation, InFlightLive, InFlightKind } from '../model/in-flight.js';
export type { Estimate, EstimateBasis, EstimateOperation, CapacitySource } from '../model/estimate.js';
export { ABORT_GRACE_MS } from './project.js';
/** Every check that needs no network, all problems at once (`ddb-migrate validate`). */
export { validateProject, hasErrors, type ValidateOptions } from './validate.js';
/** Writes the next data migration skeleton (`ddb-migrate migration new`); returns its path relative to `dir`. */
export { newMigration } from './new-migration.js';
/** An endpoint or SDK failure as a Problem (null for other errors): what the app functions throw as DdbMigrateError. */
export { callProblem, endpointProblem } from './errors.js';
/** Events, options, results and their parts: see docs/api.md. */
export type { AppEvent, DataWork, EventSink, StepsPart, TargetInfo } from './events.js';
export type { CapacityKind, TableCapacity, TableShare } from '../model/capacity-share.js';
export type { ConfirmOptions, ConfirmRequest, ProjectOptions } from './options.js';
export type { LockTimes } from './lock.js';
export type { MigrationRun } from './apply-run.js';
export type { FixtureCount } from './fixtures.js';
export type { FixtureDecision, FixtureReason } from './fixtures-to-load.js';
export { summarizeSteps, type StepSummary, type StepsOutcome, type StepsSummary } from './steps.js';
/** A data-preserving replacement's plan and progress (`preserveData`), and its phases as lines the plan output shows. */
export type { ReplaceEvent, ReplacePhasePlan, ReplacePhase, ReplaceEstimate, KeyRule } from '../replace/types.js';
export { describeReplacePhases } from '../replace/describe-phases.js';
/** The project's warm engine (`local status` / `local stop`) and the foreground engine (`ddb-migrate local`). */
export { localEngineStatus, stopLocalEngine, serveLocal, type LocalEngineStatus, type WarmRecord, type ServeOptions, type ServeOutput } from './local.js';
