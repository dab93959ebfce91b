/** `history`: the runs recorded in the control table, newest first. */
import { listHistory, type HistoryRecord } from '../state/history.js';
import type { TargetInfo } from './events.js';
import type { ProjectOptions } from './options.js';
import { withProject } from './project.js';

/** Options of {@link history}. */
export interface HistoryOptions extends ProjectOptions {
  /** Only runs that touched this table. */
  readonly table?: string | undefined;
  /** At most this many records (default 20). */
  readonly limit?: number | undefined;
}

/** The runs {@link history} found. */
export interface HistoryResult {
  readonly target: TargetInfo;
  readonly controlTable: string;
  /** Newest first. */
  readonly records: readonly HistoryRecord[];
}

/** Lists the apply / drop / reset runs recorded on the target. */
export async function history(opts: HistoryOptions): Promise<HistoryResult> {
  return withProject(opts, async (project) => {
    const records = await listHistory(project.client, project.controlTable, { table: opts.table, limit: opts.limit });
    return { target: project.info, controlTable: project.controlTable, records };
  });
}
