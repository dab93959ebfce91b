/** A plan: per table, the change, the ordered steps, and the diagnostics a reviewer must see. */
import type { Impact, TableChange } from './change.js';
import type { Problem } from './errors.js';
import type { Estimate } from './estimate.js';
import type { InFlightOperation } from './in-flight.js';
import type { Step } from './step.js';
import type { Feature, TableShape } from './table-shape.js';

/** Stable codes of the destructive / risky diagnostics (documented in the README). */
export type DiagnosticCode =
  | 'DM001_REPLACE_TABLE'
  | 'DM002_DROP_TABLE'
  | 'DM003_DROP_GSI'
  | 'DM004_RECREATE_GSI'
  | 'DM005_DISABLE_PITR'
  | 'DM006_DISABLE_DELETION_PROTECTION'
  | 'DM007_ENABLE_TTL'
  | 'DM008_CHANGE_TTL'
  | 'DM009_DISABLE_STREAM'
  | 'DM010_CHANGE_STREAM_VIEW'
  | 'DM011_DELETION_PROTECTED'
  | 'DM012_SHORTEN_RECOVERY_PERIOD'
  | 'DM013_WARM_THROUGHPUT_DECREASE'
  | 'DM014_DELETE_REPLICA'
  | 'DM101_BILLING_SWITCH_RATE_LIMIT'
  | 'DM102_TABLE_CLASS_RATE_LIMIT'
  | 'DM103_TTL_RATE_LIMIT'
  | 'DM104_GSI_BACKFILL'
  | 'DM105_CAPACITY_DECREASE_LIMIT'
  | 'DM106_ENCRYPTION_SWITCH_RATE_LIMIT'
  | 'DM108_REPLICA_CREATION_TIME';

export interface Diagnostic {
  readonly code: DiagnosticCode;
  readonly table: string;
  readonly index?: string;
  readonly message: string;
  readonly hint?: string;
  /** Destructive diagnostics make `apply` refuse (exit 3) without `--allow-destructive`. */
  readonly destructive: boolean;
}

/**
 * A diagnostic as the Problem a refusal prints: the index joins the table in the "where" column,
 * and `defaultHint` stands in when the diagnostic has none of its own.
 */
export function diagnosticProblem(d: Diagnostic, defaultHint: string): Problem {
  return {
    code: d.code,
    table: d.index ? `${d.table} (index ${d.index})` : d.table,
    message: d.message,
    hint: d.hint ?? defaultHint,
  };
}

export interface TablePlan {
  readonly table: string;
  readonly impact: Impact;
  readonly change: TableChange;
  readonly steps: readonly Step[];
  readonly diagnostics: readonly Diagnostic[];
  /** Features the endpoint does not support; they were left out of the diff. */
  readonly unsupported: readonly Feature[];
  /** What the live table must look like after the steps (unsupported features masked); null on drop. */
  readonly target: TableShape | null;
  /** Estimates of the slow steps (GSI backfills of a table with items, a `--preserve-data` copy); absent when none. */
  readonly estimates?: readonly Estimate[];
}

export interface PlanSummary {
  readonly create: number;
  readonly update: number;
  readonly replace: number;
  readonly destroy: number;
  readonly unchanged: number;
}

/** A versioned data migration from `migrations/` that this apply would run (see src/migrations). */
export interface PendingMigration {
  /** File name without extension, e.g. `0001_backfill_message_group_uuid`. */
  readonly id: string;
  /** Runs before or after the schema steps of the same apply. */
  readonly phase: 'before' | 'after';
  /** Tables it declares it touches. */
  readonly tables: readonly string[];
  readonly description?: string;
  /** `resuming`: a killed earlier run left a checkpoint it will continue from. */
  readonly status: 'pending' | 'resuming';
}

/**
 * A data-preserving replacement (`--preserve-data`) an earlier run started and did not finish: its
 * items may be only in the temporary table. Every apply finishes it first, whatever its flags.
 */
export interface InterruptedReplacement {
  readonly table: string;
  readonly tempTable: string;
  /** The last phase it finished (`copy-out`, `delete`, ...); null when it stopped in the first. */
  readonly lastPhase: string | null;
  /** When its progress record was last written (ISO 8601). */
  readonly updatedAt: string;
}

export interface Plan {
  readonly tables: readonly TablePlan[];
  readonly summary: PlanSummary;
  /** Pending data migrations, when the project has any (filled in at the I/O edge, not by buildPlan). */
  readonly migrations?: readonly PendingMigration[];
  /** Interrupted replacements apply finishes first (filled in at the I/O edge, from the control table). */
  readonly interrupted?: readonly InterruptedReplacement[];
  /**
   * Operations an earlier `apply --wait-timeout` / `--detach` left running (from the control table,
   * filled in at the I/O edge): apply waits for them, verifies them and records them.
   */
  readonly inFlight?: readonly InFlightOperation[];
}

/** One line per interrupted replacement, e.g. for plan and drift. Pure. */
export function describeInterrupted(r: InterruptedReplacement): string {
  return `${r.table}: an interrupted data-preserving replacement (last finished phase: ${r.lastPhase ?? 'none'}, ${r.updatedAt}); items may be only in ${r.tempTable}. apply finishes it first.`;
}
