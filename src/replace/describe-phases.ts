/** The plan output's lines for a data-preserving replacement. Pure. */
import type { KeyRule, ReplaceEstimate, ReplacePhase, ReplacePhasePlan } from './types.js';

function conversion(r: KeyRule): string | null {
  if (r.liveType === null) {
    return r.required ? `${r.role} ${r.attribute} (${r.type}) is new: every item must already have it` : null;
  }
  if (r.liveType === r.type) return null;
  const rule = r.type === 'N' ? ' (each value must be a number)' : r.liveType === 'B' ? ' (each value must be UTF-8 text)' : '';
  return `${r.role} ${r.attribute}: ${r.liveType} -> ${r.type}${rule}`;
}

const PHASE_TEXT: Readonly<Record<ReplacePhase, (p: ReplacePhasePlan) => string>> = {
  check: () => 'check: scan every item and check it converts to the new keys (nothing written; stops here if any does not)',
  'copy-out': (p) => `copy-out: copy every item to ${p.tempTable}, then verify count and checksum`,
  delete: (p) => `delete: delete ${p.table}`,
  create: (p) => `create: create ${p.table} with the new shape`,
  'copy-back': (p) => `copy-back: copy every item from ${p.tempTable} back, converting key values`,
  verify: () => 'verify: count and content checksum of the new table match the converted copy',
  'drop-temp': (p) => `drop-temp: delete ${p.tempTable}${p.desired.ttl ? `, then turn on TTL (${p.desired.ttl})` : ''}`,
};

function estimateLine(e: ReplaceEstimate): string {
  if (e.items === null) return 'estimate: item count unknown';
  const size = e.bytes === null ? '' : `, ${(e.bytes / 1_048_576).toFixed(1)} MiB`;
  const time = e.seconds === null ? '' : `; ~${e.seconds} s at 1,000 items/s`;
  return `estimate: ${e.items.toLocaleString('en-US')} items${size}; ${e.writes?.toLocaleString('en-US')} writes, ${e.scans} scans${time}`;
}

/** One line per phase, the conversions, and the estimate. */
export function describeReplacePhases(plan: ReplacePhasePlan): string[] {
  const conversions = plan.keyRules.map(conversion).filter((c): c is string => c !== null);
  return [
    `replace ${plan.table} keeping its data (temporary table ${plan.tempTable}):`,
    ...plan.phases.map((phase, i) => `  ${i + 1}. ${PHASE_TEXT[phase](plan)}`),
    ...(conversions.length > 0 ? ['  key conversions:', ...conversions.map((c) => `    ${c}`)] : []),
    `  ${estimateLine(plan.estimate)}`,
  ];
}
