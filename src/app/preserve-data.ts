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

/** The phase plan of every replacement in `plan` (throws when one cannot preserve its data). */
export async function preservingPhases(session: Project, plan: Plan): Promise<ReplacePhasePlan[]> {
  const replaced = plan.tables.filter((t) => t.change.kind === 'ReplaceTable');
  if (replaced.length === 0) return [];
  const live = await readLiveTables(session.liveClient, replaced.map((t) => t.table));
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
export async function runPreserving(session: Project, phases: readonly ReplacePhasePlan[]): Promise<void> {
  const onEvent = replaceEvents(session);
  for (const p of phases) await runPreservingReplace(session.liveClient, p, { controlTable: session.controlTable, onEvent });
}

/**
 * Replacements an earlier, interrupted run left unfinished are finished first, whatever this run's
 * flags: until then the data may live only in the temporary table.
 */
export async function finishPendingReplaces(session: Project): Promise<void> {
  const controlTable = session.controlTable;
  for (const record of await pendingReplaces(session.client, controlTable)) {
    session.emit({ kind: 'replace-resuming', table: record.table, lastPhase: record.done ?? null });
    await resumePreservingReplace(session.liveClient, record.table, { controlTable, onEvent: replaceEvents(session) });
  }
}

function replaceEvents(session: Project): (e: ReplaceEvent) => void {
  return (event) => session.emit({ kind: 'replace', event });
}
