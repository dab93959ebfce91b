/**
 * Post-apply verification: read every planned table again and compare it with the plan's target.
 * This catches engines that accept a call and do nothing (dynalite and GSIs, table class on
 * DynamoDB Local), so an apply never reports success for a change that did not happen.
 */
import type { LiveClient } from '../live/live-client.js';
import type { Problem } from '../model/errors.js';
import type { Plan } from '../model/plan.js';
import { readLiveTables } from '../live/read-live.js';
import { compareShapes } from './compare-shapes.js';

const HINT =
  'The endpoint accepted the call but did not apply it (or something else changed the table meanwhile). ' +
  'Run `ddb-migrate plan` to see what is left; if the endpoint ignores this setting, it cannot be managed there.';

/** Problems (code VERIFY_MISMATCH), one per difference; empty when the live state matches the plan. */
export async function verifyPlan(liveClient: LiveClient, plan: Plan): Promise<Problem[]> {
  const live = await readLiveTables(liveClient, plan.tables.map((t) => t.table));
  const problems: Problem[] = [];
  for (const tp of plan.tables) {
    const actual = live.get(tp.table);
    if (tp.target === null) {
      if (actual) {
        problems.push({
          code: 'VERIFY_MISMATCH',
          table: tp.table,
          message: `expected the table to be gone, endpoint reports it ${actual.status}`,
          hint: HINT,
        });
      }
      continue;
    }
    if (!actual) {
      problems.push({ code: 'VERIFY_MISMATCH', table: tp.table, message: 'expected the table to exist, endpoint reports no such table', hint: HINT });
      continue;
    }
    const masked = new Set([...tp.unsupported, ...actual.unsupported]);
    for (const m of compareShapes(tp.target, actual.shape, masked)) {
      problems.push({
        code: 'VERIFY_MISMATCH',
        table: tp.table,
        field: m.field,
        message: `${m.field}: expected ${m.expected}, endpoint reports ${m.actual}`,
        hint: HINT,
      });
    }
  }
  return problems;
}
