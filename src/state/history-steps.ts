/** Turning what apply has at hand into history record parts. */
import { randomUUID } from 'node:crypto';
import type { ExecReport } from '../model/step-result.js';
import type { Plan } from '../model/plan.js';
import { describeStep } from '../render/describe-step.js';
import type { HistoryStep } from './history.js';

/** A fresh run id, shared by the lock item and the history record of one apply. */
export function newRunId(): string {
  return randomUUID();
}

/** The executor's per-step report as history steps. */
export function stepsFromReport(report: ExecReport): HistoryStep[] {
  return report.steps.map((s) => ({ table: s.table, description: describeStep(s.step), status: s.status, ms: s.ms }));
}

/** A plan's steps as history steps that did not run (a refused or cancelled apply). */
export function stepsNotRun(plan: Plan): HistoryStep[] {
  return plan.tables.flatMap((t) => t.steps.map((step) => ({ table: t.table, description: describeStep(step), status: 'not-run', ms: 0 })));
}

/** The tables a plan touches (its tables with steps or a non-no-op impact), sorted. */
export function tablesOf(plan: Plan): string[] {
  return plan.tables
    .filter((t) => t.steps.length > 0 || t.impact !== 'no-op')
    .map((t) => t.table)
    .sort();
}
