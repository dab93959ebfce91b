/**
 * `--preserve-data` copy estimates on the plan: each replacement that keeps its data gets an
 * estimate (kind `preserve-data-copy`) from the live item count and size its phase plan read and
 * the recreated table's write capacity (src/plan/estimates.ts).
 */
import type { Plan } from '../model/plan.js';
import { estimatePreserveCopy } from '../plan/estimates.js';
import type { ReplacePhasePlan } from '../replace/types.js';

/** The plan with a copy estimate on each preserved table (unchanged when none has items). */
export function withCopyEstimates(plan: Plan, phases: readonly ReplacePhasePlan[]): Plan {
  if (phases.length === 0) return plan;
  const byTable = new Map(phases.map((p) => [p.table, p]));
  return {
    ...plan,
    tables: plan.tables.map((t) => {
      const p = byTable.get(t.table);
      const e = p ? estimatePreserveCopy(t.table, { itemCount: p.estimate.items, sizeBytes: p.estimate.bytes }, p.desired.billing) : null;
      return e ? { ...t, estimates: [...(t.estimates ?? []), e] } : t;
    }),
  };
}
