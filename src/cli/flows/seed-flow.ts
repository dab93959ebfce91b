/** `seed`: parse → seedProject (or seedDryRun: the items as NDJSON, no endpoint) → exit code. */
import { seedDryRun, seedProject } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { projectOptions } from '../app-options.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

/** Thrown to stop a dry run whose reader closed standard output. */
class OutputClosed extends Error {}

export interface SeedArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly dryRun: boolean;
  readonly format: 'ndjson';
  readonly concurrency?: number | undefined;
  readonly yes: boolean;
  readonly force: boolean;
  readonly maxCapacityPercent?: number | undefined;
}

export async function runSeed(args: SeedArgs, io: Io): Promise<number> {
  if (args.dryRun) {
    const write = (line: string) => {
      if (io.outClosed?.()) throw new OutputClosed();
      io.out(line);
    };
    try {
      await seedDryRun({ dir: args.dir, env: args.env, local: args.local, endpointUrl: args.endpointUrl, region: args.region, profile: args.profile, tables: args.table, write });
    } catch (e) {
      // The reader stopped early (`| head -1`): it has what it wanted; not a failure.
      if (!(e instanceof OutputClosed)) throw e;
    }
    return ExitCode.Ok;
  }
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet: args.quiet, engineQuiet: args.quiet }));
    const result = await seedProject({
      ...projectOptions(args, run, onEvent),
      tables: args.table,
      force: args.force,
      concurrency: args.concurrency,
      yes: args.yes,
      confirm: (request) => confirmOrRefuse(io, request.question, false),
    });
    if (result.status === 'cancelled') {
      io.err('Seed cancelled; nothing was written.');
      return ExitCode.Refused;
    }
    return ExitCode.Ok;
  });
}
