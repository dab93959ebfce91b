/** `ddb-migrate status`: parse → statusProject → render (text or json). */
import { statusProject } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { renderStatusJson, renderStatusText } from '../../render/status-render.js';
import { projectOptions } from '../app-options.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

export interface StatusArgs extends GlobalArgs, TargetArgs {
  readonly format: 'text' | 'json';
}

export async function runStatus(args: StatusArgs, io: Io): Promise<number> {
  const quiet = args.quiet || args.format === 'json';
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet, engineQuiet: quiet }));
    const { inFlight, controlTable, untracked } = await statusProject(projectOptions(args, run, onEvent));
    io.out(args.format === 'json' ? renderStatusJson(inFlight, untracked) : renderStatusText(inFlight, { controlTable, untracked }));
    return ExitCode.Ok;
  });
}
