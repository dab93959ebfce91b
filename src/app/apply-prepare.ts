/** What `applyProject` runs: a fresh plan, or a saved one proven still current. */
import { join, relative } from 'node:path';
import { DdbMigrateError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { TableShape } from '../model/table-shape.js';
import { computePlan, filterTables } from './plan-pipeline.js';
import type { Project } from './project.js';

/** What to apply, and which declared tables to seed afterwards. */
export interface Prepared {
  readonly plan: Plan;
  readonly seedTables: () => Promise<readonly TableShape[]>;
  /** The plan to run once the lock is held: a fresh plan again, a saved one re-checked for staleness. */
  readonly replan: () => Promise<Plan>;
}

/** A plan made now (and again under the lock). */
export async function prepareFresh(project: Project, opts: { readonly tables?: readonly string[] | undefined; readonly prune?: boolean | undefined }): Promise<Prepared> {
  const selection = { tables: opts.tables, prune: opts.prune ?? false };
  // The table files' warnings once, before the plan; the plan again under the lock reads the same files.
  const { plan, desired } = await computePlan(project, { ...selection, warn: true });
  return { plan, seedTables: async () => desired, replan: async () => (await computePlan(project, selection)).plan };
}

/**
 * A saved plan runs only on the target it was made for and only while the live state is the one
 * it was computed from; fixtures come from the project as it is now, for the tables it declares.
 */
export async function prepareSaved(project: Project, path: string): Promise<Prepared> {
  const { readSavedPlan } = await import('../saved-plan/saved-plan-file.js');
  const { refuseOtherSpec, refuseOtherTarget, refuseStale } = await import('../saved-plan/freshness.js');
  const { declaredTables } = await import('../saved-plan/saved-plan.js');
  const file = await readSavedPlan(path);
  refuseOtherTarget(file, path, { envName: project.target.envName, endpoint: project.endpointLabel, isLocal: project.isLocal });
  refuseOtherSpec(file, path, [...(await project.tables())], relativeTablesDir(project.dir));
  await refuseStale(project.liveClient, file, path);
  project.emit({ kind: 'saved-plan-current', path, plannedFor: file.createdFor.endpoint });
  const names = declaredTables(file.plan);
  return {
    plan: file.plan,
    replan: async () => {
      await refuseStale(project.liveClient, file, path);
      return file.plan;
    },
    seedTables: async () => {
      const all = await project.tables();
      const declared = new Set(all.map((t) => t.name));
      return filterTables(all, names.filter((n) => declared.has(n)));
    },
  };
}

/** `tables/` of the project, as the user would type it from the current directory. */
function relativeTablesDir(dir: string): string {
  return join(relative(process.cwd(), dir) || '.', 'tables/');
}

/** `tables` / `prune` choose what to plan: a saved plan has already chosen. */
export function refuseSelectionWithPlanFile(opts: { readonly planFile?: string | undefined; readonly tables?: readonly string[] | undefined; readonly prune?: boolean | undefined }): void {
  if (!opts.planFile) return;
  const clash = [...(opts.tables && opts.tables.length > 0 ? ['--table'] : []), ...(opts.prune ? ['--prune'] : [])];
  if (clash.length === 0) return;
  throw new DdbMigrateError({
    code: 'CLI_USAGE',
    message: `${clash.join(' and ')} cannot be combined with a saved plan (${opts.planFile}): it already fixes which tables change.`,
    hint: 'Pass the flags to `ddb-migrate plan --out` instead.',
  });
}
