/** Lines apply and plan print beside the plan: fixtures to load, data-preserving replacements, the lock's scope. */
import { describeReplacePhases, type FixtureDecision, type FixtureReason, type ReplacePhasePlan, type TargetInfo } from '../../app/index.js';

const SAYS: Readonly<Record<FixtureReason, string>> = {
  'reload-flag': 'will load (--reload-fixtures)',
  'table-created': 'will load (the table is created)',
  'table-replaced': 'will load (the table is replaced)',
  'never-loaded': 'will load (never loaded on this endpoint)',
  changed: 'will load (fixtures, seed or key schema changed since the last load)',
  unchanged: 'unchanged since the last load, not loaded (--reload-fixtures loads them)',
  'no-fixtures': 'no fixtures',
};

/** `header` and one line per table that has fixtures; empty when none has. */
export function describeFixtureDecisions(decisions: readonly FixtureDecision[], header = 'Fixtures:'): string {
  const shown = decisions.filter((d) => d.reason !== 'no-fixtures');
  if (shown.length === 0) return '';
  return [header, ...shown.map((d) => `  ${d.table.name}: ${SAYS[d.reason]}`)].join('\n');
}

/** The phases as the plan output shows them. */
export function describePreserving(phases: readonly ReplacePhasePlan[]): string {
  return phases
    .map((p) => [`Data-preserving replacement of ${p.table} (--preserve-data):`, ...describeReplacePhases(p).map((l) => `    ${l}`)].join('\n'))
    .join('\n\n');
}

/** "`prod` (AWS us-east-1)" or the endpoint: says in a PR comment which environment was planned. */
export function targetLabel(target: TargetInfo): string {
  return target.env ? `\`${target.env}\` (${target.endpoint})` : target.endpoint;
}

/**
 * What apply's lock covers: the lock is an item of the control table, so only runs that use the same
 * control table at this endpoint are serialised (docs/history-and-lock.md, "What it does not cover").
 */
export function lockScopeNote(controlTable: string, endpoint: string): string {
  return `lock: control table ${controlTable} on ${endpoint}; runs using another control table are not serialised with this one.`;
}
