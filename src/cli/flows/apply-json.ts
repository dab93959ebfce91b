/**
 * The one document `apply --format json` prints: target, the plan (as `plan --format json`), the
 * step report, fixtures, and the problems that stopped it. Filled in from the app's events.
 */
import { summarizeSteps, type InFlightOperation, type SettledOperation, type StepsOutcome } from '../../app/index.js';
import { ExitCode, type Problem } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { renderJson } from '../../render/render-json.js';

export class ApplyJsonDocument {
  private target: { readonly env: string | null; readonly endpoint: string } | null = null;
  private plan: unknown = null;
  private result: unknown = null;
  private fixtures: 'loaded' | 'skipped' | 'failed' | 'not-run' = 'not-run';
  private status: string | null = null;
  private inFlight: unknown = null;

  setTarget(env: string | null, endpoint: string): void {
    this.target = { env, endpoint };
  }

  setPlan(plan: Plan): void {
    this.plan = JSON.parse(renderJson(plan)) as unknown;
  }

  setReport(outcome: StepsOutcome): void {
    this.result = reportJson(outcome);
  }

  setFixtures(state: 'loaded' | 'skipped' | 'failed' | 'not-run'): void {
    this.fixtures = state;
  }

  /** The app's result status, and what is left in flight (shown only when something is: `status: "in-flight"`). */
  setInFlight(status: string, inFlight: { readonly finished: readonly SettledOperation[]; readonly running: readonly InFlightOperation[] }): void {
    if (inFlight.running.length === 0 && inFlight.finished.length === 0 && status !== 'in-flight') return;
    this.status = status;
    this.inFlight = {
      running: inFlight.running.map((op) => ({ table: op.table, kind: op.kind, name: op.name, description: op.description, runId: op.runId, startedAt: op.startedAt, estimate: op.estimate ?? null })),
      finished: inFlight.finished.map((f) => ({ table: f.operation.table, kind: f.operation.kind, name: f.operation.name, description: f.operation.description, runId: f.operation.runId, verified: f.mismatches.length === 0, elapsedMs: f.elapsedMs })),
    };
  }

  finish(exitCode: number, problems: readonly Problem[]): string {
    const doc = {
      formatVersion: '1.0',
      ok: exitCode === ExitCode.Ok,
      exitCode,
      target: this.target,
      plan: this.plan,
      result: this.result,
      fixtures: this.fixtures,
      // Only when a detached operation is involved, so other documents are unchanged.
      ...(this.status !== null ? { status: this.status, inFlight: this.inFlight } : {}),
      problems,
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}

/** The step report as JSON (formatVersion, ok, verified, steps): the app's step summary. */
function reportJson(outcome: StepsOutcome) {
  const { ok, verified, steps } = summarizeSteps(outcome);
  return { formatVersion: '1.0', ok: ok && verified, verified, steps };
}

export function problemsOf(e: unknown): readonly Problem[] {
  if (e instanceof Error && 'problems' in e && Array.isArray((e as { problems: unknown }).problems)) return (e as { problems: readonly Problem[] }).problems;
  return [{ code: 'INTERNAL', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }];
}
