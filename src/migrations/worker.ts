/**
 * `migrate run --worker`: one of any number of processes sharing a migration's parallel-scan
 * segments through leases in the control table (segment-records.ts). The worker claims a segment
 * nobody holds (or one whose lease expired: a killed worker), runs the migration's `up(ctx)` on it
 * with `ctx.scan` limited to that segment and `ctx.checkpoint` saving the segment's cursor under
 * its lease, renews the lease while it works, and marks the segment done. Once every segment is
 * done, one worker records the migration applied (a conditional write: exactly once).
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DdbMigrateError } from '../model/errors.js';
import { sleep } from '../util/retry.js';
import { createContext } from './context.js';
import { documentClient, readCheckpoints } from './records.js';
import { checkpointSegment, claimSegment, ensureWork, finishSegment, readSegments, recordWorkApplied, renewSegment, type SegmentRecord, type WorkRecord } from './segment-records.js';
import type { LoadedMigration, WriteCounts } from './types.js';

export interface WorkerOptions {
  readonly controlTable: string;
  /** Declared table name -> the name for this environment. */
  readonly tables: Readonly<Record<string, string>>;
  /** This worker's identity in the leases (host, pid and a random part). */
  readonly owner: string;
  /** How long a claimed segment stays this worker's without a renewal; renewed every third of it. */
  readonly leaseMs: number;
  /** Recorded with the applied migration. */
  readonly runId: string;
  readonly log: (line: string) => void;
  readonly signal?: AbortSignal;
}

/** What one worker did for one migration. */
export interface WorkerMigrationResult {
  readonly id: string;
  readonly segments: number;
  /** Segments this worker finished (a taken-over one counts for the worker that finished it). */
  readonly segmentsDone: number;
  readonly processed: number;
  readonly counts: WriteCounts;
  /** This worker wrote the applied record (exactly one worker does). */
  readonly recordedHere: boolean;
  /** Segments this worker lost to another (its lease expired while it worked). */
  readonly leasesLost: number;
}

class LeaseLost extends Error {
  constructor(readonly segment: number) {
    super(`lost the lease of segment ${segment}`);
  }
}

const ZERO: WriteCounts = { put: 0, updated: 0, deleted: 0, conditionFailed: 0 };
const add = (a: WriteCounts, b: WriteCounts): WriteCounts => ({ put: a.put + b.put, updated: a.updated + b.updated, deleted: a.deleted + b.deleted, conditionFailed: a.conditionFailed + b.conditionFailed });

/** An in-process run left a checkpoint: a worker must not start the same migration over beside it. */
export async function refuseInProcessCheckpoint(client: DynamoDBClient, opts: WorkerOptions, f: LoadedMigration): Promise<void> {
  const doc = documentClient(client);
  if (!(await readCheckpoints(doc, opts.controlTable)).has(f.id)) return;
  throw new DdbMigrateError({
    code: 'MIGRATION_IN_PROCESS_CHECKPOINT',
    message: `${f.shown}: an in-process run (apply) left a checkpoint; workers would start it over beside it`,
    location: { file: f.shown, line: 1, col: 1 },
    hint: 'Finish it with `ddb-migrate apply` (it resumes from the checkpoint), or run the workers for the next migration.',
  });
}

/** Creates the migration's shared work (the first worker's segment count wins) before any worker claims; check refuseInProcessCheckpoint first. */
export async function startWork(client: DynamoDBClient, opts: WorkerOptions, f: LoadedMigration, segments: number): Promise<WorkRecord> {
  return ensureWork(documentClient(client), opts.controlTable, f.id, segments);
}

/** The segments nobody holds now, starting at a random one so workers started together spread out. */
function claimable(work: WorkRecord, records: readonly SegmentRecord[], now: number): number[] {
  const byNumber = new Map(records.map((r) => [r.segment, r]));
  const free: number[] = [];
  for (let n = 0; n < work.segments; n += 1) {
    const r = byNumber.get(n);
    if (!r || (!r.done && r.expiresAt <= now)) free.push(n);
  }
  const start = Math.floor(Math.random() * Math.max(1, free.length));
  return [...free.slice(start), ...free.slice(0, start)];
}

/** Works on `work` until every segment is done (by this worker or others). */
export async function runWorker(client: DynamoDBClient, opts: WorkerOptions, f: LoadedMigration, work: WorkRecord): Promise<WorkerMigrationResult> {
  const doc = documentClient(client);
  const table = opts.controlTable;
  let segmentsDone = 0;
  let processed = 0;
  let counts = ZERO;
  let leasesLost = 0;
  const started = performance.now();
  for (;;) {
    if (opts.signal?.aborted) throw new DdbMigrateError({ code: 'MIGRATION_WORKER_STOPPED', message: `${f.shown}: the worker was stopped; its segment's lease expires and another worker takes it over`, location: { file: f.shown, line: 1, col: 1 } });
    const records = await readSegments(doc, table, f.id);
    if (records.length === work.segments && records.every((r) => r.done)) {
      const total = records.reduce((n, r) => n + (r.processed ?? 0), 0);
      const recordedHere = await recordWorkApplied(doc, table, { id: f.id, checksum: f.checksum, appliedAt: new Date().toISOString(), runId: opts.runId, file: f.file, ms: performance.now() - started, processed: total, segments: work.segments });
      if (recordedHere) opts.log(`${f.id}: every segment is done; recorded the migration as applied`);
      return { id: f.id, segments: work.segments, segmentsDone, processed, counts, recordedHere, leasesLost };
    }
    let claimed: SegmentRecord | null = null;
    for (const n of claimable(work, records, Date.now())) {
      claimed = await claimSegment(doc, table, f.id, n, opts.owner, opts.leaseMs);
      if (claimed) break;
    }
    if (!claimed) {
      // Every open segment is held by a live worker: wait for them to finish or for a lease to expire.
      await sleep(Math.min(1_000, opts.leaseMs / 3));
      continue;
    }
    try {
      const done = await runSegment(client, opts, f, work, claimed);
      segmentsDone += 1;
      processed += done.processed;
      counts = add(counts, done.counts);
    } catch (e) {
      if (!(e instanceof LeaseLost)) throw e;
      leasesLost += 1;
      opts.log(`${f.id}: ${e.message}; another worker took it over`);
    }
  }
}

/** Runs `up(ctx)` on one claimed segment, renewing its lease; throws LeaseLost when it is taken over. */
async function runSegment(client: DynamoDBClient, opts: WorkerOptions, f: LoadedMigration, work: WorkRecord, seg: SegmentRecord): Promise<{ processed: number; counts: WriteCounts }> {
  const doc = documentClient(client);
  const n = seg.segment;
  let lost = false;
  const renew = setInterval(() => {
    renewSegment(doc, opts.controlTable, f.id, n, opts.owner, opts.leaseMs).then(
      (ok) => {
        if (!ok) lost = true;
      },
      () => undefined,
    );
  }, Math.max(100, Math.floor(opts.leaseMs / 3)));
  // A taken-over segment goes on counting from what its earlier owner checkpointed.
  const before = seg.cursor ? seg.processed : 0;
  const run = createContext({
    client,
    doc,
    migration: f,
    tables: opts.tables,
    dryRun: false,
    initialCheckpoint: seg.cursor ?? undefined,
    save: async (value) => {
      if (lost || !(await checkpointSegment(doc, opts.controlTable, f.id, n, opts.owner, opts.leaseMs, value, before + run.processed()))) {
        lost = true;
        throw new LeaseLost(n);
      }
    },
    log: opts.log,
    segment: {
      segment: n,
      totalSegments: work.segments,
      assertHeld: () => {
        if (lost) throw new LeaseLost(n);
      },
    },
  });
  try {
    opts.log(`${f.id}: segment ${n + 1} of ${work.segments}${seg.cursor ? ' (resuming from its checkpoint)' : ''}`);
    await f.module.up(run.ctx);
    const processed = run.processed();
    if (lost || !(await finishSegment(doc, opts.controlTable, f.id, n, opts.owner, before + processed, run.counts()))) throw new LeaseLost(n);
    return { processed, counts: run.counts() };
  } catch (e) {
    // The migration may wrap errors: a lost lease underneath is still a lost lease.
    if (lost && !(e instanceof LeaseLost)) throw new LeaseLost(n);
    throw e;
  } finally {
    clearInterval(renew);
  }
}
