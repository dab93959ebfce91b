/** `seed`, and the fixture half of `apply` / `reset`. */
import { dryRunNdjson, seedTable } from '../../seed/write-items.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import { refuseIf, seedNeedsConfirmation, seedRefusal } from '../../model/target-policy.js';
import { confirmOrRefuse } from '../confirm.js';
import type { TableShape } from '../../model/table-shape.js';
import { loadTables } from '../../desired/load-tables.js';
import { loadConfig } from '../../desired/config.js';
import { controlTableName } from '../../state/control-table.js';
import { fixtureDigest, recordFixtureDigest } from '../../state/fixture-digest.js';
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
  readonly yes: boolean;
  readonly force: boolean;
}

export async function runSeed(args: SeedArgs, io: Io): Promise<number> {
  if (args.dryRun) {
    // No endpoint needed: print the items the fixtures generate, one JSON object per line.
    const { resolveTarget } = await import('../../desired/config.js');
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
    refuseIf(seedRefusal(session.target, args.force));
    const tables = filterTables(await loadTables(session.dir, session.target.envName), args.table);
    if (seedNeedsConfirmation(session.policy)) {
      const question = `Write the fixtures of ${tables.length} table(s) into ${session.endpointLabel}? Items with the same keys are overwritten.`;
      if (!(await confirmOrRefuse(io, question, args.yes))) {
        io.err('Seed cancelled; nothing was written.');
        return ExitCode.Refused;
      }
    }
    return seedDeclaredTables(session, tables, io, args);
  }, args.quiet);
}

/**
 * Checks the fixtures of `tables` as `validate` does (keys, types, sizes, duplicates) and throws
 * every error found (exit 1): called before a command's first write, so bad fixtures never leave
 * a half-done apply or a dropped table behind. Folders of tables not being loaded are not errors here.
 */
/** How long a code fixture may run while it is checked before a write. */
const CODE_FIXTURE_CHECK_MS = 30_000;

export async function refuseBadFixtures(dir: string, tables: readonly TableShape[]): Promise<void> {
  if (tables.length === 0) return;
  const { validateFixtures } = await import('../../seed/check-items.js');
  // The command writes, so the user asked for its fixture code to run: it is checked here too
  // (within the same time limit `validate --run-code-fixtures` uses by default).
  const errors = (await validateFixtures(dir, tables, { runCode: { timeoutMs: CODE_FIXTURE_CHECK_MS } })).filter(
    (p) => p.severity !== 'warning' && p.code !== 'FIXTURE_UNKNOWN_TABLE',
  );
  if (errors.length > 0) throw new DdbMigrateError(errors);
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
      signal: session.signal,
    });
    // So `apply` skips these fixtures until they change (see fixtures-to-load.ts).
    if (digest !== null) await recordFixtureDigest(session.client, control, table.name, digest, opts.createControlTable ?? false);
  }
  return ExitCode.Ok;
}
