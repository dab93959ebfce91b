/** `drop` and `reset`: the commands that delete declared tables. */
import { readLiveTables } from '../../live/read-live.js';
import type { TableChange } from '../../model/change.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { buildPlan } from '../../plan/build-plan.js';
import { renderText } from '../../render/render-text.js';
import { loadTables } from '../../spec/load-tables.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { refuseDeletionProtected, refuseDestructive } from './apply-flow.js';
import { acquireApplyLock, releaseQuietly } from './apply-run.js';
import { loadConfig } from '../../spec/config.js';
import { controlTableName } from '../../state/control-table.js';
import { computePlan, filterTables } from './compute-plan.js';
import { runSteps } from './run-steps.js';
import { seedDeclaredTables } from './seed-flow.js';

export interface DropArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly allowDestructive: boolean;
  readonly yes: boolean;
}

export interface ResetArgs extends GlobalArgs, TargetArgs {
  readonly yes: boolean;
  readonly force: boolean;
  readonly fixtures: boolean;
}

export async function runDrop(args: DropArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    refuseProtected(session, 'drop');
    const plan = await planDrop(session, args.table);
    if (!args.quiet) io.out(renderText(plan, { color: io.color && args.color }));
    refuseDestructive(plan, args.allowDestructive);
    refuseDeletionProtected(plan);
    if (plan.tables.length === 0) return ExitCode.Ok;
    if (!(await confirmOrRefuse(io, `Delete ${plan.tables.length} table(s) and all their items on ${session.endpointLabel}?`, args.yes || session.target.local))) {
      io.err('Drop cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    return underLock(session, io, () => runSteps(session, plan, io, { quiet: args.quiet, format: 'text' }));
  }, args.quiet);
}

export async function runReset(args: ResetArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    refuseProtected(session, 'reset');
    if (!session.isLocal && !args.force) {
      throw new DdbMigrateError(
        {
          code: 'CLI_RESET_NOT_LOCAL',
          message: `reset deletes every declared table on ${session.endpointLabel}, which is not a local endpoint.`,
          hint: 'Pass --force if you really mean this endpoint, or use --local.',
        },
        ExitCode.Refused,
      );
    }
    const drop = await planDrop(session, undefined);
    refuseDeletionProtected(drop);
    // A local target is a scratch database, but on a terminal reset still shows what it drops and
    // asks (a script without a terminal, or --yes, goes ahead there).
    const onTerminal = io.isTTY;
    if (drop.tables.length > 0 && !args.yes && (onTerminal || !session.target.local)) io.out(renderText(drop, { color: io.color && args.color }));
    if (drop.tables.length > 0 && !(await confirmOrRefuse(io, `Delete and recreate ${drop.tables.length} table(s) and all their items on ${session.endpointLabel}?`, args.yes || (session.target.local && !onTerminal)))) {
      io.err('Reset cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    const code = await underLock(session, io, async () => {
      if (drop.tables.length > 0) {
        const dropped = await runSteps(session, drop, io, { quiet: true, format: 'text' });
        if (dropped !== ExitCode.Ok) return dropped;
      }
      const { plan } = await computePlan(session, {});
      const created = await runSteps(session, plan, io, { quiet: args.quiet, format: 'text' });
      if (created === ExitCode.Ok && !args.quiet) io.err(`Reset: ${drop.tables.length} dropped, ${plan.summary.create} created.`);
      return created;
    });
    if (code !== ExitCode.Ok || !args.fixtures || !session.target.fixtures) return code;
    return seedDeclaredTables(session, await loadTables(session.dir, session.target.envName), io, args);
  }, args.quiet);
}

/** drop and reset change tables: they take apply's lock, so they never interleave with an apply. */
async function underLock<T>(session: Session, io: Io, fn: () => Promise<T>): Promise<T> {
  const lock = await acquireApplyLock(session, io, { lockTimeout: '0s', lockLease: '5m' }, controlTableName(await loadConfig(session.dir)));
  try {
    return await fn();
  } finally {
    await releaseQuietly(lock, io);
  }
}

/** A plan that deletes the declared tables (or the `--table` ones) that exist on the endpoint. */
async function planDrop(session: Session, only: readonly string[] | undefined): Promise<Plan> {
  const declared = filterTables(await loadTables(session.dir, session.target.envName), only);
  const live = await readLiveTables(session.client, declared.map((t) => t.name));
  const changes: TableChange[] = [...live.values()].map((t) => ({ kind: 'DropTable', table: t.shape.name, live: t.shape }));
  return buildPlan(changes, live);
}

function refuseProtected(session: Session, command: 'drop' | 'reset'): void {
  if (!session.target.protected) return;
  throw new DdbMigrateError(
    {
      code: 'CLI_PROTECTED_ENV',
      message: `Environment '${session.target.envName}' is protected: ${command} is refused there.`,
      hint: `Only by editing ddb-migrate.yaml (protected: false for '${session.target.envName}') can ${command} run on it.`,
    },
    ExitCode.Refused,
  );
}
