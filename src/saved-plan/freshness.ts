/**
 * Before a saved plan runs: is it for this target, and is the live state still the one it was
 * computed from? Either "no" refuses the apply with exit 3 before any change.
 */
import type { LiveClient } from '../live/live-client.js';
import { readLiveTables } from '../live/read-live.js';
import { buildPlan } from '../plan/build-plan.js';
import type { Plan } from '../model/plan.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { DdbMigrateError, ExitCode } from '../model/errors.js';
import { changedTables, liveFacts, liveFingerprint, specChecksum, tableFingerprints } from './fingerprint.js';
import { declaredTables, plannedTables, type SavedPlanFile } from './saved-plan.js';

export interface TargetFacts {
  readonly envName: string | null;
  readonly endpoint: string;
  /** Local engines may come up on another port: only the environment name is compared. */
  readonly isLocal: boolean;
}

/** Exit 3 (PLAN_WRONG_TARGET) when the plan was made for another environment or endpoint. */
export function refuseOtherTarget(file: SavedPlanFile, path: string, now: TargetFacts): void {
  const was = file.createdFor;
  const sameEnv = was.envName === now.envName;
  const sameEndpoint = now.isLocal || was.endpoint === now.endpoint;
  if (sameEnv && sameEndpoint) return;
  const label = (env: string | null, endpoint: string) => (env ? `environment '${env}' (${endpoint})` : endpoint);
  throw new DdbMigrateError(
    {
      code: 'PLAN_WRONG_TARGET',
      message: `${path} was planned for ${label(was.envName, was.endpoint)}, not ${label(now.envName, now.endpoint)}. Nothing was changed.`,
      hint: was.envName ? `Apply it with --env ${was.envName}, or run plan again for this target.` : `Apply it with --endpoint-url ${was.endpoint}, or run plan again for this target.`,
    },
    ExitCode.Refused,
  );
}

/**
 * Exit 3 (PLAN_OTHER_PROJECT) when the plan was not computed from this project's table files as
 * they are now: its `specChecksum` must equal that of the project's shapes for the tables the plan
 * declares. Checked before the live state, so a plan from another project (or from table files
 * edited since) is named as such and not as a stale plan. Pure.
 */
export function refuseOtherSpec(file: SavedPlanFile, path: string, project: readonly TableShape[], tablesDir: string): void {
  const names = new Set(declaredTables(file.plan));
  const mine = project.filter((t) => names.has(t.name));
  if (mine.length === names.size && specChecksum(mine) === file.specChecksum) return;
  const missing = [...names].filter((n) => !project.some((t) => t.name === n));
  throw new DdbMigrateError(
    {
      code: 'PLAN_OTHER_PROJECT',
      message:
        `${path} was planned from other table files than those in ${tablesDir}` +
        `${missing.length > 0 ? ` (they declare no ${missing.join(', ')})` : ''}: another project, table files changed since, or an edited plan. Nothing was changed.`,
      hint: 'Run `ddb-migrate plan --out ...` again in this project and apply the plan it writes.',
    },
    ExitCode.Refused,
  );
}

/**
 * Re-reads the live state of every table the plan covers; exit 3 (PLAN_STALE, one problem per
 * changed table) when it no longer matches the fingerprint.
 */
export async function refuseStale(liveClient: LiveClient, file: SavedPlanFile, path: string): Promise<void> {
  const names = plannedTables(file.plan);
  const live = await readLiveTables(liveClient, names);
  const facts = liveFacts(names, live);
  if (liveFingerprint(facts) === file.liveFingerprint) {
    refuseEdited(file, path, live);
    return;
  }
  const changed = changedTables(file.tableFingerprints, tableFingerprints(facts));
  const list = changed.length > 0 ? changed : names;
  throw new DdbMigrateError(
    list.map((table) => ({
      code: 'PLAN_STALE',
      table,
      message: `${table} changed since ${path} was planned (${facts[table] === null ? 'it no longer exists' : 'its live settings differ'}). Nothing was changed.`,
      hint: 'Run plan again (`ddb-migrate plan --out ...`), review it, and apply the new plan.',
    })),
    ExitCode.Refused,
  );
}

/**
 * The steps and diagnostics of a saved plan are only trusted when the planner, given the file's
 * changes and the live tables it was made from, produces them again: an edited file (DeleteTable
 * steps with their DM002 removed, say) would otherwise skip `--allow-destructive`.
 */
function refuseEdited(file: SavedPlanFile, path: string, live: ReadonlyMap<string, LiveTable>): void {
  const rebuilt = buildPlan(file.plan.tables.map((t) => t.change), live);
  const essence = (plan: Plan) => JSON.stringify(plan.tables.map((t) => [t.table, t.impact, t.steps, t.diagnostics, t.target]));
  if (essence(rebuilt) === essence(file.plan)) return;
  throw new DdbMigrateError(
    {
      code: 'PLAN_EDITED',
      message: `${path} does not match what ddb-migrate plans for its own changes: the file was edited after \`plan --out\` wrote it. Nothing was changed.`,
      hint: 'Run plan again (`ddb-migrate plan --out ...`) and apply the file it writes, unedited.',
    },
    ExitCode.Refused,
  );
}
