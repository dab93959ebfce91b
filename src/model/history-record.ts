/** A run recorded in the control table's history (written and read by src/state/history.ts, rendered by src/render/history-render.ts). */

/**
 * How a recorded run ended: `refused` when the lock stopped it before anything ran; `in-flight` when
 * it succeeded but left an operation running (`apply --wait-timeout` / `--detach`), which the apply
 * that sees it finish records again (a step `finish ... verified`).
 */
export type RunOutcome = 'success' | 'failed' | 'refused' | 'in-flight';

/** One step of an apply and how it went. */
export interface HistoryStep {
  readonly table: string;
  readonly description: string;
  /** The executor's status: `done`, `failed`, `not-run`, `skipped-unsupported`, `in-flight`, `deferred`. */
  readonly status: string;
  readonly ms: number;
}

/** One apply, drop or reset. */
export interface HistoryRecord {
  readonly runId: string;
  /** The command that ran; absent for apply (records before drop and reset were recorded). */
  readonly command?: 'drop' | 'reset';
  /** ISO 8601. */
  readonly startedAt: string;
  /** ISO 8601. */
  readonly finishedAt: string;
  /** Caller identity (see `callerIdentity()`). */
  readonly who: string;
  readonly toolVersion: string;
  readonly envName: string | null;
  /** Endpoint URL, or null for AWS's own. */
  readonly endpoint: string | null;
  readonly planHash: string | null;
  /** Tables the plan touched. */
  readonly tables: readonly string[];
  readonly steps: readonly HistoryStep[];
  readonly result: RunOutcome;
  /** Data migrations this run applied or tried. */
  readonly migrations?: readonly { readonly id: string; readonly status: string }[];
  /** Why the run failed or was refused, in one line. */
  readonly error?: string;
  /** Steps left out because the record would pass DynamoDB's 400 KB item limit. */
  readonly stepsOmitted?: number;
}
