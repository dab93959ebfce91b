/**
 * An operation an apply started and stopped waiting for (`apply --wait-timeout`, `--detach`): a GSI
 * build (or, later, a replica creation) DynamoDB finishes in the background. Recorded in the
 * control table (src/state/in-flight.ts) with the run and plan it belongs to; verified and cleared
 * by whichever apply sees it finish.
 */
import type { Estimate } from './estimate.js';
import type { GlobalIndexShape } from './table-shape.js';

/** What kind of operation: `index` (CreateGlobalIndex) or `replica` (replica creation). */
export type InFlightKind = 'index' | 'replica';

export interface InFlightOperation {
  readonly table: string;
  readonly kind: InFlightKind;
  /** The index name, or the replica's region. */
  readonly name: string;
  /** The step in words, as the plan said it ("create index byUser"). */
  readonly description: string;
  /** The run that started it, and the hash of its plan (as in its history record). */
  readonly runId: string;
  readonly planHash: string | null;
  /** When the call was made (ISO 8601). */
  readonly startedAt: string;
  /** What the finished index must look like (checked when it is ACTIVE). */
  readonly index?: GlobalIndexShape;
  readonly estimate?: Estimate;
  /** Filled in by readers from the live table: still running, or finished (awaiting verification). */
  readonly live?: InFlightLive;
}

export interface InFlightLive {
  /** `CREATING`, `ACTIVE`, `missing` (the table or index is gone), ... */
  readonly state: string;
  /** DynamoDB's Backfilling flag, while CREATING. */
  readonly backfilling: boolean | null;
  /** Whether DynamoDB finished it (verification pending). */
  readonly finished: boolean;
}

/** One line: `t: create index byUser, in flight since <time> (run <id>)`. Pure. */
export function describeInFlight(op: InFlightOperation): string {
  const state = op.live ? (op.live.finished ? `finished (${op.live.state}); the next apply verifies it` : `${op.live.state}${op.live.backfilling === null ? '' : op.live.backfilling ? ' (backfilling)' : ' (allocating)'}`) : 'in flight';
  return `${op.table}: ${op.description}, ${state}; started ${op.startedAt} by run ${op.runId}`;
}
