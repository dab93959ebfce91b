/** An estimate in words, for the text and Markdown plans and `status`. Pure. */
import type { CapacitySource, Estimate, EstimateOperation } from '../model/estimate.js';
import { formatBytes, formatDuration } from '../plan/estimates.js';

const WHAT: Readonly<Record<EstimateOperation, (e: Estimate) => string>> = {
  'gsi-backfill': (e) => `to backfill index ${e.target ?? ''}`,
  'replica-creation': (e) => `to create the replica in ${e.target ?? ''}`,
  'preserve-data-copy': () => 'to copy the items out and back (--preserve-data)',
};

const SOURCE: Readonly<Record<CapacitySource, string>> = {
  provisioned: 'provisioned write capacity',
  'on-demand-maximum': 'on-demand maximum',
  'on-demand-initial': 'initial on-demand rate',
};

const n = (x: number) => x.toLocaleString('en-US');

/** The headline: `estimate: ~2h 47m to backfill index byUser`. */
export function estimateHeadline(e: Estimate): string {
  return `${e.label}: ${formatDuration(e.seconds)} ${WHAT[e.operation](e)}`;
}

/** The basis in one line: `1,000,000 items, 953.7 MiB; 1,000,000 write units at 100/s (provisioned write capacity)`. */
export function estimateBasis(e: Estimate): string {
  const b = e.basis;
  const share = b.capacityPercent < 100 ? `, ${b.capacityPercent}% of it` : '';
  return `${n(b.items)} items, ${formatBytes(b.bytes)}; ${n(b.writeUnits)} write units at ${n(b.writeUnitsPerSecond)}/s (${SOURCE[b.capacitySource]}${share})`;
}

/** Headline and basis: `estimate: ~2h 47m to backfill index byUser (basis: ...)`. */
export function describeEstimate(e: Estimate): string {
  return `${estimateHeadline(e)} (basis: ${estimateBasis(e)})`;
}
