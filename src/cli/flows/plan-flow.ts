/** `plan`: parse → planProject → render the plan (text, json, markdown), optionally saved for `apply plan.json`. */
import { planProject } from '../../app/index.js';
import { ExitCode, formatProblem } from '../../model/errors.js';
import { renderMarkdown } from '../../render/render-markdown.js';
import { projectOptions } from '../app-options.js';
import { targetFlags, type GlobalArgs, type TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { describeFixtureDecisions, describePreserving, lockScopeNote, targetLabel } from '../render/apply-notes.js';
import { withSignals } from '../signals.js';
import { renderPlan, type PlanFormat } from './render-plan.js';

export interface PlanArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly format: PlanFormat;
  readonly out?: string | undefined;
  readonly prune: boolean;
  readonly detailedExitcode: boolean;
  readonly preserveData: boolean;
}

export async function runPlan(args: PlanArgs, io: Io): Promise<number> {
  const text = args.format === 'text';
  const quiet = args.quiet || !text;
  return withSignals(io, async (run) => {
    // The table files' warnings go to stderr in every format (stdout keeps parsing), not with --quiet.
    const onEvent = dispatch(progressHandlers(io, { quiet, engineQuiet: quiet, fileWarnings: !args.quiet }));
    const result = await planProject({
      ...projectOptions(args, run, onEvent),
      tables: args.table,
      prune: args.prune,
      // Only the text output shows them (and only it refuses a replacement that cannot keep its data).
      fixtureDecisions: text,
      preserveData: args.preserveData && text,
      out: args.out,
    });
    const { plan } = result;
    // Pending data migrations are part of what apply would do: listed, and counted by --detailed-exitcode.
    for (const p of result.migrationProblems) io.err(formatProblem({ ...p, severity: 'warning', message: `${p.message}; apply will refuse it` }));
    const lockNote = lockScopeNote(result.controlTable, result.target.endpoint);
    io.out(args.format === 'markdown' ? renderMarkdown(plan, { target: targetLabel(result.target), lockNote }) : renderPlan(plan, args.format, io.color && args.color));
    if (text && !args.quiet) io.err(lockNote);
    const fixtures = result.fixtures ? describeFixtureDecisions(result.fixtures, 'Fixtures (apply):') : '';
    if (fixtures) io.out(fixtures);
    if (result.preserving && result.preserving.length > 0) io.out(describePreserving(result.preserving));
    if (result.savedTo) {
      // The full command: a saved plan applies only on the target it was made for (PLAN_WRONG_TARGET otherwise).
      const command = ['ddb-migrate', 'apply', result.savedTo, ...targetFlags(args)].join(' ');
      if (!args.quiet) io.err(`Saved the plan to ${result.savedTo}: run \`${command}\` to apply exactly these steps.`);
    }
    return args.detailedExitcode && result.hasChanges ? ExitCode.ChangesPending : ExitCode.Ok;
  });
}
