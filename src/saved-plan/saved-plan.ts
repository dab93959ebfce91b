/**
 * The saved-plan file (`plan --out plan.json`, `apply plan.json`): the plan's exact steps plus what
 * they were computed from, so apply can refuse a plan the world has moved past. Pure: building,
 * parsing and checking; reading files and live state happens in saved-plan-file.ts / freshness.ts.
 */
import { DdbMigrateError, ExitCode } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { liveFacts, liveFingerprint, specChecksum, tableFingerprints } from './fingerprint.js';

/** Bumped when the file's shape changes; apply refuses any other version. */
export const SAVED_PLAN_FORMAT_VERSION = 1;

export interface SavedPlanFile {
  readonly formatVersion: typeof SAVED_PLAN_FORMAT_VERSION;
  /** The ddb-migrate version that wrote it; apply refuses a plan from another version. */
  readonly toolVersion: string;
  readonly createdFor: {
    /** `--env` name (`local` for `--local`), null when only an endpoint was given. */
    readonly envName: string | null;
    /** "AWS us-east-1" or the endpoint URL. */
    readonly endpoint: string;
  };
  /** sha256 of the normalised desired shapes the plan was computed from. */
  readonly specChecksum: string;
  /** sha256 of the normalised live shapes + unsupported features of every planned table. */
  readonly liveFingerprint: string;
  /** The same, per table, so a stale plan can name what changed. */
  readonly tableFingerprints: Readonly<Record<string, string>>;
  readonly plan: Plan;
}

export interface SavedPlanInput {
  readonly plan: Plan;
  readonly desired: readonly TableShape[];
  readonly live: ReadonlyMap<string, LiveTable>;
  readonly toolVersion: string;
  readonly envName: string | null;
  readonly endpoint: string;
}

/** The names a plan covers, in plan order: the tables the fingerprint is taken over. */
export function plannedTables(plan: Plan): string[] {
  return plan.tables.map((t) => t.table);
}

/** The tables a plan was computed from the spec for (pruned drops have no spec). */
export function declaredTables(plan: Plan): string[] {
  return plan.tables.filter((t) => t.change.kind !== 'DropTable').map((t) => t.table);
}

export function createSavedPlan(input: SavedPlanInput): SavedPlanFile {
  const facts = liveFacts(plannedTables(input.plan), input.live);
  return {
    formatVersion: SAVED_PLAN_FORMAT_VERSION,
    toolVersion: input.toolVersion,
    createdFor: { envName: input.envName, endpoint: input.endpoint },
    specChecksum: specChecksum(input.desired),
    liveFingerprint: liveFingerprint(facts),
    tableFingerprints: tableFingerprints(facts),
    plan: input.plan,
  };
}

/** The file's text: 2-space JSON with a trailing newline (reviewable in a CI artifact). */
export function serialiseSavedPlan(file: SavedPlanFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function invalid(path: string, what: string): DdbMigrateError {
  return new DdbMigrateError({
    code: 'PLAN_FILE_INVALID',
    message: `${path}: ${what}.`,
    hint: 'Pass a file written by `ddb-migrate plan --out`, unedited.',
  });
}

/**
 * Parses a saved-plan file. Not JSON or not a plan file: exit 1 (PLAN_FILE_INVALID). Written by
 * another format or tool version: exit 3 (PLAN_VERSION_MISMATCH), since its steps may mean
 * something else to this version.
 */
export function parseSavedPlan(text: string, path: string, currentToolVersion: string): SavedPlanFile {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw invalid(path, `not JSON (${e instanceof Error ? e.message : String(e)})`);
  }
  if (!isRecord(doc) || !('formatVersion' in doc) || !('plan' in doc)) throw invalid(path, 'not a ddb-migrate plan file');
  if (doc['formatVersion'] !== SAVED_PLAN_FORMAT_VERSION || doc['toolVersion'] !== currentToolVersion) {
    throw new DdbMigrateError(
      {
        code: 'PLAN_VERSION_MISMATCH',
        message:
          `${path} was written by ddb-migrate ${String(doc['toolVersion'])} (plan format ${String(doc['formatVersion'])}); ` +
          `this is ddb-migrate ${currentToolVersion} (plan format ${SAVED_PLAN_FORMAT_VERSION}). Nothing was changed.`,
        hint: 'Run `ddb-migrate plan --out` again with this version and apply that plan.',
      },
      ExitCode.Refused,
    );
  }
  const plan = doc['plan'];
  const created = doc['createdFor'];
  if (
    !isRecord(plan) ||
    !Array.isArray(plan['tables']) ||
    !isRecord(plan['summary']) ||
    !isRecord(created) ||
    typeof created['endpoint'] !== 'string' ||
    typeof doc['specChecksum'] !== 'string' ||
    typeof doc['liveFingerprint'] !== 'string' ||
    !isRecord(doc['tableFingerprints'])
  ) {
    throw invalid(path, 'a field of the plan file is missing or has the wrong type');
  }
  return doc as unknown as SavedPlanFile;
}
