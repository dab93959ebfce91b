/**
 * ddb-migrate's library API: the commands as functions that return results (never print), the
 * plan and drift renderers, the error type, and the embedded DynamoDB Local. See docs/api.md.
 * Test setups: `@ddb-migrate/cli/testing` (src/testing.ts).
 */

/**
 * The application functions (planProject, applyProject, seedProject, seedDryRun, resetProject,
 * dropProject, driftProject, importTables, history), their options, results, events and parts,
 * and ABORT_GRACE_MS: everything src/app/index.ts exports, so the two lists cannot drift. Each
 * function's JSDoc is at its definition in src/app/.
 */
export * from './app/index.js';

/** The executor's per-step report (in {@link StepsOutcome}): each step's result and status. */
export type { ExecReport, StepResult, StepStatus } from './model/step-result.js';
/** A step started / ended / is waiting / is retried (part of {@link AppEvent}). */
export type { ExecEvent } from './exec/types.js';
// ReplaceEvent, ReplacePhasePlan (in `ApplyResult.preserving`, the `preserving-phases` and
// `replace` events), ReplacePhase, ReplaceEstimate and KeyRule come with src/app/index.ts.
/** Drift findings per table. */
export type { TableDrift, DriftFinding } from './diff/drift.js';
/** A run recorded in the control table. */
export type { HistoryRecord, HistoryStep, RunOutcome } from './model/history-record.js';
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
