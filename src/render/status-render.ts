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

/** An operation running on a declared table that no record accounts for (app/in-flight.ts). */
export interface UntrackedEntry {
  readonly table: string;
  readonly kind: 'table' | 'index';
  readonly name: string;
  readonly state: string;
  readonly backfilling: boolean | null;
}

function untrackedLines(untracked: readonly UntrackedEntry[]): string[] {
  if (untracked.length === 0) return [];
  const lines = ['', 'Also running on the declared tables (no in-flight record: an interrupted apply, or another tool):'];
  for (const u of untracked) lines.push(`  ${u.table}: ${u.kind === 'table' ? 'table' : `index ${u.name}`} ${u.state}${u.backfilling === null ? '' : u.backfilling ? ', backfilling' : ', allocating'}`);
  lines.push('`ddb-migrate apply` waits for them before it changes those tables.');
  return lines;
}

/** Text: one block per operation; a line saying there are none otherwise. */
export function renderStatusText(entries: readonly StatusEntry[], opts: { readonly controlTable: string; readonly untracked?: readonly UntrackedEntry[] }): string {
  const extra = untrackedLines(opts.untracked ?? []);
  if (entries.length === 0) return `${[`No operations in flight (control table ${opts.controlTable}).`, ...extra].join('\n')}\n`;
  const lines = [`In flight (control table ${opts.controlTable}):`];
  for (const { operation: op, elapsedMs } of entries) {
    lines.push(`  ${op.table}: ${op.kind} ${op.name} (${op.description})`);
    lines.push(`    state: ${state(op)}`);
    lines.push(`    elapsed: ${formatDuration(Math.round(elapsedMs / 1000)).replace('~', '')} (started ${op.startedAt} by run ${op.runId})`);
    if (op.estimate) lines.push(`    ${describeEstimate(op.estimate)}`);
  }
  lines.push('', 'Follow with `ddb-migrate status`; `ddb-migrate apply` waits for them, verifies them and goes on.', ...extra);
  return `${lines.join('\n')}\n`;
}

/** JSON: `{ formatVersion, inFlight: [...], untracked: [...] }`. */
export function renderStatusJson(entries: readonly StatusEntry[], untracked: readonly UntrackedEntry[] = []): string {
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
  return `${JSON.stringify({ formatVersion: '1.1', inFlight, untracked }, null, 2)}\n`;
}
