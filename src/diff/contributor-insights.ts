/**
 * Contributor insights, target by target: the table, then each GSI of the spec (sorted by name).
 * An index the plan creates or rebuilds has none yet, so its insights are enabled after the create;
 * an index the plan drops takes its insights with it (nothing to disable).
 */
import type { SettingChange } from '../model/change.js';
import { insightsOf } from '../model/contributor-insights.js';
import type { TableShape } from '../model/table-shape.js';

type InsightsChange = Extract<SettingChange, { kind: 'ModifyContributorInsights' }>;

export function diffContributorInsights(desired: TableShape, live: TableShape, rebuilt: ReadonlySet<string>): InsightsChange[] {
  const out: InsightsChange[] = [];
  const want = desired.contributorInsights;
  const have = live.contributorInsights;
  if (want.table !== have.table) out.push({ kind: 'ModifyContributorInsights', index: null, from: have.table, to: want.table });
  const liveIndexes = new Set(live.globalIndexes.map((g) => g.name));
  for (const g of desired.globalIndexes) {
    const from = liveIndexes.has(g.name) && !rebuilt.has(g.name) ? insightsOf(have, g.name) : null;
    const to = insightsOf(want, g.name);
    if (from !== to) out.push({ kind: 'ModifyContributorInsights', index: g.name, from, to });
  }
  return out;
}
