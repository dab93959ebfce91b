/** Loading fixtures: checked before a command's first write, then loaded table by table with their digest recorded. */
import { DdbMigrateError } from '../model/errors.js';
import type { TableShape } from '../model/table-shape.js';
import { seedTable } from '../seed/write-items.js';
import { fixtureDigest, recordFixtureDigest } from '../state/fixture-digest.js';
import { withDataClient } from './capacity.js';
import type { Project } from './project.js';

/** How long a code fixture may run while it is checked before a write. */
const CODE_FIXTURE_CHECK_MS = 30_000;

/** A table's fixtures as loaded: items written, time taken, write retries. */
export interface FixtureCount {
  readonly table: string;
  /** Fixture files read (0: the table has no fixtures/<table>/ folder). */
  readonly files: number;
  readonly written: number;
  readonly ms: number;
  readonly retries: number;
}

/**
 * Checks the fixtures of `tables` as `validate` does (keys, types, sizes, duplicates) and throws
 * every error found (exit 1): called before a command's first write, so bad fixtures never leave
 * a half-done apply or a dropped table behind. Folders of tables not being loaded are not errors here.
 */
export async function refuseBadFixtures(dir: string, tables: readonly TableShape[]): Promise<void> {
  if (tables.length === 0) return;
  const { validateFixtures } = await import('../seed/check-items.js');
  // The command writes, so the user asked for its fixture code to run: it is checked here too
  // (within the same time limit `validate --run-code-fixtures` uses by default).
  const errors = (await validateFixtures(dir, tables, { runCode: { timeoutMs: CODE_FIXTURE_CHECK_MS } })).filter(
    (p) => p.severity !== 'warning' && p.code !== 'FIXTURE_UNKNOWN_TABLE',
  );
  if (errors.length > 0) throw new DdbMigrateError(errors);
}

/** Loads each table's fixtures and records their digest; tables without a fixtures/<table>/ folder are skipped silently. */
export async function loadFixtures(
  project: Project,
  tables: readonly TableShape[],
  opts: { readonly concurrency?: number | undefined; readonly createControlTable?: boolean },
): Promise<FixtureCount[]> {
  // Paced to the project's capacity share (maxCapacityPercent), as every data write.
  return withDataClient(project, 'fixtures', async ({ client }) => {
    const counts: FixtureCount[] = [];
    for (const table of tables) {
      // Taken before loading: an edit while it loads makes the next apply load again.
      const digest = await fixtureDigest(project.dir, table);
      const name = table.name;
      const report = await seedTable(client, project.dir, table, {
        ...(opts.concurrency ? { concurrency: opts.concurrency } : {}),
        onStart: (total) => project.emit({ kind: 'fixtures-loading', table: name, total }),
        onProgress: (p) => project.emit({ kind: 'fixtures-progress', table: name, written: p.written, elapsedMs: p.elapsedMs }),
        signal: project.signal,
      }).catch((e: unknown) => {
        project.emit({ kind: 'fixtures-failed', table: name });
        throw e;
      });
      if (report.files > 0) project.emit({ kind: 'fixtures-loaded', table: name, written: report.written, ms: report.ms, retries: report.retries });
      counts.push(report);
      // So `apply` skips these fixtures until they change (see fixtures-to-load.ts).
      if (digest !== null) await recordFixtureDigest(project.client, project.controlTable, name, digest, opts.createControlTable ?? false);
    }
    return counts;
  });
}
