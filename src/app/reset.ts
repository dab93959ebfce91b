/** `resetProject`: drop, recreate and seed every declared table (local environments). */
import { protectedRefusal, refuseIf, resetRefusal } from '../model/target-policy.js';
import type { TargetInfo } from './events.js';
import { loadFixtures, refuseBadFixtures, type FixtureCount } from './fixtures.js';
import type { LockTimes } from './lock.js';
import type { ConfirmOptions, ProjectOptions } from './options.js';
import { computePlan } from './plan-pipeline.js';
import { withProject } from './project.js';
import { planDrop, underLock } from './recorded-run.js';
import { confirmed, refuseDeletionProtected } from './refusals.js';
import type { StepsSummary } from './steps.js';

/** Options of {@link resetProject}. */
export interface ResetProjectOptions extends ProjectOptions, ConfirmOptions, Pick<LockTimes, 'lockTimeout'> {
  /** Allow reset on an endpoint that is not local (never in a protected environment). */
  readonly force?: boolean | undefined;
  /** Seed after recreating, when the environment loads fixtures. Default true. */
  readonly fixtures?: boolean | undefined;
  /** Ask `confirm` even on a scratch database (the CLI does on a terminal). Default false. */
  readonly confirmOnScratch?: boolean | undefined;
  /** Fixture batch writes in flight (default: adaptive). */
  readonly concurrency?: number | undefined;
}

/** What {@link resetProject} did. */
export interface ResetResult {
  /** `cancelled`: the confirm said no, nothing changed; `failed`: a step failed, was interrupted, or did not verify (the run's `mismatches`). */
  readonly status: 'reset' | 'cancelled' | 'failed';
  readonly target: TargetInfo;
  readonly dropped: number;
  readonly created: number;
  /** The drop run, then the create run (as far as they got). */
  readonly steps: readonly StepsSummary[];
  /** Fixtures loaded per table, or null when the environment loads none (or `fixtures: false`). */
  readonly fixtures: readonly FixtureCount[] | null;
}

/**
 * Drops every declared table that exists, creates them all again and loads their fixtures: a
 * fresh local database. Refused in a protected environment, and off this machine without `force`.
 */
export async function resetProject(opts: ResetProjectOptions): Promise<ResetResult> {
  return withProject(opts, async (project) => {
    refuseIf(protectedRefusal(project.target, 'reset'));
    refuseIf(resetRefusal(project.policy, project.endpointLabel, opts.force ?? false));
    const drop = await planDrop(project, undefined);
    refuseDeletionProtected(drop);
    const seeds = opts.fixtures !== false && project.target.fixtures;
    // Bad fixtures are refused before anything is dropped, not after the tables are gone.
    if (seeds) await refuseBadFixtures(project.dir, await project.tables());
    const base = { target: project.info, dropped: 0, created: 0, steps: [], fixtures: null };
    // A scratch database (TargetPolicy.skipsConfirmation) does not ask, unless confirmOnScratch.
    const skip = project.policy.skipsConfirmation && !opts.confirmOnScratch;
    const question = `Delete and recreate ${drop.tables.length} table(s) and all their items on ${project.endpointLabel}?`;
    if (drop.tables.length > 0 && !(await confirmed(opts, { action: 'reset', question, plan: drop }, skip))) return { ...base, status: 'cancelled' };
    type Ran = { readonly status: 'reset' | 'failed'; readonly created: number; readonly summaries: readonly StepsSummary[] };
    const ran = await underLock<Ran>(project, 'reset', opts.lockTimeout, async (run, summaries) => {
      const failed = { ok: false, value: { status: 'failed' as const, created: 0, summaries } };
      if (drop.tables.length > 0 && !(await run(drop, 'reset-drop'))) return failed;
      const { plan } = await computePlan(project, {});
      if (!(await run(plan, 'reset-create'))) return failed;
      return { ok: true, value: { status: 'reset' as const, created: plan.summary.create, summaries } };
    });
    const result = { ...base, status: ran.status, dropped: drop.tables.length, created: ran.created, steps: ran.summaries };
    if (ran.status !== 'reset' || !seeds) return result;
    return { ...result, fixtures: await loadFixtures(project, await project.tables(), { concurrency: opts.concurrency }) };
  });
}
