/**
 * The part of `apply` that changes things, under the apply lock: data migrations declared `before`,
 * the schema steps (then verification), migrations declared `after`, and one history record per run.
 */
import { createHash } from 'node:crypto';
import { DdbMigrateError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { migrationFailure, runMigrations, tableNamesOf } from '../migrations/index.js';
import type { LoadedMigration } from '../migrations/types.js';
import type { TableShape } from '../model/table-shape.js';
import { recordHistory, type HistoryRecord } from '../state/history.js';
import { newRunId, stepsFromReport, stepsNotRun, tablesOf } from '../state/history-steps.js';
import { callerIdentity } from '../state/identity.js';
import { DEFAULT_LOCK_SCOPE, type Lock } from '../state/lock.js';
import { lockLostError } from '../state/lock-item.js';
import { toolVersion } from '../state/tool-version.js';
import { acquireApplyLock, describeFailure, releaseQuietly, type LockTimes } from './lock.js';
import { checkMigrations, type MigrationState } from './migrations.js';
import { finishPendingReplaces, preservingPhases, runPreserving, withoutStepsOf } from './preserve-data.js';
import type { Project } from './project.js';
import { withDataClient } from './capacity.js';
import { executeAndVerify, firstProblem, type StepsOutcome } from './steps.js';
import { recordInFlight, settledHistorySteps, settleInFlight, type InFlightSettlement } from './in-flight.js';
import type { InFlightOperation } from '../model/in-flight.js';

const planHashOf = (plan: Plan): string => createHash('sha256').update(JSON.stringify(plan)).digest('hex');

/** How the locked part of apply runs. */
export interface ApplyRunOptions extends LockTimes {
  readonly allowChanged: boolean;
  /** Replacements copy the items through a temporary table. */
  readonly preserveData: boolean;
  /** `--wait-timeout` / `--detach`: when (epoch ms) slow steps are left in flight; absent: wait for everything. */
  readonly detachAt?: number | undefined;
}

/** A migration this run ran, and how it went. */
export interface MigrationRun {
  readonly id: string;
  readonly status: string;
}

/** What ran under the lock. */
export interface LockedRun {
  /** The plan that ran (made again under the lock). */
  readonly plan: Plan;
  readonly outcome: StepsOutcome;
  readonly migrations: readonly MigrationRun[];
  /** Every step ran (or was left in flight), verified, and the `after` migrations ran (or wait for what is in flight). */
  readonly ok: boolean;
  /** Operations an earlier detached run left: finished (and verified) in this run, or still running. */
  readonly settled: InFlightSettlement;
  /** Operations this run left in flight (recorded in the control table). */
  readonly detached: readonly InFlightOperation[];
}

/**
 * Takes the lock, gets the plan to run from `replan` (a fresh plan is made again under the lock,
 * since another run may have applied while this one waited), runs it, and records the run.
 */
export async function runUnderLock(
  project: Project,
  opts: ApplyRunOptions,
  state: MigrationState<LoadedMigration>,
  desired: readonly TableShape[],
  replan: () => Promise<Plan>,
): Promise<LockedRun> {
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  const base = {
    runId,
    startedAt,
    who: callerIdentity(project.processEnv, project.target.profile),
    toolVersion: toolVersion(),
    envName: project.target.envName,
    endpoint: project.endpointLabel,
  };
  let settled: InFlightSettlement = { finished: [], still: [] };
  // The tables of operations this run saw finish count as touched, even when its own plan is empty.
  const touched = (plan: Plan | null): string[] => [...new Set([...(plan ? tablesOf(plan) : []), ...settled.finished.map((f) => f.operation.table)])].sort();
  const record = (plan: Plan | null, fields: Pick<HistoryRecord, 'steps' | 'result'> & Partial<HistoryRecord>) =>
    recordHistory(project.client, state.controlTable, {
      ...base,
      finishedAt: new Date().toISOString(),
      planHash: plan ? planHashOf(plan) : null,
      tables: touched(plan),
      ...fields,
    });
  const warn = (message: string) => project.emit({ kind: 'warning', message });

  let lock: Lock;
  try {
    lock = await acquireApplyLock(project, opts, runId);
  } catch (e) {
    if (e instanceof DdbMigrateError) await record(null, { steps: [], result: 'refused', error: e.problems[0]?.code ?? 'LOCK_HELD' });
    throw e;
  }

  let plan: Plan | null = null;
  let outcome: StepsOutcome | null = null;
  const migrations: MigrationRun[] = [];
  try {
    await finishPendingReplaces(project);
    // What an earlier detached run left in flight: waited for (up to this run's wait timeout),
    // verified and cleared before the plan is made again, so the plan sees it finished.
    settled = await settleInFlight(project, opts.detachAt);
    const settledSteps = settledHistorySteps(settled);
    const settledMismatches = settled.finished.flatMap((f) => f.mismatches);
    plan = (await checkMigrations(project.client, await replan(), state)).plan;
    const tables = tableNamesOf(desired);
    const runPhase = async (phase: 'before' | 'after'): Promise<void> => {
      if (state.files.length === 0) return;
      // Paced to the project's capacity share: the migration's reads and writes, whoever sends them (ctx helpers or ctx.client).
      const results = await withDataClient(project, 'migrations', ({ client }) => runMigrations(client, {
        controlTable: state.controlTable,
        dir: project.dir,
        phase,
        files: state.files,
        tables,
        dryRun: false,
        allowChanged: opts.allowChanged,
        runId,
        log: (line: string) => project.emit({ kind: 'migration-output', line }),
      }));
      migrations.push(...results.map((r) => ({ id: r.id, status: r.status })));
      const failure = migrationFailure(results);
      if (failure) throw failure;
    };

    await runPhase('before');
    let toExecute = plan;
    if (opts.preserveData) {
      const phases = await preservingPhases(project, plan);
      await runPreserving(project, phases);
      toExecute = withoutStepsOf(plan, new Set(phases.map((p) => p.table)));
    }
    const executed = await executeAndVerify(project, toExecute, 'apply', { detachAt: opts.detachAt });
    // A detached operation that finished and did not match its record fails this run, as a step would.
    outcome = settledMismatches.length > 0 ? { ...executed, mismatches: [...settledMismatches, ...executed.mismatches] } : executed;
    if (lock.lost) throw lockLostError(state.controlTable, DEFAULT_LOCK_SCOPE, runId);
    const steps = [...settledSteps, ...stepsFromReport(outcome.report)];
    if (!outcome.report.ok || outcome.mismatches.length > 0) {
      // Best effort: an endpoint that died mid-run must not hide the report of what ran.
      await record(plan, { steps, result: 'failed', migrations, error: firstProblem(outcome) ?? 'failed' }).catch((e: unknown) =>
        warn(`warning: the history record of this failed run could not be written (${describeFailure(e)}).`),
      );
      return { plan, outcome, migrations, ok: false, settled, detached: [] };
    }
    const detached = await recordInFlight(project, { runId, planHash: planHashOf(plan) }, plan, outcome.report);
    const inFlight = detached.length > 0 || settled.still.length > 0 || outcome.report.steps.some((s) => s.status === 'deferred');
    // `after` migrations may need what is still building: they run in the apply that sees it finish.
    if (!inFlight) await runPhase('after');
    // The schema and migrations are applied: a history write that fails now is a warning, not a failed apply.
    await record(plan, { steps, result: inFlight ? 'in-flight' : 'success', migrations }).catch((e: unknown) =>
      warn(`warning: the apply succeeded but its history record could not be written (${e instanceof Error ? e.message : String(e)}).`),
    );
    return { plan, outcome, migrations, ok: true, settled, detached };
  } catch (e) {
    const steps = [...settledHistorySteps(settled), ...(outcome ? stepsFromReport(outcome.report) : plan ? stepsNotRun(plan) : [])];
    await record(plan, { steps, result: 'failed', migrations, error: e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e) }).catch(() => undefined);
    throw e;
  } finally {
    // The run's outcome stands even if the release fails: the lease frees the lock by itself.
    await releaseQuietly(lock, project);
  }
}

