/** A run of steps as the CLI shows it: the per-step report, the failures, "Verified". */
import pc from 'picocolors';
import type { StepsOutcome, StepsSummary } from '../../app/index.js';
import type { ExecReport, StepStatus } from '../../model/step-result.js';
import { DdbMigrateError, ExitCode, formatProblem } from '../../model/errors.js';
import { describeStep } from '../../render/describe-step.js';
import type { Io } from '../io.js';

export const STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  done: 'done',
  failed: 'FAILED',
  'not-run': 'not run',
  'skipped-unsupported': 'skipped (not supported by this endpoint)',
  'in-flight': 'in flight (DynamoDB goes on; apply or status follows it)',
  deferred: 'deferred (waits for the operation in flight on this table)',
};

export interface StepReportOptions {
  readonly quiet: boolean;
  readonly format: 'text' | 'json';
}

/** Prints what a run of steps came to (the verification mismatches are said by {@link throwMismatches}). */
export function printStepsOutcome(outcome: StepsOutcome, io: Io, opts: StepReportOptions): void {
  const { report, mismatches } = outcome;
  if (!opts.quiet && opts.format === 'text') io.out(renderReport(report, io.color));
  if (!report.ok) {
    for (const f of report.steps) if (f.status === 'failed' && f.error) io.err(formatProblem(f.error));
    io.err(
      // CLI_INTERRUPTED: a signal abandoned the step's call after its grace period.
      report.steps.some((s) => s.error?.code === 'EXEC_INTERRUPTED' || s.error?.code === 'CLI_INTERRUPTED') || report.steps.every((s) => s.status !== 'failed')
        ? 'Apply was interrupted: the steps marked "not run" did not start. Run apply again to finish: it re-plans from what is live now.'
        : 'Apply stopped at the failed step; the steps after it did not run. Fix the cause and run apply again: it re-plans from what is live now.',
    );
    return;
  }
  if (mismatches.length > 0) return;
  if (!opts.quiet && opts.format === 'text') io.err('Verified: the live tables match the plan.');
}

function renderReport(report: ExecReport, color: boolean): string {
  const c = pc.createColors(color);
  const paint: Readonly<Record<StepStatus, (s: string) => string>> = {
    done: c.green,
    failed: c.red,
    'not-run': c.dim,
    'skipped-unsupported': c.yellow,
    'in-flight': c.cyan,
    deferred: c.cyan,
  };
  const lines = report.steps.map(
    (s, i) => `  ${String(i + 1).padStart(2)}. ${s.table}: ${describeStep(s.step)} — ${paint[s.status](STATUS_LABEL[s.status])}${s.ms && s.status !== 'skipped-unsupported' ? ` in ${(s.ms / 1000).toFixed(1)}s` : ''}`,
  );
  return ['Apply report:', ...lines].join('\n');
}

/**
 * The verification mismatches of a result's step runs (the app returns them), thrown as the error
 * the CLI reports them with: each problem on stderr, exit 1 (and in `apply --format json`'s problems).
 */
export function throwMismatches(summaries: readonly (StepsSummary | null)[]): void {
  const mismatches = summaries.flatMap((s) => s?.mismatches ?? []);
  if (mismatches.length > 0) throw new DdbMigrateError(mismatches, ExitCode.Error);
}
