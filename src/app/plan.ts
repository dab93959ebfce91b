/** `planProject`: what apply would change, as data (the CLI's `plan`). Reads only; never writes to the endpoint. */
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ReplacePhasePlan } from '../replace/index.js';
import { checkSavedPlanPath, writeSavedPlan } from '../saved-plan/saved-plan-file.js';
import { createSavedPlan } from '../saved-plan/saved-plan.js';
import { toolVersion } from '../state/tool-version.js';
import type { TargetInfo } from './events.js';
import { fixturesToLoad, type FixtureDecision } from './fixtures-to-load.js';
import { checkMigrations, readMigrationState } from './migrations.js';
import type { ProjectOptions } from './options.js';
import { computePlan, hasChanges } from './plan-pipeline.js';
import { preservingPhases } from './preserve-data.js';
import { withCopyEstimates } from './copy-estimates.js';
import { withProject } from './project.js';

/** Options of {@link planProject}. */
export interface PlanProjectOptions extends ProjectOptions {
  /** Only these declared tables. */
  readonly tables?: readonly string[] | undefined;
  /** Also plan to drop live tables no file declares (destructive; refused in a protected environment). */
  readonly prune?: boolean | undefined;
  /** Also work out how replacements would keep their items (`applyProject({ preserveData })`); refused when one cannot. */
  readonly preserveData?: boolean | undefined;
  /** Which tables' fixtures apply would load (reads the control table). Default true. */
  readonly fixtureDecisions?: boolean | undefined;
  /** Also save the plan to this file, for `applyProject({ planFile })`. */
  readonly out?: string | undefined;
}

/** What {@link planProject} found: the plan and what apply would do besides. */
export interface PlanResult {
  readonly plan: Plan;
  readonly target: TargetInfo;
  /** Apply would change something: a step, an interrupted replacement to finish, or a pending data migration. */
  readonly hasChanges: boolean;
  /** Applied data migrations changed since, and unedited skeletons: apply will refuse them. */
  readonly migrationProblems: readonly Problem[];
  /** The control table (history, lock, applied migrations) on this endpoint. */
  readonly controlTable: string;
  /** Which tables' fixtures apply would load, or null when the target loads none (or not asked). */
  readonly fixtures: readonly FixtureDecision[] | null;
  /** The data-preserving replacements (`preserveData`), else null. */
  readonly preserving: readonly ReplacePhasePlan[] | null;
  /** Where the plan was saved (`out`), else null. */
  readonly savedTo: string | null;
  /** The warnings of the table files, as `validate` reports them (each also sent as a `warning` event with its `problem`). */
  readonly warnings: readonly Problem[];
}

/**
 * Plans the project against its target: the declared tables (tables/) diffed against the live
 * ones, with the pending data migrations (read from their text: no project code runs).
 */
export async function planProject(opts: PlanProjectOptions): Promise<PlanResult> {
  // An `out` that can never be written is refused before any call, not after the plan was computed.
  if (opts.out) await checkSavedPlanPath(opts.out);
  return withProject(opts, async (project) => {
    const computed = await computePlan(project, { tables: opts.tables, prune: opts.prune, warn: true });
    const migrationState = await readMigrationState(project);
    const checked = await checkMigrations(project.client, computed.plan, migrationState);
    const { changed, unedited } = checked;
    const fixtures = opts.fixtureDecisions !== false && project.target.fixtures ? await fixturesToLoad(project, computed.desired, checked.plan, false) : null;
    const preserving = opts.preserveData ? await preservingPhases(project, checked.plan) : null;
    // With preserveData, each kept table's copy gets an estimate (from the item count the phases read).
    const plan = preserving ? withCopyEstimates(checked.plan, preserving) : checked.plan;
    if (opts.out) {
      const file = createSavedPlan({
        plan,
        desired: computed.desired,
        live: computed.live,
        toolVersion: toolVersion(),
        envName: project.target.envName,
        endpoint: project.endpointLabel,
      });
      await writeSavedPlan(opts.out, file);
    }
    return {
      plan,
      target: project.info,
      // An operation in flight is work apply would do too: wait for it, verify it and record it.
      hasChanges: hasChanges(plan) || (plan.migrations?.length ?? 0) > 0 || (plan.inFlight?.length ?? 0) > 0,
      migrationProblems: [...changed, ...unedited],
      controlTable: project.controlTable,
      fixtures,
      preserving,
      savedTo: opts.out ?? null,
      warnings: await project.tableWarnings(),
    };
  });
}
