/** desired (spec files) × live (endpoint) → Plan: the shared first half of plan, apply and drift. */
import { diffAll } from '../diff/diff-all.js';
import { listAllTables, readLiveTables } from '../live/read-live.js';
import { DdbMigrateError, formatProblem, type Problem } from '../model/errors.js';
import type { InterruptedReplacement, Plan } from '../model/plan.js';
import { isNotFound } from '../live/aws-errors.js';
import { pendingReplaces, tempTableName } from '../replace/index.js';
import { pruneRefusal, refuseIf } from '../model/target-policy.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { buildPlan } from '../plan/build-plan.js';
import type { AppEvent } from './events.js';
import type { Project } from './project.js';
import { readInFlight } from './in-flight.js';

/** Which tables a plan covers. */
export interface PlanSelection {
  /** `--table`: only these tables (must be declared). */
  readonly tables?: readonly string[] | undefined;
  /** `--prune`: drop live tables that no spec declares. */
  readonly prune?: boolean | undefined;
  /** Report each warning of the table files (as validate reports them) as a `warning` event, before any live read. */
  readonly warn?: boolean | undefined;
}

/** A plan with the desired and live shapes it was computed from (saved plans keep both). */
export interface ComputedPlan {
  readonly plan: Plan;
  readonly desired: readonly TableShape[];
  readonly live: ReadonlyMap<string, LiveTable>;
}

/** Reads the declared and the live tables, diffs them and builds the plan (with interrupted replacements). */
export async function computePlan(project: Project, opts: PlanSelection): Promise<ComputedPlan> {
  if (opts.prune && opts.tables && opts.tables.length > 0) {
    throw new DdbMigrateError({
      code: 'CLI_USAGE',
      message: '--prune drops live tables no file declares, and --table only names declared ones: together they can never prune anything.',
      hint: 'Use --prune without --table.',
    });
  }
  const all = await project.tables();
  // Said before any live read, as validate says them: a capacity above the default quota fails at CreateTable.
  if (opts.warn) for (const p of await project.tableWarnings()) project.emit(tableWarningEvent(p));
  // plan and apply both come here: --prune is refused in a protected environment or with nothing declared.
  if (opts.prune) refuseIf(pruneRefusal(project.target, all.length));
  const desired = filterTables(all, opts.tables);
  // Only --prune needs the list of every live table; --table narrows it too.
  // The control table is the tool's own and never a candidate for --prune.
  const control = project.controlTable;
  const interrupted = await interruptedReplacements(project, control);
  // Nor is the temporary table of an interrupted replacement: it may hold the only copy of the items.
  const own = new Set([control, ...interrupted.map((r) => r.tempTable)]);
  const listed = opts.prune ? (await listAllTables(project.client)).filter((n) => !own.has(n)) : [];
  const liveTableNames = opts.tables ? listed.filter((n) => opts.tables?.includes(n)) : listed;
  const names = [...new Set([...desired.map((t) => t.name), ...liveTableNames])];
  const live = await readLiveTables(project.liveClient, names);
  const changes = diffAll(desired, live, { prune: Boolean(opts.prune), liveTableNames });
  // A table it creates lists those of its settings the endpoint is known (from these reads) not to support.
  const built = buildPlan(changes, live, { endpointUnsupported: [...(await project.liveClient.capabilities.knownUnsupported())] });
  // Operations a detached apply left running (only when there are some, so plans are otherwise unchanged).
  const inFlight = await readInFlight(project);
  const withInterrupted = interrupted.length > 0 ? { ...built, interrupted } : built;
  return { plan: inFlight.length > 0 ? { ...withInterrupted, inFlight } : withInterrupted, desired, live };
}

/**
 * The replacements an earlier run left unfinished (their progress records in the control table,
 * which may not exist yet). Pending work even when the spec matches the live table: the items may
 * be only in the temporary table.
 */
async function interruptedReplacements(project: Project, controlTable: string): Promise<InterruptedReplacement[]> {
  try {
    const records = await pendingReplaces(project.client, controlTable);
    return records.map((r) => ({ table: r.table, tempTable: tempTableName(r.table), lastPhase: r.done, updatedAt: r.updatedAt }));
  } catch (e) {
    if (isNotFound(e)) return [];
    throw e;
  }
}

/** `--table` filter; naming a table no spec declares is an error, not an empty plan. */
export function filterTables(all: readonly TableShape[], names: readonly string[] | undefined): TableShape[] {
  if (!names || names.length === 0) return [...all];
  const known = new Set(all.map((t) => t.name));
  const unknown = names.filter((n) => !known.has(n));
  if (unknown.length > 0) {
    throw new DdbMigrateError(
      unknown.map((n) => ({
        code: 'CLI_UNKNOWN_TABLE',
        table: n,
        message: `--table ${n}: no file in tables/ declares this table.`,
        hint: `Declared tables: ${[...known].join(', ') || '(none)'}.`,
      })),
    );
  }
  return all.filter((t) => names.includes(t.name));
}

/** True when the plan has at least one step to run, or an interrupted replacement to finish. */
export function hasChanges(plan: Plan): boolean {
  return plan.tables.some((t) => t.steps.length > 0 || t.impact !== 'no-op') || (plan.interrupted?.length ?? 0) > 0;
}

/** A warning of the table files as an event: its problem, and the line validate prints for it. */
export function tableWarningEvent(p: Problem): Extract<AppEvent, { kind: 'warning' }> {
  const problem: Problem = { ...p, severity: 'warning' };
  return { kind: 'warning', message: formatProblem(problem), problem };
}
