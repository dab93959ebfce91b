/**
 * What became of each step of a run: the executor's report, in the model's words so the history
 * (src/state) and the renderers read it without depending on the executor.
 */
import type { Problem } from './errors.js';
import type { Step } from './step.js';

/**
 * `in-flight`: the call was made and DynamoDB is still working on it at the wait timeout
 * (`apply --wait-timeout` / `--detach`); `deferred`: not started because an operation on the same
 * table is in flight (DynamoDB would refuse it, or it depends on it). Neither is a failure.
 */
export type StepStatus = 'done' | 'failed' | 'not-run' | 'skipped-unsupported' | 'in-flight' | 'deferred';

export interface StepResult {
  readonly table: string;
  readonly step: Step;
  readonly status: StepStatus;
  readonly error?: Problem;
  /** E.g. "already in place" when an earlier, interrupted apply had done it. */
  readonly note?: string;
  readonly ms: number;
}

export interface ExecReport {
  /** Every step done, skipped as unsupported, in flight or deferred (none failed or not run). */
  readonly ok: boolean;
  /** In plan order. */
  readonly steps: readonly StepResult[];
}
