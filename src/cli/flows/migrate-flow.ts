/** `ddb-migrate migrate run --worker`: parse → runMigrationWorker → one line per migration (or JSON). */
import { runMigrationWorker, type WorkerMigrationResult } from '../../app/index.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import { projectOptions } from '../app-options.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

export interface MigrateArgs extends GlobalArgs, TargetArgs {
  readonly action: 'run';
  readonly worker: boolean;
  readonly migration?: string | undefined;
  readonly segments?: number | undefined;
  readonly lease: string;
  readonly lockTimeout: string;
  readonly format: 'text' | 'json';
  readonly maxCapacityPercent?: number | undefined;
}

/** `0003_backfill: 16 segments, 5 done here, 12,034 processed; recorded applied by this worker`. */
export function describeWorkerResult(r: WorkerMigrationResult): string {
  const parts = [`${r.segments} segments`, `${r.segmentsDone} done here`];
  if (r.leasesLost > 0) parts.push(`${r.leasesLost} lease${r.leasesLost === 1 ? '' : 's'} lost`);
  parts.push(`${r.processed.toLocaleString('en-US')} processed`);
  return `${r.id}: ${parts.join(', ')}; ${r.recordedHere ? 'recorded applied by this worker' : 'recorded applied by another worker'}`;
}

export async function runMigrate(args: MigrateArgs, io: Io): Promise<number> {
  if (!args.worker) {
    throw new DdbMigrateError({
      code: 'CLI_USAGE',
      field: '--worker',
      message: '`migrate run` needs --worker: it joins the workers that share the migrations.',
      hint: 'To run the pending migrations in this process, use `ddb-migrate apply` (it runs them with the schema steps).',
    });
  }
  const quiet = args.quiet || args.format === 'json';
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet, engineQuiet: quiet }));
    const result = await runMigrationWorker({
      ...projectOptions(args, run, onEvent),
      migration: args.migration,
      segments: args.segments,
      lease: args.lease,
      lockTimeout: args.lockTimeout,
    });
    if (args.format === 'json') io.out(`${JSON.stringify({ formatVersion: '1.0', migrations: result.migrations }, null, 2)}\n`);
    else if (result.migrations.length === 0) io.out('No pending migration to work on.\n');
    else io.out(`${result.migrations.map(describeWorkerResult).join('\n')}\n`);
    return ExitCode.Ok;
  });
}
