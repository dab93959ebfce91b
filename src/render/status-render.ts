/** `ddb-migrate status` output: the in-flight operations as text or JSON. Pure. */
import type { InFlightOperation } from '../model/in-flight.js';
import { describeEstimate } from './describe-estimate.js';
import { formatDuration } from '../plan/estimates.js';

/** One in-flight operation as `status` gets it. */
export interface StatusEntry {
  readonly operation: InFlightOperation;
  readonly elapsedMs: number;
}

function state(op: InFlightOperation): string {
  const live = op.live;
  if (!live) return 'unknown';
  if (live.finished) return live.state === 'missing' ? 'gone (the next apply clears it and plans it again)' : `${live.state}: finished; the next apply verifies it and records it`;
  return `${live.state}${live.backfilling === null ? '' : live.backfilling ? ', backfilling' : ', allocating'}`;
}

/** Text: one block per operation; a line saying there are none otherwise. */
export function renderStatusText(entries: readonly StatusEntry[], opts: { readonly controlTable: string }): string {
  if (entries.length === 0) return `No operations in flight (control table ${opts.controlTable}).\n`;
  const lines = [`In flight (control table ${opts.controlTable}):`];
  for (const { operation: op, elapsedMs } of entries) {
    lines.push(`  ${op.table}: ${op.kind} ${op.name} (${op.description})`);
    lines.push(`    state: ${state(op)}`);
    lines.push(`    elapsed: ${formatDuration(Math.round(elapsedMs / 1000)).replace('~', '')} (started ${op.startedAt} by run ${op.runId})`);
    if (op.estimate) lines.push(`    ${describeEstimate(op.estimate)}`);
  }
  lines.push('', 'Follow with `ddb-migrate status`; `ddb-migrate apply` waits for them, verifies them and goes on.');
  return `${lines.join('\n')}\n`;
}

/** JSON: `{ formatVersion, inFlight: [...] }`. */
export function renderStatusJson(entries: readonly StatusEntry[]): string {
  const inFlight = entries.map(({ operation: op, elapsedMs }) => ({
    table: op.table,
    kind: op.kind,
    name: op.name,
    description: op.description,
    state: op.live?.state ?? null,
    backfilling: op.live?.backfilling ?? null,
    finished: op.live?.finished ?? null,
    startedAt: op.startedAt,
    elapsedMs,
    runId: op.runId,
    planHash: op.planHash,
    estimate: op.estimate ?? null,
  }));
  return `${JSON.stringify({ formatVersion: '1.0', inFlight }, null, 2)}\n`;
}
