/**
 * `apply`: plan now (or load a saved plan and prove it is still current), refuse what needs a flag,
 * confirm, run the steps, verify, then load fixtures. `--format json` prints one JSON document.
 */
import { join, relative } from 'node:path';
import type { Problem } from '../../model/errors.js';
import { DdbMigrateError, ExitCode } from '../../model/errors.js';
import { diagnosticProblem, type Plan } from '../../model/plan.js';
import type { TableShape } from '../../model/table-shape.js';
import { destructiveDiagnostics } from '../../plan/build-plan.js';
import { renderJson } from '../../render/render-json.js';
import { renderText } from '../../render/render-text.js';
import { loadTables } from '../../desired/load-tables.js';
import { confirmOrRefuse } from '../confirm.js';
import type { GlobalArgs, TargetArgs } from '../global-options.js';
import type { Io } from '../io.js';
import { withSession, type Session } from '../session.js';
import { computePlan, filterTables, hasChanges, specWarnings } from './compute-plan.js';
import { checkMigrations, loadMigrationState, runUnderLock } from './apply-run.js';
import { describePreserving, preservingPhases } from './preserve-data.js';
import { finishSteps, reportJson, settleTables } from './run-steps.js';
import { refuseBadFixtures, seedDeclaredTables } from './seed-flow.js';
import { describeFixtureDecisions, fixturesToLoad, tablesToLoad } from './fixtures-to-load.js';

export interface ApplyArgs extends GlobalArgs, TargetArgs {
  /** A file written by `plan --out`: apply exactly its steps, if it is still current. */
  readonly planFile?: string | undefined;
  readonly table?: readonly string[] | undefined;
  readonly yes: boolean;
  readonly allowDestructive: boolean;
  readonly prune: boolean;
  readonly fixtures: boolean;
  readonly format: 'text' | 'json';
  readonly lockTimeout: string;
  readonly lockLease: string;
  readonly allowChanged: boolean;
  readonly preserveData: boolean;
  /** Load every table's fixtures, changed or not. */
  readonly reloadFixtures?: boolean | undefined;
}

/** What to apply, and which declared tables to seed afterwards. */
interface Prepared {
  readonly plan: Plan;
  readonly seedTables: () => Promise<readonly TableShape[]>;
  /** The plan to run once the lock is held: a fresh plan again, a saved one re-checked for staleness. */
  readonly replan: () => Promise<Plan>;
}

export async function runApply(args: ApplyArgs, ioIn: Io): Promise<number> {
  refuseFlagsWithPlanFile(args);
  // --no-color reaches every printer below (run-steps' report reads io.color), not only the plan.
  const io: Io = { ...ioIn, color: ioIn.color && args.color };
  const doc = args.format === 'json' ? new ApplyJsonDocument() : null;
  try {
    const code = await withSession(args.dir, args, io, (session) => applyIn(session, args, io, doc), args.quiet || doc !== null);
    if (doc) io.out(doc.finish(code, []));
    return code;
  } catch (e) {
    // The JSON document is printed on refusals and errors too, so CI always has one to parse.
    if (doc) io.out(doc.finish(e instanceof DdbMigrateError ? e.exitCode : ExitCode.Error, problemsOf(e)));
    throw e;
  }
}

async function applyIn(session: Session, args: ApplyArgs, io: Io, doc: ApplyJsonDocument | null): Promise<number> {
  const prepared = args.planFile ? await prepareSaved(session, args.planFile, io, args.quiet) : await prepareFresh(session, args, io);
  const migrations = await loadMigrationState(session);
  const { plan, changed, unedited } = await checkMigrations(session.client, prepared.plan, migrations);
  // An applied migration edited since is refused before anything runs, whether or not other work is pending.
  if (changed.length > 0 && !args.allowChanged) throw new DdbMigrateError(changed);
  // So is a `migration new` skeleton never written: running it would record an empty migration.
  if (unedited.length > 0) throw new DdbMigrateError(unedited);
  doc?.setTarget(session.target.envName, session.endpointLabel);
  doc?.setPlan(plan);
  if (!args.quiet && !doc) io.out(renderText(plan, { color: io.color, destructiveAllowed: args.allowDestructive }));
  // Which tables' fixtures load afterwards, and why (only changed ones: see fixtures-to-load.ts).
  const fixtures = args.fixtures && session.target.fixtures ? await fixturesToLoad(session, await prepared.seedTables(), plan, args.reloadFixtures ?? false) : null;
  if (fixtures && !args.quiet && !doc && describeFixtureDecisions(fixtures)) io.out(describeFixtureDecisions(fixtures));
  if (args.preserveData) {
    // Refuses here, before anything changes, a replacement that cannot keep its data.
    const phases = await preservingPhases(session, plan);
    if (!args.quiet && !doc && phases.length > 0) io.out(describePreserving(phases));
  }

  // Bad fixtures are refused before the first write (CreateTable, the lock, the history record):
  // those of every table whose fixtures this apply will load.
  if (fixtures) await refuseBadFixtures(session.dir, tablesToLoad(fixtures));

  // With --allow-changed, an edited applied migration is work too: its new checksum is recorded.
  if (hasChanges(plan) || (plan.migrations?.length ?? 0) > 0 || changed.length > 0) {
    refuseDestructive(plan, args.allowDestructive);
    // A deletion-protected table the plan must drop or replace: the flag does not override it.
    refuseDeletionProtected(plan);
    // A scratch database (see TargetPolicy.skipsConfirmation) does not ask; destructive steps still need the flag.
    const ok = await confirmOrRefuse(io, `Apply these changes to ${session.endpointLabel}?`, args.yes || session.policy.skipsConfirmation);
    if (!ok) {
      io.err('Apply cancelled; nothing was changed.');
      return ExitCode.Refused;
    }
    const replan = async (): Promise<Plan> => {
      const again = await prepared.replan();
      if (JSON.stringify(again.tables.map((t) => t.steps)) !== JSON.stringify(plan.tables.map((t) => t.steps)) && !args.quiet && !doc) {
        io.err('The live tables changed while this run waited for the lock; running this plan instead:');
        io.err(renderText(again, { color: io.color, destructiveAllowed: args.allowDestructive }));
      }
      // Another run may have changed the tables while this one waited for the lock: what runs is
      // planned under the lock, and a new destructive step still needs the flag.
      refuseDestructive(again, args.allowDestructive);
      refuseDeletionProtected(again);
      return again;
    };
    const { code, outcome } = await runUnderLock(session, io, args, migrations, await prepared.seedTables(), replan);
    if (outcome) doc?.setReport(reportJson(outcome));
    const finished = outcome ? finishSteps(outcome, io, { quiet: args.quiet, format: doc ? 'json' : 'text' }) : code;
    if (finished !== ExitCode.Ok) return finished;
  } else {
    await settleTables(session, plan, io, args.quiet);
  }

  if (fixtures) {
    const code = await seedDeclaredTables(session, tablesToLoad(fixtures), io, { ...args, createControlTable: true });
    doc?.setFixtures(code === ExitCode.Ok ? 'loaded' : 'failed');
    return code;
  }
  doc?.setFixtures('skipped');
  return ExitCode.Ok;
}

async function prepareFresh(session: Session, args: ApplyArgs, io: Io): Promise<Prepared> {
  const opts = { tables: args.table, prune: args.prune };
  // Warnings once, before the plan; the re-plan under the lock reads the same files.
  const { plan, desired } = await computePlan(session, { ...opts, warn: specWarnings(io, args.quiet) });
  return { plan, seedTables: async () => desired, replan: async () => (await computePlan(session, opts)).plan };
}

/**
 * A saved plan runs only on the target it was made for and only while the live state is the one
 * it was computed from; fixtures come from the project as it is now, for the tables it declares.
 */
async function prepareSaved(session: Session, path: string, io: Io, quiet: boolean): Promise<Prepared> {
  const { readSavedPlan } = await import('../../saved-plan/saved-plan-file.js');
  const { refuseOtherSpec, refuseOtherTarget, refuseStale } = await import('../../saved-plan/freshness.js');
  const { declaredTables } = await import('../../saved-plan/saved-plan.js');
  const file = await readSavedPlan(path);
  refuseOtherTarget(file, path, { envName: session.target.envName, endpoint: session.endpointLabel, isLocal: session.isLocal });
  refuseOtherSpec(file, path, await loadTables(session.dir, session.target.envName), relativeTablesDir(session.dir));
  await refuseStale(session.liveClient, file, path);
  if (!quiet) io.err(`${path}: planned for ${file.createdFor.endpoint}; the live tables still match it.`);
  const names = declaredTables(file.plan);
  return {
    plan: file.plan,
    replan: async () => {
      await refuseStale(session.liveClient, file, path);
      return file.plan;
    },
    seedTables: async () => {
      const all = await loadTables(session.dir, session.target.envName);
      const declared = new Set(all.map((t) => t.name));
      return filterTables(all, names.filter((n) => declared.has(n)));
    },
  };
}

/** `tables/` of the project, as the user would type it from the current directory. */
function relativeTablesDir(dir: string): string {
  return join(relative(process.cwd(), dir) || '.', 'tables/');
}

/** `--table` / `--prune` choose what to plan: a saved plan has already chosen. */
function refuseFlagsWithPlanFile(args: ApplyArgs): void {
  if (!args.planFile) return;
  const clash = [...(args.table && args.table.length > 0 ? ['--table'] : []), ...(args.prune ? ['--prune'] : [])];
  if (clash.length === 0) return;
  throw new DdbMigrateError({
    code: 'CLI_USAGE',
    message: `${clash.join(' and ')} cannot be combined with a saved plan (${args.planFile}): it already fixes which tables change.`,
    hint: 'Pass the flags to `ddb-migrate plan --out` instead.',
  });
}

function problemsOf(e: unknown): readonly Problem[] {
  if (e instanceof DdbMigrateError) return e.problems;
  return [{ code: 'INTERNAL', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) }];
}

/** Exit 3 with the list of destructive diagnostics unless `--allow-destructive`. */
export function refuseDestructive(plan: Plan, allow: boolean): void {
  const destructive = destructiveDiagnostics(plan);
  if (destructive.length === 0 || allow) return;
  throw new DdbMigrateError(
    destructive.map((d) => diagnosticProblem(d, 'Re-run with --allow-destructive if this is intended. Nothing was changed.')),
    ExitCode.Refused,
  );
}

/** Deletion protection is never switched off implicitly: say which change is needed. */
export function refuseDeletionProtected(plan: Plan): void {
  const blocked = plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.code === 'DM011_DELETION_PROTECTED'));
  if (blocked.length === 0) return;
  throw new DdbMigrateError(
    blocked.map((d) => diagnosticProblem(d, 'Set deletionProtection: false in the table file and apply it first.')),
    ExitCode.Refused,
  );
}

/**
 * The one document `apply --format json` prints: target, the plan (as `plan --format json`), the
 * step report, fixtures, and the problems that stopped it. Filled in as the apply goes.
 */
class ApplyJsonDocument {
  private target: { readonly env: string | null; readonly endpoint: string } | null = null;
  private plan: unknown = null;
  private result: unknown = null;
  private fixtures: 'loaded' | 'skipped' | 'failed' | 'not-run' = 'not-run';

  setTarget(env: string | null, endpoint: string): void {
    this.target = { env, endpoint };
  }

  setPlan(plan: Plan): void {
    this.plan = JSON.parse(renderJson(plan)) as unknown;
  }

  /** run-steps' step report (formatVersion, ok, verified, steps). */
  setReport(report: ReturnType<typeof reportJson>): void {
    this.result = report;
  }

  setFixtures(state: 'loaded' | 'skipped' | 'failed'): void {
    this.fixtures = state;
  }

  finish(exitCode: number, problems: readonly Problem[]): string {
    const doc = {
      formatVersion: '1.0',
      ok: exitCode === ExitCode.Ok,
      exitCode,
      target: this.target,
      plan: this.plan,
      result: this.result,
      fixtures: this.fixtures,
      problems,
    };
    return `${JSON.stringify(doc, null, 2)}\n`;
  }
}

export type { Session };
