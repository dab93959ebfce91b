/** `seed`, and the fixture half of `apply` / `reset`. */
import { dryRunNdjson, seedTable } from '../../fixtures/write-items.js';
import { ExitCode } from '../../model/errors.js';
import type { TableShape } from '../../model/table-shape.js';
import { loadTables } from '../../spec/load-tables.js';
import { loadConfig } from '../../spec/config.js';
import { controlTableName } from '../../state/control-table.js';
import { fixtureDigest, recordFixtureDigest } from '../../state/fixture-digest.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { filterTables } from './compute-plan.js';

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
    for (const table of tables) await dryRunNdjson(args.dir, table, (line) => io.out(line));
    return ExitCode.Ok;
  }
  return withSession(args.dir, args, io, async (session) => {
    const tables = filterTables(await loadTables(session.dir, session.target.envName), args.table);
    return seedDeclaredTables(session, tables, io, args);
  }, args.quiet);
}

/** Loads each table's fixtures and records their digest; tables without a fixtures/<table>/ folder are skipped silently. */
export async function seedDeclaredTables(
  session: Session,
  tables: readonly TableShape[],
  io: Io,
  opts: { readonly quiet: boolean; readonly concurrency?: number | undefined; readonly createControlTable?: boolean },
): Promise<number> {
  const control = controlTableName(await loadConfig(session.dir));
  for (const table of tables) {
    // Taken before loading: an edit while it loads makes the next apply load again.
    const digest = await fixtureDigest(session.dir, table);
    // The loader draws a progress bar on a TTY and prints one summary line per table otherwise.
    await seedTable(session.client, session.dir, table, {
      ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
      ...(opts.quiet ? {} : { progress: io }),
    });
    // So `apply` skips these fixtures until they change (see fixtures-to-load.ts).
    if (digest !== null) await recordFixtureDigest(session.client, control, table.name, digest, opts.createControlTable ?? false);
  }
  return ExitCode.Ok;
}
