/** Runs a plan's steps with progress on stderr, prints the per-step report, then verifies. */
import pc from 'picocolors';
import { executePlan } from '../../exec/execute-plan.js';
import type { ExecEvent, ExecReport, StepStatus } from '../../exec/types.js';
import { verifyPlan } from '../../exec/verify.js';
import { waitForActive } from '../../live/wait.js';
import { DdbMigrateError, ExitCode, formatProblem, type Problem } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { describeStep } from '../../render/describe-step.js';
import type { Io } from '../io.js';
import type { Session } from '../session.js';

const STATUS_LABEL: Readonly<Record<StepStatus, string>> = {
  done: 'done',
  failed: 'FAILED',
  'not-run': 'not run',
  'skipped-unsupported': 'skipped (not supported by this endpoint)',
};

/** How often a non-TTY log repeats a "still waiting" line. */
const WAIT_LOG_EVERY_MS = 15_000;

export interface RunStepsOptions {
  readonly quiet: boolean;
  readonly format: 'text' | 'json';
}

/** What running a plan's steps came to: the executor's report and the verification afterwards. */
export interface StepsOutcome {
  readonly report: ExecReport;
  /** Mismatches between the live tables and the plan's target (empty when verified). */
  readonly mismatches: readonly Problem[];
}

/** Runs the steps with progress on stderr and, when they all ran, verifies the result. Never throws for a failed step. */
export async function executeAndVerify(session: Session, plan: Plan, io: Io, quiet: boolean): Promise<StepsOutcome> {
  const report = await executePlan(session.liveClient, plan, { onEvent: progressPrinter(io, quiet), signal: session.signal });
  const mismatches = report.ok ? await verifyPlan(session.liveClient, plan) : [];
  return { report, mismatches };
}

/** Prints the outcome (text report or nothing for json) and turns it into an exit code; a mismatch throws. */
export function finishSteps(outcome: StepsOutcome, io: Io, opts: RunStepsOptions): number {
  const { report, mismatches } = outcome;
  if (!opts.quiet && opts.format === 'text') io.out(renderReport(report, io.color));
  if (!report.ok) {
    for (const f of report.steps) if (f.status === 'failed' && f.error) io.err(formatProblem(f.error));
    io.err(
      // CLI_INTERRUPTED: a signal abandoned the step's call after its grace period (session.ts).
      report.steps.some((s) => s.error?.code === 'EXEC_INTERRUPTED' || s.error?.code === 'CLI_INTERRUPTED') || report.steps.every((s) => s.status !== 'failed')
        ? 'Apply was interrupted: the steps marked "not run" did not start. Run apply again to finish: it re-plans from what is live now.'
        : 'Apply stopped at the failed step; the steps after it did not run. Fix the cause and run apply again: it re-plans from what is live now.',
    );
    return ExitCode.Error;
  }
  if (mismatches.length > 0) throw new DdbMigrateError(mismatches, ExitCode.Error);
  if (!opts.quiet && opts.format === 'text') io.err('Verified: the live tables match the plan.');
  return ExitCode.Ok;
}

/**
 * Waits until every table the plan keeps is ACTIVE with every index ACTIVE. A run killed half-way
 * leaves an index CREATING that the re-plan already counts as present: "no changes" must still
 * mean "converged", so apply waits for it instead of reporting success early.
 */
export async function settleTables(session: Session, plan: Plan, io: Io, quiet: boolean): Promise<void> {
  const tables = plan.tables.filter((t) => t.target !== null).map((t) => t.table);
  let last = 0;
  await Promise.all(
    tables.map((table) =>
      waitForActive(session.client, table, {
        pollIntervalMs: { initial: 250, max: 5_000 },
        timeoutMs: 60 * 60_000,
        signal: session.signal,
        onProgress: (message, elapsedMs) => {
          if (quiet || elapsedMs - last < 5_000) return;
          last = elapsedMs;
          io.err(`  ${message} (left by an earlier, interrupted run)`);
        },
      }),
    ),
  );
}

/** Runs, verifies, prints: for commands that need nothing more than the exit code (drop, reset). */
export async function runSteps(session: Session, plan: Plan, io: Io, opts: RunStepsOptions): Promise<number> {
  return finishSteps(await executeAndVerify(session, plan, io, opts.quiet), io, opts);
}

function progressPrinter(io: Io, quiet: boolean): (e: ExecEvent) => void {
  const lastWaitLog = new Map<string, number>();
  let inline = false;
  const endInline = () => {
    if (inline) process.stderr.write('\n');
    inline = false;
  };
  return (e) => {
    if (quiet) return;
    switch (e.kind) {
      case 'step-start':
        endInline();
        io.err(`[${e.position}/${e.total}] ${e.table}: ${describeStep(e.step)}`);
        return;
      case 'step-end':
        endInline();
        if (e.status !== 'done' || e.note) io.err(`  ${STATUS_LABEL[e.status]}${e.note ? ` (${e.note})` : ''}`);
        return;
      case 'waiting': {
        const line = `  ${e.message}`;
        if (io.isTTY) {
          process.stderr.write(`\r\x1b[2K${line}`);
          inline = true;
          return;
        }
        const key = `${e.table}:${describeStep(e.step)}`;
        const last = lastWaitLog.get(key);
        if (last === undefined || e.elapsedMs - last >= WAIT_LOG_EVERY_MS) {
          lastWaitLog.set(key, e.elapsedMs);
          io.err(line);
        }
        return;
      }
      case 'retry':
        endInline();
        io.err(`  retry ${e.attempt} in ${e.delayMs} ms: ${e.reason}`);
        return;
      default: {
        const never: never = e;
        return never;
      }
    }
  };
}

function renderReport(report: ExecReport, color: boolean): string {
  const c = pc.createColors(color);
  const paint: Readonly<Record<StepStatus, (s: string) => string>> = {
    done: c.green,
    failed: c.red,
    'not-run': c.dim,
    'skipped-unsupported': c.yellow,
  };
  const lines = report.steps.map(
    (s, i) => `  ${String(i + 1).padStart(2)}. ${s.table}: ${describeStep(s.step)} — ${paint[s.status](STATUS_LABEL[s.status])}${s.ms ? ` in ${(s.ms / 1000).toFixed(1)}s` : ''}`,
  );
  return ['Apply report:', ...lines].join('\n');
}

/** The step report as JSON (part of `apply --format json`). */
export function reportJson({ report, mismatches }: StepsOutcome) {
  const verified = report.ok && mismatches.length === 0;
  return {
    formatVersion: '1.0',
    ok: report.ok && verified,
    verified,
    steps: report.steps.map((s) => ({
      table: s.table,
      kind: s.step.kind,
      description: describeStep(s.step),
      status: s.status,
      ms: s.ms,
      ...(s.note ? { note: s.note } : {}),
      ...(s.error ? { error: s.error } : {}),
    })),
  };
}
