/** `drop` and `reset`: parse → dropProject / resetProject → render → exit code. */
import { dropProject, resetProject, type AppEvent } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { renderText } from '../../render/render-text.js';
import { projectOptions } from '../app-options.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { printStepsOutcome, throwMismatches } from '../render/step-report.js';
import { withSignals } from '../signals.js';

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
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet: args.quiet, engineQuiet: args.quiet }), {
      plan: (e) => {
        if (!args.quiet) io.out(renderText(e.plan, { color: io.color && args.color, destructiveAllowed: args.allowDestructive }));
      },
      'steps-finished': (e) => printStepsOutcome(e.outcome, io, { quiet: args.quiet, format: 'text' }),
    });
    const result = await dropProject({
      ...projectOptions(args, run, onEvent),
      tables: args.table,
      allowDestructive: args.allowDestructive,
      lockTimeout: args.lockTimeout,
      yes: args.yes,
      confirm: (request) => confirmOrRefuse(io, request.question, false),
    });
    if (result.status === 'cancelled') {
      io.err('Drop cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    if (result.status === 'failed') throwMismatches([result.steps]);
    return result.status === 'failed' ? ExitCode.Error : ExitCode.Ok;
  });
}

export async function runReset(args: ResetArgs, io: Io): Promise<number> {
  return withSignals(io, async (run) => {
    let dropped = 0;
    let created = 0;
    const onEvent: (e: AppEvent) => void = dispatch(progressHandlers(io, { quiet: args.quiet, engineQuiet: args.quiet, quietParts: ['reset-drop'] }), {
      'steps-starting': (e) => {
        if (e.part === 'reset-drop') dropped = e.plan.tables.length;
        else created = e.plan.summary.create;
      },
      // The drop's report is not shown (only its failures); the create's is, then what the reset did.
      'steps-finished': (e) => {
        printStepsOutcome(e.outcome, io, { quiet: args.quiet || e.part === 'reset-drop', format: 'text' });
        const done = e.outcome.report.ok && e.outcome.mismatches.length === 0;
        if (e.part === 'reset-create' && done && !args.quiet) io.err(`Reset: ${dropped} dropped, ${created} created.`);
      },
    });
    const result = await resetProject({
      ...projectOptions(args, run, onEvent),
      force: args.force,
      fixtures: args.fixtures,
      lockTimeout: args.lockTimeout,
      yes: args.yes,
      // A scratch database does not ask from a script, but on a terminal reset still shows what it drops and asks.
      confirmOnScratch: io.isTTY,
      confirm: async (request) => {
        if (request.plan) io.out(renderText(request.plan, { color: io.color && args.color }));
        return confirmOrRefuse(io, request.question, false);
      },
    });
    if (result.status === 'cancelled') {
      io.err('Reset cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    if (result.status === 'failed') throwMismatches(result.steps);
    return result.status === 'failed' ? ExitCode.Error : ExitCode.Ok;
  });
}
