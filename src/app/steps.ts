/** Runs a plan's steps (progress as events), then verifies the live tables against the plan. */
import { executePlan } from '../exec/execute-plan.js';
import type { ExecReport, StepStatus } from '../exec/types.js';
import { verifyPlan } from '../exec/verify.js';
import { waitForActive } from '../live/wait.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { describeStep } from '../render/describe-step.js';
import type { StepsPart } from './events.js';
import type { Project } from './project.js';

/** What running a plan's steps came to: the executor's report and the verification afterwards. */
export interface StepsOutcome {
  readonly report: ExecReport;
  /** Mismatches between the live tables and the plan's target (empty when verified). */
  readonly mismatches: readonly Problem[];
}

/** One step of a run, as results and `apply --format json` give it. */
export interface StepSummary {
  readonly table: string;
  /** The step's kind: `CreateTable`, `CreateGsi`, `UpdateBilling`, ... */
  readonly kind: string;
  /** What it does, in words ("create index byUser"). */
  readonly description: string;
  readonly status: StepStatus;
  readonly ms: number;
  readonly note?: string;
  readonly error?: Problem;
}

/** Whether every step ran and the live tables match the plan afterwards, step by step. */
export interface StepsSummary {
  /** Every step done (or skipped as unsupported): the executor's report. See {@link verified} for the check afterwards. */
  readonly ok: boolean;
  /** Every step ran and the live tables match the plan's target (false when {@link mismatches} has any). */
  readonly verified: boolean;
  readonly steps: readonly StepSummary[];
  /** Where the live tables differ from the plan's target after the steps (empty when verified). */
  readonly mismatches: readonly Problem[];
}

/**
 * Runs the steps (progress as events) and, when they all ran, verifies the result. Never throws for
 * a failed step. With `detachAt` (apply --wait-timeout / --detach), a slow step still running then is
 * reported in flight and the rest of its table deferred; those tables are verified when it finishes.
 */
export async function executeAndVerify(project: Project, plan: Plan, part: StepsPart, opts: { readonly detachAt?: number | undefined } = {}): Promise<StepsOutcome> {
  project.emit({ kind: 'steps-starting', part, plan });
  const report = await executePlan(project.liveClient, plan, { onEvent: project.emit, signal: project.signal, ...(opts.detachAt !== undefined ? { detachAt: opts.detachAt } : {}) });
  const busy = busyTables(report);
  const verified = busy.size === 0 ? plan : { ...plan, tables: plan.tables.filter((t) => !busy.has(t.table)) };
  const mismatches = report.ok ? await verifyPlan(project.liveClient, verified) : [];
  return { report, mismatches };
}

/** Tables with a step in flight or deferred: not verified in this run. */
export function busyTables(report: ExecReport): Set<string> {
  return new Set(report.steps.filter((s) => s.status === 'in-flight' || s.status === 'deferred').map((s) => s.table));
}

/** The outcome as data: one entry per step, and whether it verified. */
export function summarizeSteps({ report, mismatches }: StepsOutcome): StepsSummary {
  const verified = report.ok && mismatches.length === 0;
  return {
    ok: report.ok,
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
    mismatches,
  };
}

/**
 * Waits until every table the plan keeps is ACTIVE with every index ACTIVE. A run killed half-way
 * leaves an index CREATING that the re-plan already counts as present: "no changes" must still
 * mean "converged", so apply waits for it instead of reporting success early.
 */
export async function settleTables(project: Project, plan: Plan): Promise<void> {
  const tables = plan.tables.filter((t) => t.target !== null).map((t) => t.table);
  await Promise.all(
    tables.map((table) =>
      waitForActive(project.client, table, {
        pollIntervalMs: { initial: 250, max: 5_000 },
        timeoutMs: 60 * 60_000,
        signal: project.signal,
        onProgress: (message, elapsedMs) => project.emit({ kind: 'settling', table, message, elapsedMs }),
      }),
    ),
  );
}

/**
 * Reports the outcome (`steps-finished`) and returns whether every step ran and verified. A
 * verification mismatch (the steps ran but the live tables do not match the plan) is part of the
 * result (`StepsSummary.mismatches`), not thrown: the caller keeps every step's status.
 */
export function finishSteps(project: Project, part: StepsPart, outcome: StepsOutcome): boolean {
  project.emit({ kind: 'steps-finished', part, outcome });
  return outcome.report.ok && outcome.mismatches.length === 0;
}

/** The first failed step's problem, else the first mismatch, as one line for a history record. */
export function firstProblem(outcome: StepsOutcome): string | undefined {
  const failed = outcome.report.steps.find((s) => s.status === 'failed')?.error;
  const p: Problem | undefined = failed ?? outcome.mismatches[0];
  return p ? `${p.code}: ${p.message}` : undefined;
}
