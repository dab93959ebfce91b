/** `seedProject`: load fixtures/<table>/ into the tables; `seedDryRun`: the items, without an endpoint. */
import { refuseIf, seedNeedsConfirmation, seedRefusal } from '../model/target-policy.js';
import { dryRunNdjson } from '../seed/write-items.js';
import type { TargetInfo } from './events.js';
import { loadFixtures, type FixtureCount } from './fixtures.js';
import type { ConfirmOptions, ProjectOptions } from './options.js';
import { filterTables } from './plan-pipeline.js';
import { readProject, withProject } from './project.js';
import { confirmed } from './refusals.js';

/** Options of {@link seedProject}. */
export interface SeedProjectOptions extends ProjectOptions, ConfirmOptions {
  /** Only these declared tables. */
  readonly tables?: readonly string[] | undefined;
  /** Seed even a protected environment, or one with `fixtures: false`. */
  readonly force?: boolean | undefined;
  /** Batch writes in flight (default: adaptive). */
  readonly concurrency?: number | undefined;
}

/** What {@link seedProject} loaded. */
export interface SeedResult {
  /** `cancelled`: the confirm said no; nothing was written. */
  readonly status: 'loaded' | 'cancelled';
  readonly target: TargetInfo;
  /** Per table: files read, items written, time, retries (tables without fixtures: 0 files). */
  readonly counts: readonly FixtureCount[];
}

/**
 * Loads every (or each named) table's fixtures; items with the same keys are overwritten. Off this
 * machine a confirmation is needed (`yes` or `confirm`). Each item is checked before the first write.
 */
export async function seedProject(opts: SeedProjectOptions): Promise<SeedResult> {
  return withProject(opts, async (project) => {
    refuseIf(seedRefusal(project.target, opts.force ?? false));
    const tables = filterTables(await project.tables(), opts.tables);
    if (seedNeedsConfirmation(project.policy)) {
      const question = `Write the fixtures of ${tables.length} table(s) into ${project.endpointLabel}? Items with the same keys are overwritten.`;
      if (!(await confirmed(opts, { action: 'seed', question }))) return { status: 'cancelled', target: project.info, counts: [] };
    }
    const counts = await loadFixtures(project, tables, { concurrency: opts.concurrency });
    return { status: 'loaded', target: project.info, counts };
  });
}

/** Options of {@link seedDryRun}: the project and target (no endpoint is opened) and where the lines go. */
export interface SeedDryRunOptions extends Pick<ProjectOptions, 'dir' | 'env' | 'local' | 'endpointUrl' | 'region' | 'profile' | 'processEnv'> {
  readonly tables?: readonly string[] | undefined;
  /** Gets one `{"table":…,"item":…}` line per item; may throw to stop early. */
  readonly write: (line: string) => void;
}

/** The items the fixtures generate, each checked, as NDJSON lines: no endpoint is needed. Returns the count. */
export async function seedDryRun(opts: SeedDryRunOptions): Promise<number> {
  const project = await readProject(opts);
  const tables = filterTables(await project.tables(), opts.tables);
  let n = 0;
  for (const table of tables) n += await dryRunNdjson(project.dir, table, opts.write);
  return n;
}
