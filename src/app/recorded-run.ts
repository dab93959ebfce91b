/**
 * drop and reset change tables: they take apply's lock, so they never interleave with an apply,
 * and leave one history record (command `drop` / `reset`) with every step they ran.
 */
import type { TableChange } from '../model/change.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { readLiveTables } from '../live/read-live.js';
import { buildPlan } from '../plan/build-plan.js';
import { recordHistory, type HistoryRecord, type HistoryStep } from '../state/history.js';
import { newRunId, stepsFromReport } from '../state/history-steps.js';
import { callerIdentity } from '../state/identity.js';
import type { Lock } from '../state/lock.js';
import type { StepsPart } from './events.js';
import { acquireApplyLock, releaseQuietly } from './lock.js';
import { filterTables } from './plan-pipeline.js';
import type { Project } from './project.js';
import { executeAndVerify, finishSteps, firstProblem, summarizeSteps, type StepsSummary } from './steps.js';
import { toolVersion } from '../state/tool-version.js';

/** Runs a plan's steps (recording them for the history); false when a step failed or did not run. */
export type RunRecorded = (plan: Plan, part: StepsPart) => Promise<boolean>;

/** Runs `fn` under the apply lock and records one history entry for everything it ran. */
export async function underLock<T>(
  project: Project,
  command: 'drop' | 'reset',
  lockTimeout: string | undefined,
  fn: (run: RunRecorded, summaries: StepsSummary[]) => Promise<{ readonly ok: boolean; readonly value: T }>,
): Promise<T> {
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  const steps: HistoryStep[] = [];
  const record = (result: HistoryRecord['result'], error?: string) =>
    recordHistory(project.client, project.controlTable, {
      runId,
      command,
      startedAt,
      finishedAt: new Date().toISOString(),
      who: callerIdentity(project.processEnv, project.target.profile),
      toolVersion: toolVersion(),
      envName: project.target.envName,
      endpoint: project.endpointLabel,
      planHash: null,
      tables: [...new Set(steps.map((s) => s.table))].sort(),
      steps,
      result,
      ...(error === undefined ? {} : { error }),
    }).catch((e: unknown) => project.emit({ kind: 'warning', message: `warning: the ${command} history record could not be written (${e instanceof Error ? e.message : String(e)}).` }));
  let lock: Lock;
  try {
    lock = await acquireApplyLock(project, { lockTimeout }, runId);
  } catch (e) {
    // As apply does: a run refused by the lock is in the history too.
    if (e instanceof DdbMigrateError) await record('refused', e.problems[0]?.code ?? 'LOCK_HELD');
    throw e;
  }
  const summaries: StepsSummary[] = [];
  // A verification mismatch is recorded with its first problem, as when it was thrown.
  let mismatch: string | undefined;
  const run: RunRecorded = async (plan, part) => {
    const outcome = await executeAndVerify(project, plan, part);
    steps.push(...stepsFromReport(outcome.report));
    summaries.push(summarizeSteps(outcome));
    if (outcome.report.ok && outcome.mismatches.length > 0) mismatch = firstProblem(outcome);
    return finishSteps(project, part, outcome);
  };
  try {
    const { ok, value } = await fn(run, summaries);
    await record(ok ? 'success' : 'failed', ok ? undefined : mismatch);
    return value;
  } catch (e) {
    await record('failed', e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
    throw e;
  } finally {
    await releaseQuietly(lock, project);
  }
}

/** A plan that deletes the declared tables (or the named ones) that exist on the endpoint. */
export async function planDrop(project: Project, only: readonly string[] | undefined): Promise<Plan> {
  const declared = filterTables(await project.tables(), only);
  const live = await readLiveTables(project.liveClient, declared.map((t) => t.name));
  const changes: TableChange[] = [...live.values()].map((t) => ({ kind: 'DropTable', table: t.shape.name, live: t.shape }));
  return buildPlan(changes, live);
}
