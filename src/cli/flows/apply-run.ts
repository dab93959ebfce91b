/**
 * The part of `apply` that changes things, under the apply lock: data migrations declared `before`,
 * the schema steps (then verification), migrations declared `after`, and one history record per run.
 */
import { createHash } from 'node:crypto';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { endpointProblem } from '../../live/endpoint-errors.js';
import { DdbMigrateError, ExitCode, type Problem } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { changedProblems, loadMigrations, migrationFailure, migrationStatus, readMigrations, runMigrations, tableNamesOf, uneditedProblems } from '../../migrations/index.js';
import type { LoadedMigration, MigrationFile } from '../../migrations/types.js';
import type { TableShape } from '../../model/table-shape.js';
import { loadConfig } from '../../desired/config.js';
import { controlTableName } from '../../state/control-table.js';
import { parseDuration } from '../../state/duration.js';
import { recordHistory, type HistoryRecord } from '../../state/history.js';
import { newRunId, stepsFromReport, stepsNotRun, tablesOf } from '../../state/history-steps.js';
import { callerIdentity, lockOwner } from '../../state/identity.js';
import { acquireLock, DEFAULT_LOCK_SCOPE, type Lock } from '../../state/lock.js';
import { lockLostError } from '../../state/lock-item.js';
import { toolVersion } from '../../state/tool-version.js';
import type { Io } from '../io.js';
import type { Session } from '../session.js';
import { finishPendingReplaces, preservingPhases, runPreserving, withoutStepsOf } from './preserve-data.js';
import { executeAndVerify, type StepsOutcome } from './run-steps.js';

export interface ApplyRunOptions {
  readonly quiet: boolean;
  /** `--lock-timeout`, e.g. `0s`, `90s`, `5m`. */
  readonly lockTimeout: string;
  /** `--lock-lease`: how long the lock outlives a run that died without releasing it. */
  readonly lockLease: string;
  readonly allowChanged: boolean;
  /** `--preserve-data`: replacements copy the items through a temporary table. */
  readonly preserveData: boolean;
}

/** The project's data migrations and which are pending (read-only: nothing is created). */
export interface MigrationState<F extends MigrationFile = MigrationFile> {
  readonly files: readonly F[];
  readonly controlTable: string;
}

/** For `plan`: the migrations' metadata read from their text; no project code runs. */
export async function readMigrationState(session: Session): Promise<MigrationState> {
  const controlTable = controlTableName(await loadConfig(session.dir));
  return { files: await readMigrations(session.dir), controlTable };
}

/** For `apply` only: the migrations imported (their top-level code runs) and their exports checked. */
export async function loadMigrationState(session: Session): Promise<MigrationState<LoadedMigration>> {
  const controlTable = controlTableName(await loadConfig(session.dir));
  return { files: await loadMigrations(session.dir), controlTable };
}

/** `plan` with its pending migrations, and the problems of applied files changed since. */
export interface MigrationCheck {
  readonly plan: Plan;
  /** MIGRATION_CHANGED problems: apply refuses them unless `--allow-changed`. */
  readonly changed: readonly Problem[];
  /** MIGRATION_UNEDITED problems: pending skeletons never edited; apply always refuses them. */
  readonly unedited: readonly Problem[];
}

export async function checkMigrations(client: DynamoDBClient, plan: Plan, state: MigrationState): Promise<MigrationCheck> {
  if (state.files.length === 0) return { plan, changed: [], unedited: [] };
  const status = await migrationStatus(client, state.controlTable, state.files);
  return {
    plan: status.pending.length > 0 ? { ...plan, migrations: status.pending } : plan,
    changed: changedProblems(status),
    unedited: uneditedProblems(status),
  };
}

/** `plan` with its pending migrations, for display and for deciding whether there is work. */
export async function withPendingMigrations(client: DynamoDBClient, plan: Plan, state: MigrationState): Promise<Plan> {
  return (await checkMigrations(client, plan, state)).plan;
}

/**
 * Takes the lock, gets the plan to run from `replan` (a fresh plan is made again under the lock,
 * since another run may have applied while this one waited), runs it, and records the run.
 */
export async function runUnderLock(
  session: Session,
  io: Io,
  opts: ApplyRunOptions,
  state: MigrationState<LoadedMigration>,
  desired: readonly TableShape[],
  replan: () => Promise<Plan>,
): Promise<{ readonly code: number; readonly outcome: StepsOutcome | null }> {
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  const base = {
    runId,
    startedAt,
    who: callerIdentity(process.env, session.target.profile),
    toolVersion: toolVersion(),
    envName: session.target.envName,
    endpoint: session.endpointLabel,
  };
  const record = (plan: Plan | null, fields: Pick<HistoryRecord, 'steps' | 'result'> & Partial<HistoryRecord>) =>
    recordHistory(session.client, state.controlTable, {
      ...base,
      finishedAt: new Date().toISOString(),
      planHash: plan ? createHash('sha256').update(JSON.stringify(plan)).digest('hex') : null,
      tables: plan ? tablesOf(plan) : [],
      ...fields,
    });

  let lock: Lock;
  try {
    lock = await acquireApplyLock(session, io, opts, state.controlTable, runId);
  } catch (e) {
    if (e instanceof DdbMigrateError) await record(null, { steps: [], result: 'refused', error: e.problems[0]?.code ?? 'LOCK_HELD' });
    throw e;
  }

  let plan: Plan | null = null;
  let outcome: StepsOutcome | null = null;
  const migrations: { id: string; status: string }[] = [];
  try {
    await finishPendingReplaces(session, state.controlTable, io, opts.quiet);
    plan = await withPendingMigrations(session.client, await replan(), state);
    const tables = tableNamesOf(desired);
    const runPhase = async (phase: 'before' | 'after'): Promise<void> => {
      if (state.files.length === 0) return;
      const results = await runMigrations(session.client, {
        controlTable: state.controlTable,
        dir: session.dir,
        phase,
        files: state.files,
        tables,
        dryRun: false,
        allowChanged: opts.allowChanged,
        runId,
        log: (line: string) => (opts.quiet ? undefined : io.err(line)),
      });
      migrations.push(...results.map((r) => ({ id: r.id, status: r.status })));
      const failure = migrationFailure(results);
      if (failure) throw failure;
    };

    await runPhase('before');
    let toExecute = plan;
    if (opts.preserveData) {
      const phases = await preservingPhases(session, plan);
      await runPreserving(session, phases, state.controlTable, io, opts.quiet);
      toExecute = withoutStepsOf(plan, new Set(phases.map((p) => p.table)));
    }
    outcome = await executeAndVerify(session, toExecute, io, opts.quiet);
    if (lock.lost) throw lockLostError(state.controlTable, DEFAULT_LOCK_SCOPE, runId);
    if (!outcome.report.ok || outcome.mismatches.length > 0) {
      // Best effort: an endpoint that died mid-run must not hide the report of what ran.
      await record(plan, { steps: stepsFromReport(outcome.report), result: 'failed', migrations, error: firstProblem(outcome) }).catch((e: unknown) =>
        io.err(`warning: the history record of this failed run could not be written (${describeFailure(e)}).`),
      );
      return { code: ExitCode.Error, outcome };
    }
    await runPhase('after');
    // The schema and migrations are applied: a history write that fails now is a warning, not a failed apply.
    await record(plan, { steps: stepsFromReport(outcome.report), result: 'success', migrations }).catch((e: unknown) =>
      io.err(`warning: the apply succeeded but its history record could not be written (${e instanceof Error ? e.message : String(e)}).`),
    );
    return { code: ExitCode.Ok, outcome };
  } catch (e) {
    const steps = outcome ? stepsFromReport(outcome.report) : plan ? stepsNotRun(plan) : [];
    await record(plan, { steps, result: 'failed', migrations, error: e instanceof Error ? e.message.split('\n')[0] ?? '' : String(e) }).catch(() => undefined);
    throw e;
  } finally {
    // The run's outcome stands even if the release fails: the lease frees the lock by itself.
    await releaseQuietly(lock, io);
  }
}

/**
 * The lock apply, drop and reset all take, so none of them interleave on one endpoint. Losing it
 * (another run took it over after this one's lease ran out) stops this run at the next safe point.
 */
export async function acquireApplyLock(
  session: Session,
  io: Io,
  opts: Pick<ApplyRunOptions, 'lockTimeout' | 'lockLease'>,
  controlTable: string,
  runId: string = newRunId(),
): Promise<Lock> {
  return acquireLock(session.client, {
    table: controlTable,
    scope: DEFAULT_LOCK_SCOPE,
    owner: lockOwner(),
    leaseMs: parseDuration(opts.lockLease, '--lock-lease'),
    waitMs: parseDuration(opts.lockTimeout),
    runId,
    // A killed local apply/reset must not block the next for the lease: its dead holder (same host,
    // pid gone) is taken over at once, only where the policy trusts host names (a local engine).
    takeOverDeadLocalHolder: session.policy.takesOverDeadLocalLock,
    onTakeOver: (h) => io.err(`Took over the apply lock left by ${h.owner}, which is no longer running.`),
    onWait: (h) => io.err(`Waiting for the apply lock held by ${h.owner} since ${new Date(h.acquiredAt).toISOString()} (--lock-timeout ${opts.lockTimeout})...`),
    onLost: (e) => {
      io.err(`${e.problems[0]?.message ?? 'the apply lock was taken over'}: stopping before the next step.`);
      session.abort();
    },
  });
}

/** Releases a lock; a failure is a warning, since the lease frees it by itself. */
export async function releaseQuietly(lock: Lock, io: Io): Promise<void> {
  await lock.release().catch((e: unknown) => {
    const down = endpointProblem(e);
    const why = down ? `the endpoint could not be reached: ${down.message}` : describeFailure(e);
    io.err(`warning: could not release the apply lock (${why}); it is left until its lease ends at ${new Date(lock.expiresAt).toISOString()}, then frees itself.`);
  });
}

/** An error in one line, by cause when it is the endpoint's. */
function describeFailure(e: unknown): string {
  const down = endpointProblem(e);
  if (down) return `${down.code}: ${down.message}`;
  return e instanceof Error ? e.message.split('\n')[0] ?? e.name : String(e);
}

function firstProblem(outcome: StepsOutcome): string {
  const failed = outcome.report.steps.find((s) => s.status === 'failed')?.error;
  const p: Problem | undefined = failed ?? outcome.mismatches[0];
  return p ? `${p.code}: ${p.message}` : 'failed';
}
