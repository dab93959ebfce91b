/** `ddb-migrate import`: parse → importTables (live tables → `<out-dir>/<table>.yaml`) → say what was written. */
import { importTables } from '../../app/index.js';
import { ExitCode } from '../../model/errors.js';
import { displayPath } from '../../util/display-path.js';
import { projectOptions } from '../app-options.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { dispatch } from '../render/dispatch.js';
import { progressHandlers } from '../render/progress.js';
import { withSignals } from '../signals.js';

export interface ImportArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly outDir: string;
  readonly force: boolean;
}

export async function runImport(args: ImportArgs, io: Io): Promise<number> {
  return withSignals(io, async (run) => {
    const onEvent = dispatch(progressHandlers(io, { quiet: args.quiet, engineQuiet: args.quiet }), {
      // Named from the current directory, as every path ddb-migrate prints (`--dir ../proj`: ../proj/tables/...).
      'file-written': (e) => io.out(`wrote ${displayPath(e.path)}`),
    });
    const { files, target, unmapped } = await importTables({ ...projectOptions(args, run, onEvent), tables: args.table, outDir: args.outDir, force: args.force });
    if (files.length === 0) {
      io.err(`No tables at ${target.endpoint} to import.`);
      return ExitCode.Ok;
    }
    // Never a silent loss: what the file could not express is in it as a comment, and said here.
    for (const u of unmapped) {
      io.err(
        `warning IMPORT_UNMAPPED_FIELD (${u.table}): ${u.field} cannot be expressed in a table file; ` +
          `written as a comment in ${displayPath(u.file)}. plan and apply do not manage it.`,
      );
    }
    if (!args.quiet) io.err(`Imported ${files.length} table(s) from ${target.endpoint}. Review the files, then run plan: it should show no changes.`);
    return ExitCode.Ok;
  });
}
