/**
 * `--preserve-data`: a table the plan replaces (keys, key types, LSIs) is copied out to a temporary
 * table, recreated, and copied back, instead of deleted and created empty (src/replace/). Here:
 * which tables that covers, and running / resuming the phases (progress as events).
 */
import { readLiveTables } from '../live/read-live.js';
import type { Plan } from '../model/plan.js';
import {
  pendingReplaces,
  planPreservingReplace,
  resumePreservingReplace,
  runPreservingReplace,
  type ReplaceEvent,
  type ReplacePhasePlan,
} from '../replace/index.js';
import type { Project } from './project.js';
import { withDataClient } from './capacity.js';

/** The phase plan of every replacement in `plan` (throws when one cannot preserve its data). */
export async function preservingPhases(project: Project, plan: Plan): Promise<ReplacePhasePlan[]> {
  const replaced = plan.tables.filter((t) => t.change.kind === 'ReplaceTable');
  if (replaced.length === 0) return [];
  const live = await readLiveTables(project.liveClient, replaced.map((t) => t.table));
  return replaced.flatMap((t) => {
    const l = live.get(t.table);
    return l ? [planPreservingReplace(t, l)] : [];
  });
}

/** The same plan with the replaced tables' steps taken out (their target stays, so verification covers them). */
export function withoutStepsOf(plan: Plan, tables: ReadonlySet<string>): Plan {
  return { ...plan, tables: plan.tables.map((t) => (tables.has(t.table) ? { ...t, steps: [] } : t)) };
}

/** Runs each replacement's phases in turn. */
export async function runPreserving(project: Project, phases: readonly ReplacePhasePlan[]): Promise<void> {
  const onEvent = replaceEvents(project);
  // Paced to the project's capacity share: the scans and copies of every table the replacement touches.
  for (const p of phases) await withDataClient(project, 'copy', ({ live }) => runPreservingReplace(live, p, { controlTable: project.controlTable, onEvent }));
}

/**
 * Replacements an earlier, interrupted run left unfinished are finished first, whatever this run's
 * flags: until then the data may live only in the temporary table.
 */
export async function finishPendingReplaces(project: Project): Promise<void> {
  const controlTable = project.controlTable;
  for (const record of await pendingReplaces(project.client, controlTable)) {
    project.emit({ kind: 'replace-resuming', table: record.table, lastPhase: record.done ?? null });
    await withDataClient(project, 'copy', ({ live }) => resumePreservingReplace(live, record.table, { controlTable, onEvent: replaceEvents(project) }));
  }
}

function replaceEvents(project: Project): (e: ReplaceEvent) => void {
  return (event) => project.emit({ kind: 'replace', event });
}
