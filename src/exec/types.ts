/** The executor's options, progress events and per-step report. */
import type { Problem } from '../model/errors.js';
import type { Step } from '../model/step.js';
import type { StepStatus } from '../model/step-result.js';
import type { Feature } from '../model/table-shape.js';

export type { ExecReport, StepResult, StepStatus } from '../model/step-result.js';

export type ExecEvent =
  | { readonly kind: 'step-start'; readonly table: string; readonly step: Step; readonly position: number; readonly total: number }
  | {
      readonly kind: 'step-end';
      readonly table: string;
      readonly step: Step;
      readonly status: StepStatus;
      readonly ms: number;
      readonly error?: Problem;
      /** E.g. "already in place" when an earlier, interrupted apply had done it. */
      readonly note?: string;
    }
  /** A progress line: "waiting for t index g CREATING (backfilling) 12s". Sent on every poll. */
  | { readonly kind: 'waiting'; readonly table: string; readonly step: Step; readonly message: string; readonly elapsedMs: number }
  | { readonly kind: 'retry'; readonly table: string; readonly step: Step; readonly attempt: number; readonly delayMs: number; readonly reason: string };

/**
 * Steps whose wait may be left to DynamoDB at the wait timeout: those that copy data and can take
 * hours on a large table (a GSI backfill, a replica's creation: it copies the table to its Region).
 * Rules as data: a kind maps to whether its step is slow.
 */
const DETACHABLE: Readonly<Partial<Record<Step['kind'], (step: Step) => boolean>>> = {
  CreateGlobalIndex: () => true,
  UpdateReplica: (step) => step.kind === 'UpdateReplica' && step.action === 'create',
};

/** Whether `step`'s wait may be left in flight at the wait timeout (`apply --wait-timeout` / `--detach`). */
export function isDetachable(step: Step): boolean {
  return DETACHABLE[step.kind]?.(step) ?? false;
}

export interface ExecOptions {
  readonly onEvent?: (e: ExecEvent) => void;
  /** DescribeTable poll interval while waiting: starts at `initial`, doubles up to `max`. Default 250 ms → 5 s. */
  readonly pollIntervalMs?: { readonly initial: number; readonly max: number };
  /** Longest single wait for ACTIVE / gone. Default 60 min (GSI backfills on big tables are slow). */
  readonly timeoutMs?: number;
  /** Features the endpoint does not support (from the plan / the live reader); their steps are skipped and reported. */
  readonly unsupported?: readonly Feature[];
  /** Tables worked on at once; steps within a table always run in order. Default 4. */
  readonly concurrency?: number;
  /** Ctrl-C: no new step starts, a wait in progress is abandoned; the rest is reported not-run. */
  readonly signal?: AbortSignal;
  /**
   * `apply --wait-timeout` / `--detach`: the time (epoch ms) at which the executor stops waiting for
   * a slow step ({@link isDetachable}) and reports it `in-flight`, and for an operation already
   * in flight on a table before its next step (that step and the rest of the table: `deferred`).
   * Absent: every wait runs to `timeoutMs` (the behaviour without the options).
   */
  readonly detachAt?: number;
  /** Attempts for a retryable error (LimitExceeded, ResourceInUse, throttling). Default 8. */
  readonly maxAttempts?: number;
}
