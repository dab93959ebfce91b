/**
 * What became of each step of a run: the executor's report, in the model's words so the history
 * (src/state) and the renderers read it without depending on the executor.
 */
import type { Problem } from './errors.js';
import type { Step } from './step.js';

export type StepStatus = 'done' | 'failed' | 'not-run' | 'skipped-unsupported';

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
  /** Every step done or skipped as unsupported. */
  readonly ok: boolean;
  /** In plan order. */
  readonly steps: readonly StepResult[];
}
