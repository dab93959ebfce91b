/** `plan`: render the plan, optionally save it for `apply plan.json`. */
import { ExitCode, formatProblem } from '../../model/errors.js';
import { renderMarkdown } from '../../render/render-markdown.js';
import { checkSavedPlanPath, writeSavedPlan } from '../../saved-plan/saved-plan-file.js';
import { createSavedPlan } from '../../saved-plan/saved-plan.js';
import { toolVersion } from '../../state/tool-version.js';
import { targetFlags, type GlobalArgs, type TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { checkMigrations, readMigrationState } from './apply-run.js';
import { computePlan, hasChanges, specWarnings } from './compute-plan.js';
import { describePreserving, preservingPhases } from './preserve-data.js';
import { describeFixtureDecisions, fixturesToLoad } from './fixtures-to-load.js';
import { renderPlan, type PlanFormat } from './render-plan.js';

export interface PlanArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: PlanFormat;
  readonly out?: string | undefined;
  readonly prune: boolean;
  readonly detailedExitcode: boolean;
  readonly preserveData: boolean;
}

/** "`prod` (AWS us-east-1)" or the endpoint: says in a PR comment which environment was planned. */
export function targetLabel(session: Session): string {
  const env = session.target.envName;
  return env ? `\`${env}\` (${session.endpointLabel})` : session.endpointLabel;
}

/**
 * What apply's lock covers: the lock is an item of the control table, so only runs that use the same
 * control table at this endpoint are serialised (docs/history-and-lock.md, "What it does not cover").
 */
export function lockScopeNote(controlTable: string, endpoint: string): string {
  return `lock: control table ${controlTable} on ${endpoint}; runs using another control table are not serialised with this one.`;
}

export async function runPlan(args: PlanArgs, io: Io): Promise<number> {
  // A --out that can never be written is said before any call, not after the plan was computed.
  if (args.out) await checkSavedPlanPath(args.out);
  return withSession(args.dir, args, io, async (session) => {
    const computed = await computePlan(session, { tables: args.table, prune: args.prune, warn: specWarnings(io, args.quiet) });
    const { desired, live } = computed;
    // Pending data migrations are part of what apply would do: listed, and counted by --detailed-exitcode.
    // Read from the files' text: plan runs no project code (its output may be a PR comment on a fork's code).
    const migrationState = await readMigrationState(session);
    const { plan, changed, unedited } = await checkMigrations(session.client, computed.plan, migrationState);
    for (const p of [...changed, ...unedited]) io.err(formatProblem({ ...p, severity: 'warning', message: `${p.message}; apply will refuse it` }));
    const lockNote = lockScopeNote(migrationState.controlTable, session.endpointLabel);
    const rendered =
      args.format === 'markdown' ? renderMarkdown(plan, { target: targetLabel(session), lockNote }) : renderPlan(plan, args.format, io.color && args.color);
    io.out(rendered);
    if (args.format === 'text' && !args.quiet) io.err(lockNote);
    if (args.format === 'text' && session.target.fixtures) {
      const said = describeFixtureDecisions(await fixturesToLoad(session, desired, plan, false), 'Fixtures (apply):');
      if (said) io.out(said);
    }
    if (args.preserveData && args.format === 'text') {
      const phases = await preservingPhases(session, plan);
      if (phases.length > 0) io.out(describePreserving(phases));
    }
    if (args.out) {
      const file = createSavedPlan({
        plan,
        desired,
        live,
        toolVersion: toolVersion(),
        envName: session.target.envName,
        endpoint: session.endpointLabel,
      });
      await writeSavedPlan(args.out, file);
      // The full command: a saved plan applies only on the target it was made for (PLAN_WRONG_TARGET otherwise).
      const command = ['ddb-migrate', 'apply', args.out, ...targetFlags(args)].join(' ');
      if (!args.quiet) io.err(`Saved the plan to ${args.out}: run \`${command}\` to apply exactly these steps.`);
    }
    const pending = hasChanges(plan) || (plan.migrations?.length ?? 0) > 0;
    return args.detailedExitcode && pending ? ExitCode.ChangesPending : ExitCode.Ok;
  }, args.quiet || args.format !== 'text');
}
