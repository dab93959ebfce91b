/** `seed`, and the fixture half of `apply` / `reset`. */
import { dryRunNdjson, seedTable } from '../../fixtures/write-items.js';
import { ExitCode } from '../../model/errors.js';
import type { TableShape } from '../../model/table-shape.js';
import { loadTables } from '../../spec/load-tables.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { filterTables } from './compute-plan.js';

/** Thrown to stop a dry run whose reader closed standard output. */
class OutputClosed extends Error {}

export interface SeedArgs extends GlobalArgs, TargetArgs {
  readonly table?: readonly string[] | undefined;
  readonly dryRun: boolean;
  readonly format: 'ndjson';
  readonly concurrency?: number | undefined;
}

export async function runSeed(args: SeedArgs, io: Io): Promise<number> {
  if (args.dryRun) {
    // No endpoint needed: print the items the fixtures generate, one JSON object per line.
    const { resolveTarget } = await import('../../spec/config.js');
    const target = await resolveTarget(args.dir, args);
    const tables = filterTables(await loadTables(args.dir, target.envName), args.table);
    const write = (line: string) => {
      if (io.outClosed?.()) throw new OutputClosed();
      io.out(line);
    };
    try {
      for (const table of tables) await dryRunNdjson(args.dir, table, write);
    } catch (e) {
      // The reader stopped early (`| head -1`): it has what it wanted; not a failure.
      if (!(e instanceof OutputClosed)) throw e;
    }
    return ExitCode.Ok;
  }
  return withSession(args.dir, args, io, async (session) => {
    const tables = filterTables(await loadTables(session.dir, session.target.envName), args.table);
    return seedDeclaredTables(session, tables, io, args);
  }, args.quiet);
}

/** Loads each table's fixtures; tables without a fixtures/<table>/ folder are skipped silently. */
export async function seedDeclaredTables(
  session: Session,
  tables: readonly TableShape[],
  io: Io,
  opts: { readonly quiet: boolean; readonly concurrency?: number | undefined },
): Promise<number> {
  for (const table of tables) {
    // The loader draws a progress bar on a TTY and prints one summary line per table otherwise.
    await seedTable(session.client, session.dir, table, {
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
      ...(opts.quiet ? {} : { progress: io }),
      signal: session.signal,
    });
  }
  return ExitCode.Ok;
}
