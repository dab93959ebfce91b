/** `drop` and `reset`: the commands that delete declared tables. */
import { readLiveTables } from '../../live/read-live.js';
import type { TableChange } from '../../model/change.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import type { Lock } from '../../state/lock.js';
import { protectedRefusal, refuseIf, resetRefusal } from '../../model/target-policy.js';
import type { Plan } from '../../model/plan.js';
import { buildPlan } from '../../plan/build-plan.js';
import { renderText } from '../../render/render-text.js';
import { loadTables } from '../../desired/load-tables.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { refuseDeletionProtected, refuseDestructive } from './apply-flow.js';
import { acquireApplyLock, releaseQuietly } from './apply-run.js';
import { DEFAULT_LOCK_LEASE } from '../../state/lock-lease.js';
import { loadConfig } from '../../desired/config.js';
import { controlTableName } from '../../state/control-table.js';
import { computePlan, filterTables } from './compute-plan.js';
import { executeAndVerify, finishSteps, type RunStepsOptions } from './run-steps.js';
import { recordHistory, type HistoryRecord, type HistoryStep } from '../../state/history.js';
import { newRunId, stepsFromReport } from '../../state/history-steps.js';
import { callerIdentity } from '../../state/identity.js';
import { toolVersion } from '../../state/tool-version.js';
import { refuseBadFixtures, seedDeclaredTables } from './seed-flow.js';

export interface DropArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly allowDestructive: boolean;
  readonly yes: boolean;
  /** `--lock-timeout`, as apply's. */
  readonly lockTimeout: string;
}

export interface ResetArgs extends GlobalArgs, TargetArgs {
  readonly yes: boolean;
  readonly force: boolean;
  readonly fixtures: boolean;
  /** `--lock-timeout`, as apply's. */
  readonly lockTimeout: string;
}

export async function runDrop(args: DropArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    refuseIf(protectedRefusal(session.target, 'drop'));
    const plan = await planDrop(session, args.table);
    if (!args.quiet) io.out(renderText(plan, { color: io.color && args.color, destructiveAllowed: args.allowDestructive }));
    refuseDestructive(plan, args.allowDestructive);
    refuseDeletionProtected(plan);
    if (plan.tables.length === 0) return ExitCode.Ok;
    if (!(await confirmOrRefuse(io, `Delete ${plan.tables.length} table(s) and all their items on ${session.endpointLabel}?`, args.yes || session.policy.skipsConfirmation))) {
      io.err('Drop cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    return underLock(session, io, 'drop', args.lockTimeout, (run) => run(plan, { quiet: args.quiet, format: 'text' }));
  }, args.quiet);
}

export async function runReset(args: ResetArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    refuseIf(protectedRefusal(session.target, 'reset'));
    refuseIf(resetRefusal(session.policy, session.endpointLabel, args.force));
    const drop = await planDrop(session, undefined);
    refuseDeletionProtected(drop);
    const seeds = args.fixtures && session.target.fixtures;
    // Bad fixtures are refused before anything is dropped, not after the tables are gone.
    if (seeds) await refuseBadFixtures(session.dir, await loadTables(session.dir, session.target.envName));
    // A scratch database (TargetPolicy.skipsConfirmation) does not ask from a script, but on a
    // terminal reset still shows what it drops and asks (--yes goes ahead).
    const onTerminal = io.isTTY;
    const scratch = session.policy.skipsConfirmation;
    if (drop.tables.length > 0 && !args.yes && (onTerminal || !scratch)) io.out(renderText(drop, { color: io.color && args.color }));
    if (drop.tables.length > 0 && !(await confirmOrRefuse(io, `Delete and recreate ${drop.tables.length} table(s) and all their items on ${session.endpointLabel}?`, args.yes || (scratch && !onTerminal)))) {
      io.err('Reset cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    const code = await underLock(session, io, 'reset', args.lockTimeout, async (run) => {
      if (drop.tables.length > 0) {
        const dropped = await run(drop, { quiet: true, format: 'text' });
        if (dropped !== ExitCode.Ok) return dropped;
      }
      const { plan } = await computePlan(session, {});
      const created = await run(plan, { quiet: args.quiet, format: 'text' });
      if (created === ExitCode.Ok && !args.quiet) io.err(`Reset: ${drop.tables.length} dropped, ${plan.summary.create} created.`);
      return created;
    });
    if (code !== ExitCode.Ok || !seeds) return code;
    return seedDeclaredTables(session, await loadTables(session.dir, session.target.envName), io, args);
  }, args.quiet);
}

/** Runs a plan's steps (recording them for the history) and returns the exit code. */
type RunRecorded = (plan: Plan, opts: RunStepsOptions) => Promise<number>;

/**
 * drop and reset change tables: they take apply's lock, so they never interleave with an apply,
 * and leave one history record (command `drop` / `reset`) with every step they ran.
 */
async function underLock(session: Session, io: Io, command: 'drop' | 'reset', lockTimeout: string, fn: (run: RunRecorded) => Promise<number>): Promise<number> {
  const controlTable = controlTableName(await loadConfig(session.dir));
  const runId = newRunId();
  const startedAt = new Date().toISOString();
  const steps: HistoryStep[] = [];
  const record = (result: HistoryRecord['result'], error?: string) =>
    recordHistory(session.client, controlTable, {
      runId,
      command,
      startedAt,
      finishedAt: new Date().toISOString(),
      who: callerIdentity(process.env, session.target.profile),
      toolVersion: toolVersion(),
      envName: session.target.envName,
      endpoint: session.endpointLabel,
      planHash: null,
      tables: [...new Set(steps.map((s) => s.table))].sort(),
      steps,
      result,
      ...(error === undefined ? {} : { error }),
    }).catch((e: unknown) => io.err(`warning: the ${command} history record could not be written (${e instanceof Error ? e.message : String(e)}).`));
  let lock: Lock;
  try {
    lock = await acquireApplyLock(session, io, { lockTimeout, lockLease: DEFAULT_LOCK_LEASE }, controlTable, runId);
  } catch (e) {
    // As apply does: a run refused by the lock is in the history too.
    if (e instanceof DdbMigrateError) await record('refused', e.problems[0]?.code ?? 'LOCK_HELD');
    throw e;
  }
  const run: RunRecorded = async (plan, opts) => {
    const outcome = await executeAndVerify(session, plan, io, opts.quiet);
    steps.push(...stepsFromReport(outcome.report));
    return finishSteps(outcome, io, opts);
  };
  try {
    const code = await fn(run);
    await record(code === ExitCode.Ok ? 'success' : 'failed');
    return code;
  } catch (e) {
    await record('failed', e instanceof Error ? (e.message.split('\n')[0] ?? '') : String(e));
    throw e;
  } finally {
    await releaseQuietly(lock, io);
  }
}

/** A plan that deletes the declared tables (or the `--table` ones) that exist on the endpoint. */
async function planDrop(session: Session, only: readonly string[] | undefined): Promise<Plan> {
  const declared = filterTables(await loadTables(session.dir, session.target.envName), only);
  const live = await readLiveTables(session.liveClient, declared.map((t) => t.name));
  const changes: TableChange[] = [...live.values()].map((t) => ({ kind: 'DropTable', table: t.shape.name, live: t.shape }));
  return buildPlan(changes, live);
}
