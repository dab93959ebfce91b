/**
 * `applyProject`: plan now (or load a saved plan and prove it is still current), refuse what needs
 * an option, confirm, run the steps under the lock, verify, then load fixtures.
 */
import { DdbMigrateError } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { ReplacePhasePlan } from '../replace/index.js';
import { prepareFresh, prepareSaved, refuseSelectionWithPlanFile } from './apply-prepare.js';
import { runUnderLock, type MigrationRun } from './apply-run.js';
import type { TargetInfo } from './events.js';
import { loadFixtures, refuseBadFixtures, type FixtureCount } from './fixtures.js';
import { fixturesToLoad, tablesToLoad, type FixtureDecision } from './fixtures-to-load.js';
import type { LockTimes } from './lock.js';
import { loadMigrationState, checkMigrations } from './migrations.js';
import type { ConfirmOptions, ProjectOptions } from './options.js';
import { hasChanges } from './plan-pipeline.js';
import { preservingPhases } from './preserve-data.js';
import { withProject } from './project.js';
import { confirmed, refuseDeletionProtected, refuseDestructive } from './refusals.js';
import { finishSteps, settleTables, summarizeSteps, type StepsSummary } from './steps.js';
import type { SettledOperation } from './in-flight.js';
import type { InFlightOperation } from '../model/in-flight.js';
import { parseDuration } from '../util/duration.js';

/** Options of {@link applyProject}: the target, yes/confirm, the lock times, and what `ddb-migrate apply` takes as flags. */
export interface ApplyProjectOptions extends ProjectOptions, ConfirmOptions, LockTimes {
  /** A file written by `planProject({ out })`: apply exactly its steps, if it is still current. */
  readonly planFile?: string | undefined;
  /** Only these declared tables. */
  readonly tables?: readonly string[] | undefined;
  /** Allow steps that lose data (drop a table or index, replace a table). Refused (exit 3) without. */
  readonly allowDestructive?: boolean | undefined;
  /** Drop live tables no file declares (needs allowDestructive). */
  readonly prune?: boolean | undefined;
  /** Load fixtures afterwards when the environment allows. Default true. */
  readonly fixtures?: boolean | undefined;
  /** Load every table's fixtures, even those unchanged since they were last loaded. */
  readonly reloadFixtures?: boolean | undefined;
  /** Replace tables by copying their items through a temporary table (with allowDestructive). */
  readonly preserveData?: boolean | undefined;
  /** Run the pending data migrations (default true); false leaves them to `migrate run --worker`. */
  readonly migrations?: boolean | undefined;
  /** Accept a data migration file changed after it was applied. */
  readonly allowChanged?: boolean | undefined;
  /** Fixture batch writes in flight (default: adaptive). */
  readonly concurrency?: number | undefined;
  /**
   * `--wait-timeout`: how long (from when the steps start) to wait for slow steps (GSI builds) and
   * for operations an earlier run left in flight, e.g. `45m`. A slow step still running then is left
   * to DynamoDB, recorded in the control table, and the result is `in-flight`. Absent: wait for everything.
   */
  readonly waitTimeout?: string | undefined;
  /** `--detach`: a wait timeout of zero for slow steps (start them, record them, do not wait). */
  readonly detach?: boolean | undefined;
}

/** `loaded`: fixtures loaded; `skipped`: none to load (or not asked); `not-run`: the apply stopped before. */
export type FixturesState = 'loaded' | 'skipped' | 'not-run';

/** What {@link applyProject} did: the plan, each step's status, the verification, the migrations and fixtures. */
export interface ApplyResult {
  /**
   * `applied`: steps ran and verified; `in-flight`: what ran verified, but a slow step (or one an
   * earlier run started) is still running at the wait timeout (`inFlight.running`), and its table's
   * later steps are deferred to the next apply; `no-changes`: nothing to do; `cancelled`: the confirm
   * said no; `failed`: a step failed, the run was interrupted, or the live tables did not verify
   * (`steps.verified` false, `steps.mismatches`).
   */
  readonly status: 'applied' | 'in-flight' | 'no-changes' | 'cancelled' | 'failed';
  readonly target: TargetInfo;
  /** The plan shown before anything changed. */
  readonly plan: Plan;
  /** The plan that ran (made again under the lock), or null when nothing ran. */
  readonly ranPlan: Plan | null;
  /** Per step: done / failed / not-run / skipped-unsupported, and the verification. Null when no step ran. */
  readonly steps: StepsSummary | null;
  readonly migrations: readonly MigrationRun[];
  readonly preserving: readonly ReplacePhasePlan[];
  readonly fixtures: {
    readonly state: FixturesState;
    /** Which tables' fixtures load, and why; null when the target loads none. */
    readonly decisions: readonly FixtureDecision[] | null;
    readonly counts: readonly FixtureCount[];
  };
  /** Operations left in flight (`waitTimeout` / `detach`): finished and verified in this run, still running (recorded), or started by it. */
  readonly inFlight: {
    readonly finished: readonly SettledOperation[];
    /** Still running when this run stopped waiting: recorded in the control table (this run's and earlier ones'). */
    readonly running: readonly InFlightOperation[];
  };
}

/**
 * Applies the project to its target. Refusals (destructive steps without `allowDestructive`, a
 * deletion-protected table, a changed migration, bad fixtures, the lock held) are thrown as
 * `DdbMigrateError` before anything changes; a failed step is a result with status `failed`.
 */
export async function applyProject(opts: ApplyProjectOptions): Promise<ApplyResult> {
  refuseSelectionWithPlanFile(opts);
  // A bad --wait-timeout is refused before anything is read or written.
  const waitMs = waitTimeoutMs(opts);
  return withProject(opts, async (project) => {
    const allowDestructive = opts.allowDestructive ?? false;
    const prepared = opts.planFile ? await prepareSaved(project, opts.planFile) : await prepareFresh(project, opts);
    // `migrations: false` leaves the pending data migrations to `migrate run --worker` (or a later apply).
    const migrations = opts.migrations === false ? { files: [], controlTable: project.controlTable } : await loadMigrationState(project);
    const { plan, changed, unedited } = await checkMigrations(project.client, prepared.plan, migrations);
    // An applied migration edited since is refused before anything runs, whether or not other work is pending.
    if (changed.length > 0 && !opts.allowChanged) throw new DdbMigrateError(changed);
    // So is a `migration new` skeleton never written: running it would record an empty migration.
    if (unedited.length > 0) throw new DdbMigrateError(unedited);
    project.emit({ kind: 'plan', plan, target: project.info });
    // Which tables' fixtures load afterwards, and why (only changed ones: see fixtures-to-load.ts).
    const decisions = opts.fixtures !== false && project.target.fixtures ? await fixturesToLoad(project, await prepared.seedTables(), plan, opts.reloadFixtures ?? false) : null;
    if (decisions) project.emit({ kind: 'fixture-decisions', decisions });
    // Refuses here, before anything changes, a replacement that cannot keep its data.
    const preserving = opts.preserveData ? await preservingPhases(project, plan) : [];
    if (opts.preserveData) project.emit({ kind: 'preserving-phases', phases: preserving });
    // Bad fixtures are refused before the first write (CreateTable, the lock, the history record):
    // those of every table whose fixtures this apply will load.
    if (decisions) await refuseBadFixtures(project.dir, tablesToLoad(decisions));

    const result = { target: project.info, plan, preserving, migrations: [] as MigrationRun[], ranPlan: null, steps: null, inFlight: { finished: [], running: [] } };
    const notRun = { state: 'not-run' as const, decisions, counts: [] };
    // With allowChanged, an edited applied migration is work too: its new checksum is recorded.
    // So is an operation an earlier detached run left in flight: this run waits for it and verifies it.
    const work = hasChanges(plan) || (plan.migrations?.length ?? 0) > 0 || changed.length > 0 || (plan.inFlight?.length ?? 0) > 0;
    if (work) {
      refuseDestructive(plan, allowDestructive);
      // A deletion-protected table the plan must drop or replace: the option does not override it.
      refuseDeletionProtected(plan);
      // A scratch database (see TargetPolicy.skipsConfirmation) does not ask; destructive steps still need the option.
      const question = `Apply these changes to ${project.endpointLabel}?`;
      if (!(await confirmed(opts, { action: 'apply', question }, project.policy.skipsConfirmation))) {
        return { ...result, status: 'cancelled', fixtures: notRun };
      }
      const replan = async (): Promise<Plan> => {
        const again = await prepared.replan();
        if (JSON.stringify(again.tables.map((t) => t.steps)) !== JSON.stringify(plan.tables.map((t) => t.steps))) project.emit({ kind: 'replanned', plan: again });
        // Another run may have changed the tables while this one waited for the lock: what runs is
        // planned under the lock, and a new destructive step still needs the option.
        refuseDestructive(again, allowDestructive);
        refuseDeletionProtected(again);
        return again;
      };
      const detachAt = waitMs === undefined ? undefined : Date.now() + waitMs;
      const run = await runUnderLock(
        project,
        { allowChanged: opts.allowChanged ?? false, preserveData: opts.preserveData ?? false, lockTimeout: opts.lockTimeout, lockLease: opts.lockLease, detachAt },
        migrations,
        await prepared.seedTables(),
        replan,
      );
      const running = [...run.settled.still, ...run.detached];
      const ran = { ...result, ranPlan: run.plan, steps: summarizeSteps(run.outcome), migrations: run.migrations, inFlight: { finished: run.settled.finished, running } };
      if (!finishSteps(project, 'apply', run.outcome) || !run.ok) return { ...ran, status: 'failed', fixtures: notRun };
      const deferred = run.outcome.report.steps.some((s) => s.status === 'deferred');
      return { ...ran, status: running.length > 0 || deferred ? 'in-flight' : 'applied', fixtures: await fixturesAfter(project, decisions, opts) };
    }
    await settleTables(project, plan);
    return { ...result, status: 'no-changes', fixtures: await fixturesAfter(project, decisions, opts) };
  });
}

/** `detach`: 0; `waitTimeout`: its duration; neither: undefined (wait for everything). Both: a usage error. */
function waitTimeoutMs(opts: ApplyProjectOptions): number | undefined {
  if (opts.detach && opts.waitTimeout !== undefined) {
    throw new DdbMigrateError({ code: 'CLI_USAGE', message: '--detach is a wait timeout of zero: it cannot be given with --wait-timeout.', hint: 'Use one of them.' });
  }
  if (opts.detach) return 0;
  return opts.waitTimeout === undefined ? undefined : parseDuration(opts.waitTimeout, '--wait-timeout');
}

async function fixturesAfter(project: Parameters<typeof loadFixtures>[0], decisions: readonly FixtureDecision[] | null, opts: ApplyProjectOptions): Promise<ApplyResult['fixtures']> {
  if (!decisions) return { state: 'skipped', decisions: null, counts: [] };
  const counts = await loadFixtures(project, tablesToLoad(decisions), { concurrency: opts.concurrency, createControlTable: true });
  return { state: 'loaded', decisions, counts };
}
