/** The CLI's `--dir` and `[target]` flags, the signals and the event sink, as the app's options. */
import type { AppEvent, ProjectOptions } from '../app/index.js';
import type { GlobalArgs, TargetArgs } from './global-options.js';
import type { AppRun } from './signals.js';

/** `--max-capacity-percent` where the command has it (seed, apply: see withCapacityPercent). */
interface CapacityArgs {
  readonly maxCapacityPercent?: number | undefined;
}

export function projectOptions(args: Pick<GlobalArgs, 'dir'> & TargetArgs & CapacityArgs, run: AppRun, onEvent: (e: AppEvent) => void): ProjectOptions {
  return {
    ...(args.maxCapacityPercent !== undefined ? { maxCapacityPercent: args.maxCapacityPercent } : {}),
    dir: args.dir,
    env: args.env,
    local: args.local,
    endpointUrl: args.endpointUrl,
    region: args.region,
    profile: args.profile,
    requestTimeout: args.requestTimeout,
    signal: run.signal,
    forceStop: run.forceStop,
    abortGraceMs: run.abortGraceMs,
    onEvent: (e) => {
      run.observe(e);
      onEvent(e);
    },
  };
}
