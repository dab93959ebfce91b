/** `status`: the operations a detached apply left running on the target, with their live state. Reads only. */
import type { InFlightOperation } from '../model/in-flight.js';
import type { TargetInfo } from './events.js';
import { readInFlight } from './in-flight.js';
import type { ProjectOptions } from './options.js';
import { withProject } from './project.js';

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
    };
  });
}
