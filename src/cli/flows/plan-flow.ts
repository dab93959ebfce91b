import { writeFile } from 'node:fs/promises';
import { ExitCode } from '../../model/errors.js';
import { renderJson } from '../../render/render-json.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession } from '../session.js';
import { computePlan, hasChanges } from './compute-plan.js';
import { renderPlan, type PlanFormat } from './render-plan.js';

export interface PlanArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: PlanFormat;
  readonly out?: string | undefined;
  readonly prune: boolean;
  readonly detailedExitcode: boolean;
}

export async function runPlan(args: PlanArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    const { plan } = await computePlan(session, { tables: args.table, prune: args.prune });
    io.out(renderPlan(plan, args.format, io.color && args.color));
    if (args.out) await writeFile(args.out, renderJson(plan));
    return args.detailedExitcode && hasChanges(plan) ? ExitCode.ChangesPending : ExitCode.Ok;
  }, args.quiet || args.format !== 'text');
}
