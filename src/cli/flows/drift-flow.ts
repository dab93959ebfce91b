/**
 * `drift`: a read-only plan for scheduled CI checks. Every difference between tables/ and the live
 * tables is reported field by field as "live X, spec Y": changed outside ddb-migrate, an apply that
 * never ran, or (live only) something removed from the spec. Exit 2 on any difference, 0 when none.
 * Never writes, never loads fixtures. The comparison is diff/drift.ts, its rendering render/render-drift.ts.
 */
import { driftOf } from '../../diff/drift.js';
import { ExitCode } from '../../model/errors.js';
import { renderDriftJson, renderDriftMarkdown, renderDriftText } from '../../render/render-drift.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession } from '../session.js';
import { computePlan } from './compute-plan.js';
import { targetLabel } from './plan-flow.js';

export const DRIFT_FORMATS = ['text', 'json', 'markdown'] as const;
export type DriftFormat = (typeof DRIFT_FORMATS)[number];

export interface DriftArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: DriftFormat;
}

export async function runDrift(args: DriftArgs, io: Io): Promise<number> {
  return withSession(args.dir, args, io, async (session) => {
    const { plan } = await computePlan(session, { tables: args.table, prune: false });
    const drift = driftOf(plan);
    const render: Readonly<Record<DriftFormat, () => string>> = {
      text: () => renderDriftText(drift, io.color && args.color),
      json: () => renderDriftJson(drift),
      markdown: () => renderDriftMarkdown(drift, targetLabel(session)),
    };
    io.out(render[args.format]());
    return drift.some((t) => t.findings.length > 0) ? ExitCode.ChangesPending : ExitCode.Ok;
  }, args.quiet || args.format !== 'text');
}
