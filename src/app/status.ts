/**
 * `status`: the operations a detached apply left running on the target, with their live state, and
 * any other operation DynamoDB is running on the declared tables. Reads only.
 */
import type { InFlightOperation } from '../model/in-flight.js';
import type { TargetInfo } from './events.js';
import { DdbMigrateError } from '../model/errors.js';
import { readInFlight, readUntracked, type UntrackedOperation } from './in-flight.js';
import type { ProjectOptions } from './options.js';
import { withProject, type Project } from './project.js';

/** Options of {@link statusProject}: the target. */
export type StatusOptions = ProjectOptions;

/** One in-flight operation, with its live state and how long it has run. */
export interface InFlightStatus {
  readonly operation: InFlightOperation;
  /** Since the call was made (its record's `startedAt`). */
  readonly elapsedMs: number;
}

/** What {@link statusProject} found. */
export interface StatusResult {
  readonly target: TargetInfo;
  readonly controlTable: string;
  /** Recorded in-flight operations (each with `operation.live`), by table and name. */
  readonly inFlight: readonly InFlightStatus[];
  /** Operations DynamoDB is running on the declared tables that no record accounts for (empty when the table files do not load). */
  readonly untracked: readonly UntrackedOperation[];
}

/** The declared tables' names; none (with a warning) when the table files do not load: status still shows the records. */
async function declaredTables(project: Project): Promise<string[]> {
  try {
    return (await project.tables()).map((t) => t.name);
  } catch (e) {
    if (!(e instanceof DdbMigrateError)) throw e;
    project.emit({ kind: 'warning', message: `warning: the table files do not load (${e.problems[0]?.code ?? e.message}); status lists only the recorded operations.` });
    return [];
  }
}

/** Lists the in-flight operations recorded in the control table, each with DynamoDB's current state. */
export async function statusProject(opts: StatusOptions): Promise<StatusResult> {
  return withProject(opts, async (project) => {
    const now = Date.now();
    const ops = await readInFlight(project);
    return {
      target: project.info,
      controlTable: project.controlTable,
      inFlight: ops.map((operation) => ({ operation, elapsedMs: Math.max(0, now - Date.parse(operation.startedAt)) })),
      untracked: await readUntracked(project, await declaredTables(project), ops),
    };
  });
}
