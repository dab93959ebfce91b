/**
 * `--preserve-data`: a table the plan replaces (keys, key types, LSIs) is copied out to a temporary
 * table, recreated, and copied back, instead of deleted and created empty (src/replace/). Here:
 * which tables that covers, what the plan shows, and running / resuming the phases with progress.
 */
import { readLiveTables } from '../../live/read-live.js';
import type { Plan } from '../../model/plan.js';
import {
  describeReplacePhases,
  pendingReplaces,
  planPreservingReplace,
  resumePreservingReplace,
  runPreservingReplace,
  type ReplaceEvent,
  type ReplacePhasePlan,
} from '../../replace/index.js';
import type { Io } from '../io.js';
import type { Session } from '../session.js';

/** The phase plan of every replacement in `plan` (throws when one cannot preserve its data). */
export async function preservingPhases(session: Session, plan: Plan): Promise<ReplacePhasePlan[]> {
  const replaced = plan.tables.filter((t) => t.change.kind === 'ReplaceTable');
  if (replaced.length === 0) return [];
  const live = await readLiveTables(session.liveClient, replaced.map((t) => t.table));
  return replaced.flatMap((t) => {
    const l = live.get(t.table);
    return l ? [planPreservingReplace(t, l)] : [];
  });
}

/** The phases as the plan output shows them. */
export function describePreserving(phases: readonly ReplacePhasePlan[]): string {
  return phases
    .map((p) => [`Data-preserving replacement of ${p.table} (--preserve-data):`, ...describeReplacePhases(p).map((l) => `    ${l}`)].join('\n'))
    .join('\n\n');
}

/** The same plan with the replaced tables' steps taken out (their target stays, so verification covers them). */
export function withoutStepsOf(plan: Plan, tables: ReadonlySet<string>): Plan {
  return { ...plan, tables: plan.tables.map((t) => (tables.has(t.table) ? { ...t, steps: [] } : t)) };
}

/** Runs each replacement's phases in turn. */
export async function runPreserving(session: Session, phases: readonly ReplacePhasePlan[], controlTable: string, io: Io, quiet: boolean): Promise<void> {
  for (const p of phases) await runPreservingReplace(session.liveClient, p, { controlTable, onEvent: replacePrinter(io, quiet) });
}

/**
 * Replacements an earlier, interrupted run left unfinished are finished first, whatever this run's
 * flags: until then the data may live only in the temporary table.
 */
export async function finishPendingReplaces(session: Session, controlTable: string, io: Io, quiet: boolean): Promise<void> {
  for (const record of await pendingReplaces(session.client, controlTable)) {
    if (!quiet) io.err(`Finishing the interrupted data-preserving replacement of ${record.table} (last finished phase: ${record.done ?? 'none'}).`);
    await resumePreservingReplace(session.liveClient, record.table, { controlTable, onEvent: replacePrinter(io, quiet) });
  }
}

function replacePrinter(io: Io, quiet: boolean): (e: ReplaceEvent) => void {
  let lastProgress = 0;
  return (e) => {
    if (quiet) return;
    if (e.kind === 'phase-start') io.err(`[replace ${e.position}/${e.total}] ${e.table}: ${e.phase}`);
    else if (e.kind === 'phase-end' && (e.status === 'resumed' || e.note)) io.err(`  ${e.status}${e.note ? ` (${e.note})` : ''}`);
    else if (e.kind === 'progress' && e.items - lastProgress >= 10_000) {
      lastProgress = e.items;
      io.err(`  ${e.phase}: ${e.items} items`);
    }
  };
}
