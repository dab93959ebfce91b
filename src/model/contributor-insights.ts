/**
 * Contributor insights helpers shared by both sides and the diff: the canonical "off everywhere",
 * the canonical form of a per-index record (sorted keys), and the targets (table, then each index).
 */
import type { ContributorInsights, ContributorInsightsMode } from './table-shape.js';

export const INSIGHTS_OFF: ContributorInsights = { table: null, indexes: {} };

/** `indexes` with its keys in sorted order (indexes without insights left out by the caller). */
export function canonicalInsights(table: ContributorInsightsMode | null, indexes: Readonly<Record<string, ContributorInsightsMode>>): ContributorInsights {
  const sorted = Object.keys(indexes).sort().map((k) => [k, indexes[k]] as const);
  return { table, indexes: Object.fromEntries(sorted) as Record<string, ContributorInsightsMode> };
}

/** The mode of one target: the table (`index` null) or one GSI; null when off. */
export function insightsOf(ci: ContributorInsights, index: string | null): ContributorInsightsMode | null {
  return index === null ? ci.table : (ci.indexes[index] ?? null);
}

/** Words for one mode (null: off). */
export function insightsLabel(mode: ContributorInsightsMode | null): string {
  return mode ?? 'off';
}

/** Words for the whole setting: `off`, or `table MODE; index by-x MODE`. */
export function insightsSummary(ci: ContributorInsights): string {
  const parts = [...(ci.table ? [`table ${ci.table}`] : []), ...Object.entries(ci.indexes).map(([i, m]) => `index ${i} ${m}`)];
  return parts.length === 0 ? 'off' : parts.join('; ');
}
