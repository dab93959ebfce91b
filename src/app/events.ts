/**
 * What the application layer reports while it works: one discriminated union, handed to the
 * caller's `onEvent` sink as it happens. The app never prints; the CLI turns these into its
 * progress lines, a test or script may log, count or ignore them.
 */
import type { ExecEvent } from '../exec/types.js';
import type { LocalEngineEvent } from '../engine/local-endpoint.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ReplaceEvent, ReplacePhasePlan } from '../replace/index.js';
import type { FixtureDecision } from './fixtures-to-load.js';
import type { StepsOutcome } from './steps.js';
import type { TableShare } from '../model/capacity-share.js';

/** The data work a capacity share paces. */
export type DataWork = 'fixtures' | 'migrations' | 'copy';

/** The target a call talks to, as said in messages and records. */
export interface TargetInfo {
  /** The environment of ddb-migrate.yaml (`local` for `local: true`), or null. */
  readonly env: string | null;
  /** "AWS us-east-1" or the endpoint URL without user-info. */
  readonly endpoint: string;
  /** The endpoint is on this machine (the embedded engine or localhost). */
  readonly local: boolean;
}

/** Which run of steps an event belongs to. */
export type StepsPart = 'apply' | 'drop' | 'reset-drop' | 'reset-create';

/** One progress event; `kind` says which (the table in docs/api.md lists them). */
export type AppEvent =
  /** The embedded engine is being started for `local` (it can take a few seconds); `engine-starting-ended` follows. */
  | LocalEngineEvent
  /** The target is resolved and its credentials checked: work starts. */
  | { readonly kind: 'connected'; readonly target: TargetInfo }
  /** A step started / ended / is waiting (`waiting` is sent on every poll) / is retried. */
  | ExecEvent
  /** What will run, before anything changes (apply and drop): the plan, or the one made again under the lock. */
  | { readonly kind: 'plan'; readonly plan: Plan; readonly target: TargetInfo }
  /** Another run changed the tables while this one waited for the lock: this plan runs instead. */
  | { readonly kind: 'replanned'; readonly plan: Plan }
  /** Which tables' fixtures apply loads afterwards, and why. */
  | { readonly kind: 'fixture-decisions'; readonly decisions: readonly FixtureDecision[] }
  /** The data-preserving replacements apply will run (`preserveData`). */
  | { readonly kind: 'preserving-phases'; readonly phases: readonly ReplacePhasePlan[] }
  /** A saved plan was checked against the live tables: still current. */
  | { readonly kind: 'saved-plan-current'; readonly path: string; readonly plannedFor: string }
  /** A phase of a data-preserving replacement. */
  | { readonly kind: 'replace'; readonly event: ReplaceEvent }
  /** A replacement an earlier, interrupted run left is finished first. */
  | { readonly kind: 'replace-resuming'; readonly table: string; readonly lastPhase: string | null }
  /** A table left CREATING / UPDATING by an interrupted run is still settling. */
  | { readonly kind: 'settling'; readonly table: string; readonly message: string; readonly elapsedMs: number }
  /** A plan's steps start: `part` says which run of the call (reset drops, then creates). */
  | { readonly kind: 'steps-starting'; readonly part: StepsPart; readonly plan: Plan }
  /** Every step has run (or stopped): what ran, and the verification afterwards. */
  | { readonly kind: 'steps-finished'; readonly part: StepsPart; readonly outcome: StepsOutcome }
  /** A line a data migration logged. */
  | { readonly kind: 'migration-output'; readonly line: string }
  /** Another run holds the apply lock: this one waits up to `lockTimeout`. */
  | { readonly kind: 'lock-waiting'; readonly owner: string; readonly since: string; readonly lockTimeout: string }
  /** The lock's holder is gone (same host, pid no longer running): taken over. */
  | { readonly kind: 'lock-taken-over'; readonly owner: string }
  /** This run lost the lock to another: it stops before the next step. */
  | { readonly kind: 'lock-lost'; readonly message: string }
  /** A table's fixtures are about to load: `total` items (checked already). */
  | { readonly kind: 'fixtures-loading'; readonly table: string; readonly total: number }
  /** Items written so far (sent as batches land). */
  | { readonly kind: 'fixtures-progress'; readonly table: string; readonly written: number; readonly elapsedMs: number }
  /** A table's fixtures are loaded. */
  | { readonly kind: 'fixtures-loaded'; readonly table: string; readonly written: number; readonly ms: number; readonly retries: number }
  /** The load of a table's fixtures failed (the error follows as the call's rejection). */
  | { readonly kind: 'fixtures-failed'; readonly table: string }
  /**
   * `maxCapacityPercent` (below 100) applies to data work on `share.table`, first touched now: the
   * share, the capacity it was taken from, and the rates (null: not paced, e.g. on demand without a maximum).
   */
  | { readonly kind: 'capacity-share'; readonly work: DataWork; readonly share: TableShare }
  /** A file `importTables` wrote. */
  | { readonly kind: 'file-written'; readonly path: string }
  /**
   * Something went wrong that does not change the outcome (a history record or lock release that
   * failed), or, with `problem`, a warning of the table files as validate reports it (plan and
   * apply send them before the plan, e.g. SPEC_CAPACITY_QUOTA); `message` is validate's line for it.
   */
  | { readonly kind: 'warning'; readonly message: string; readonly problem?: Problem };

/** Where a call sends its events (`onEvent`). */
export type EventSink = (event: AppEvent) => void;

/** Discards every event. */
export const ignoreEvents: EventSink = () => undefined;
