import { ExitCode } from '../../model/errors.js';
import { DdbMigrateError } from '../../model/errors.js';
import type { Plan } from '../../model/plan.js';
import { destructiveDiagnostics } from '../../plan/build-plan.js';
import { renderText } from '../../render/render-text.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { computePlan, hasChanges } from './compute-plan.js';
import { runSteps } from './run-steps.js';
import { seedDeclaredTables } from './seed-flow.js';

export interface ApplyArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly yes: boolean;
  readonly allowDestructive: boolean;
  readonly prune: boolean;
  readonly fixtures: boolean;
  readonly format: 'text' | 'json';
}

export async function runApply(args: ApplyArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    const { plan, desired } = await computePlan(session, { tables: args.table, prune: args.prune });
    const color = io.color && args.color;
    if (!args.quiet && args.format === 'text') io.out(renderText(plan, { color }));

    if (hasChanges(plan)) {
      refuseDestructive(plan, args.allowDestructive);
      // A local engine is a scratch database: apply there does not ask (destructive steps still need the flag).
      const ok = await confirmOrRefuse(io, `Apply these changes to ${session.endpointLabel}?`, args.yes || session.isLocal);
      if (!ok) {
        io.err('Apply cancelled; nothing was changed.');
        return ExitCode.Refused;
      }
      const code = await runSteps(session, plan, io, args);
      if (code !== ExitCode.Ok) return code;
    }

    if (args.fixtures && session.target.fixtures) {
      return seedDeclaredTables(session, desired, io, args);
    }
    return ExitCode.Ok;
  }, args.quiet);
}

/** Exit 3 with the list of destructive diagnostics unless `--allow-destructive`. */
export function refuseDestructive(plan: Plan, allow: boolean): void {
  const destructive = destructiveDiagnostics(plan);
  if (destructive.length === 0 || allow) return;
  throw new DdbMigrateError(
    destructive.map((d) => ({
      code: d.code,
      table: d.index ? `${d.table} (index ${d.index})` : d.table,
      message: d.message,
      hint: d.hint ?? 'Re-run with --allow-destructive if this is intended. Nothing was changed.',
    })),
    ExitCode.Refused,
  );
}

export type { Session };
