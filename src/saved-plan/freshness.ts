/**
 * Before a saved plan runs: is it for this target, and is the live state still the one it was
 * computed from? Either "no" refuses the apply with exit 3 before any change.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readLiveTables } from '../live/read-live.js';
import { DdbMigrateError, ExitCode } from '../model/errors.js';
import { changedTables, liveFacts, liveFingerprint, tableFingerprints } from './fingerprint.js';
import { plannedTables, type SavedPlanFile } from './saved-plan.js';

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
 * Re-reads the live state of every table the plan covers; exit 3 (PLAN_STALE, one problem per
 * changed table) when it no longer matches the fingerprint.
 */
export async function refuseStale(client: DynamoDBClient, file: SavedPlanFile, path: string): Promise<void> {
  const names = plannedTables(file.plan);
  const facts = liveFacts(names, await readLiveTables(client, names));
  if (liveFingerprint(facts) === file.liveFingerprint) return;
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
