/**
 * The executor: runs a plan's steps in order (tables in parallel, bounded; steps of one table one
 * after another), waits for DynamoDB to settle before and after each, retries what DynamoDB says
 * to retry, and reports every step as done / failed / not-run / skipped-unsupported. It never
 * throws for a failed step: the first failure stops the run and the rest are reported not-run.
 */
import type { DynamoDBClient, TableDescription } from '@aws-sdk/client-dynamodb';
import pLimit from 'p-limit';
import type { Plan } from '../model/plan.js';
import type { Step } from '../model/step.js';
import type { Feature } from '../model/table-shape.js';
import { isLimitExceeded, isResourceInUse, isUnsupportedOperation } from '../live/aws-errors.js';
import type { LiveClient } from '../live/live-client.js';
import { describedTable } from '../live/normalise-live.js';
import { finalEndpointProblem } from '../live/endpoint-errors.js';
import { describeTable } from '../live/read-live.js';
import { stepProblem } from './problems.js';
import { backoffDelay, isTransient, sleep } from '../util/retry.js';
import { STEP_FEATURE } from '../model/feature-use.js';
import { heldIndex, mayRunBesideBuilds, type IndexBuild } from '../model/beside-index-build.js';
import { runHandler } from './step-handlers.js';
import { isDetachable, type ExecEvent, type ExecOptions, type ExecReport, type StepResult } from './types.js';
import { DdbMigrateError } from '../model/errors.js';
import { isSettled, waitForActive, waitForGone, type WaitOptions } from '../live/wait.js';
import { waitForInsights } from '../live/contributor-insights.js';
import { waitForDestination } from '../live/kinesis-destination.js';
import { waitInRange } from './scaling-handlers.js';
import { isDynamoDbLocalArn } from '../live/capabilities.js';

export type { ExecEvent, ExecOptions, ExecReport, StepResult, StepStatus } from './types.js';
export { isDetachable } from './types.js';

const DEFAULT_POLL = { initial: 250, max: 5_000 };
const DEFAULT_TIMEOUT_MS = 60 * 60_000;

interface Runner {
  readonly live: LiveClient;
  readonly opts: ExecOptions;
  readonly emit: (e: ExecEvent) => void;
  readonly total: number;
}

/** `detached`: the wait ends at the detach time (ExecOptions.detachAt), when there is one. */
function waitOptions(r: Runner, step: Step, detached = false): WaitOptions {
  const full = r.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const detachAt = r.opts.detachAt;
  return {
    pollIntervalMs: r.opts.pollIntervalMs ?? DEFAULT_POLL,
    timeoutMs: detached && detachAt !== undefined ? Math.min(full, Math.max(0, detachAt - Date.now())) : full,
    onProgress: (message, elapsedMs) => r.emit({ kind: 'waiting', table: step.table, step, message, elapsedMs }),
    ...(r.opts.signal ? { signal: r.opts.signal } : {}),
  };
}

/** What a detaching run knows is held on the step's table: indexes left building or not yet built. */
interface Held {
  /** An earlier step of this table was left in flight or deferred in this run. */
  readonly afterHeldStep: boolean;
  /** Indexes of those held steps (a later step about one of them waits too). */
  readonly indexes: readonly string[];
}

const NOTHING_HELD: Held = { afterHeldStep: false, indexes: [] };

/** `held` once `step` is left in flight or deferred too. */
function holding(held: Held, step: Step): Held {
  const index = heldIndex(step);
  return { afterHeldStep: true, indexes: index === null ? held.indexes : [...held.indexes, index] };
}

/** The indexes building on the table (CREATING), and the held ones, for mayRunBesideBuilds. */
function buildsOf(desc: TableDescription, held: Held): IndexBuild[] {
  const live = (desc.GlobalSecondaryIndexes ?? []).filter((g) => g.IndexStatus === 'CREATING').map((g) => ({ name: g.IndexName ?? '', backfilling: g.Backfilling === true }));
  return [...live, ...held.indexes.filter((n) => !live.some((b) => b.name === n)).map((name) => ({ name, backfilling: false }))];
}

/** A detaching run's step that goes on beside an index build: the table is ACTIVE, the build does not block the step. */
function runsBesideBuild(r: Runner, step: Step, desc: TableDescription, held: Held): boolean {
  return r.opts.detachAt !== undefined && desc.TableStatus === 'ACTIVE' && busyBuilding(desc) && isSettledButBuilding(desc) && mayRunBesideBuilds(step, buildsOf(desc, held), held.afterHeldStep);
}

/** Settled but for indexes CREATING (no index UPDATING / DELETING, no encryption or warm throughput changing). */
function isSettledButBuilding(desc: TableDescription): boolean {
  return isSettled({ ...desc, GlobalSecondaryIndexes: (desc.GlobalSecondaryIndexes ?? []).map((g) => (g.IndexStatus === 'CREATING' ? { ...g, IndexStatus: 'ACTIVE' } : g)) });
}

/**
 * The table as it is once nothing is in flight: a table or index still CREATING / UPDATING /
 * DELETING (a previous apply killed half-way, or another tool) is waited for, not failed on. A
 * detaching run does not wait for an index build before a step that may run beside it.
 */
async function settled(r: Runner, step: Step, held: Held): Promise<TableDescription | null> {
  const client = await clientOf(r, step);
  const desc = await describeTable(client, step.table);
  if (!desc || isSettled(desc) || runsBesideBuild(r, step, desc, held)) return desc;
  if (desc.TableStatus === 'DELETING') {
    await waitForGone(client, step.table, waitOptions(r, step));
    return null;
  }
  // An operation in flight (an index building) ends the wait at the detach time: the step is deferred.
  return waitForActive(client, step.table, waitOptions(r, step, r.opts.detachAt !== undefined && busyCreating(desc)));
}

/** The client of the step's Region: a replica's regional settings are set in its Region. */
function clientOf(r: Runner, step: Step): Promise<DynamoDBClient> {
  return step.region !== undefined ? r.live.regionClient(step.region) : Promise.resolve(r.live.client);
}

/** A GSI still CREATING: the in-flight operation a detached step leaves. */
function busyBuilding(desc: TableDescription): boolean {
  return (desc.GlobalSecondaryIndexes ?? []).some((g) => g.IndexStatus === 'CREATING');
}

/** A GSI or a replica still CREATING: a later step waits for it only until the detach time. */
function busyCreating(desc: TableDescription): boolean {
  return busyBuilding(desc) || (desc.Replicas ?? []).some((x) => x.ReplicaStatus === 'CREATING');
}

/** The wait timed out at the detach time: not a failure when the run detaches. */
function detachedTimeout(r: Runner, e: unknown): e is DdbMigrateError {
  return r.opts.detachAt !== undefined && e instanceof DdbMigrateError && e.problems[0]?.code === 'EXEC_WAIT_TIMEOUT';
}

async function unsupportedFeatures(r: Runner): Promise<ReadonlySet<Feature>> {
  return new Set([...(r.opts.unsupported ?? []), ...(await r.live.capabilities.knownUnsupported())]);
}

async function runStep(r: Runner, step: Step, position: number, held: Held): Promise<StepResult> {
  const start = Date.now();
  const table = step.table;
  const end = (result: Omit<StepResult, 'table' | 'step' | 'ms'>): StepResult => {
    const full: StepResult = { table, step, ms: Date.now() - start, ...result };
    r.emit({ kind: 'step-end', ...full });
    return full;
  };
  r.emit({ kind: 'step-start', table, step, position, total: r.total });

  const feature = STEP_FEATURE[step.kind];
  const unsupported = await unsupportedFeatures(r);
  const skip = () => end({ status: 'skipped-unsupported', note: `${feature} is not supported by this endpoint` });
  if (feature && unsupported.has(feature)) return skip();

  const maxAttempts = Math.max(1, r.opts.maxAttempts ?? 8);
  // Set once the call was made: a wait timeout at the detach time then means in flight, before it deferred.
  let called = false;
  // Set when the step went on beside an index build (a detaching run).
  let beside = false;
  try {
    let note: string | undefined;
    for (let attempt = 1; ; attempt += 1) {
      try {
        let desc: TableDescription | null;
        try {
          desc = await settled(r, step, held);
        } catch (e) {
          if (detachedTimeout(r, e)) return end({ status: 'deferred', note: `not started: ${e.problems[0]?.message ?? 'an operation is in flight on this table'}` });
          throw e;
        }
        // DynamoDB Local (its ARNs name region `ddblocal`) has no Application Auto Scaling: never
        // sent, whichever endpoint the scaling client would resolve (AWS_ENDPOINT_URL_DYNAMODB alone).
        if (feature === 'autoscaling' && isDynamoDbLocalArn(desc?.TableArn)) {
          r.live.capabilities.mark('autoscaling', false);
          return skip();
        }
        beside = desc !== null && runsBesideBuild(r, step, desc, held);
        try {
          note = (await runHandler(step, { client: await clientOf(r, step), scaling: r.live.scaling, live: desc ? describedTable(desc) : null, unsupported })).note;
        } catch (e) {
          // DynamoDB refused it beside the build after all: it waits for the build, as the rules say it would.
          if (beside && (isResourceInUse(e) || isLimitExceeded(e))) return end({ status: 'deferred', note: 'not started: DynamoDB refused it while an index builds on this table' });
          throw e;
        }
        called = true;
        break;
      } catch (e) {
        if (feature && isUnsupportedOperation(e)) {
          r.live.capabilities.mark(feature, false);
          return skip();
        }
        // ResourceInUse is retried too, CreateTable's included: the next attempt waits for ACTIVE,
        // and a CreateTable whose lost answer the SDK retried then finds the table it created.
        // An endpoint that is down or not DynamoDB was retried by the SDK already: the step fails now.
        const retryable = (isLimitExceeded(e) || isTransient(e) || isResourceInUse(e)) && !finalEndpointProblem(e);
        if (!retryable || attempt >= maxAttempts || r.opts.signal?.aborted) throw e;
        const delayMs = backoffDelay(attempt);
        r.emit({ kind: 'retry', table, step, attempt, delayMs, reason: e instanceof Error ? `${e.name}: ${e.message}` : String(e) });
        // The next attempt starts by waiting for ACTIVE, which is what ResourceInUse asks for.
        await sleep(delayMs);
      }
    }
    // isSettled covers the encryption status too, so one wait serves both.
    // A step sent beside an index build waits for the table only until the detach time too.
    const detachable = isDetachable(step) || beside;
    const client = await clientOf(r, step);
    if (step.wait === 'table-active' || step.wait === 'encryption-enabled' || step.wait === 'warm-throughput-active') await waitForActive(client, table, waitOptions(r, step, detachable));
    else if (step.wait === 'replica-active' || step.wait === 'replica-gone') {
      // In the table's Region until no replica operation is in progress (isSettled), then, for a
      // replica created or updated, until the table is ACTIVE in the replica's own Region.
      await waitForActive(r.live.client, table, waitOptions(r, step, detachable));
      if (step.wait === 'replica-active' && step.kind === 'UpdateReplica') await waitForActive(await r.live.regionClient(step.replica.region), table, waitOptions(r, step, detachable));
    } else if (step.wait === 'capacity-in-range' && step.kind === 'RegisterScalableTarget') await waitInRange(r.live.client, step, waitOptions(r, step));
    else if (step.wait === 'table-gone') await waitForGone(r.live.client, table, waitOptions(r, step));
    else if (step.wait === 'kinesis-destination-settled' && step.kind === 'UpdateKinesisDestination') await waitForDestination(r.live.client, table, step.streamArn, waitOptions(r, step));
    else if (step.wait === 'contributor-insights-settled' && step.kind === 'UpdateContributorInsights') await waitForInsights(r.live.client, table, step.index, waitOptions(r, step));
    return end(note ? { status: 'done', note } : { status: 'done' });
  } catch (e) {
    if (called && beside && !isDetachable(step) && detachedTimeout(r, e)) {
      return end({ status: 'done', note: 'sent beside the index build on this table; verified when the build finishes' });
    }
    if (called && isDetachable(step) && detachedTimeout(r, e)) {
      return end({ status: 'in-flight', note: `still in progress at the wait timeout: ${e.problems[0]?.message ?? ''}`.trim() });
    }
    return end({ status: 'failed', error: stepProblem(e, step) });
  }
}

/** Runs `plan` against `live`; see the module comment for the guarantees. */
export function executePlan(live: LiveClient, plan: Plan, opts: ExecOptions = {}): Promise<ExecReport> {
  return executeSteps(live, plan.tables.map((tp) => tp.steps), opts);
}

/**
 * Runs groups of steps against `live`: the groups in parallel (bounded by `opts.concurrency`),
 * the steps of one group one after another. A plan's groups are its tables; callers with steps of
 * their own (a replacement's create / delete) pass them without wrapping them in a Plan.
 */
export async function executeSteps(live: LiveClient, groups: readonly (readonly Step[])[], opts: ExecOptions = {}): Promise<ExecReport> {
  const onEvent = opts.onEvent;
  const emit = (e: ExecEvent) => {
    try {
      onEvent?.(e);
    } catch {
      // A broken progress printer must not break an apply half-way.
    }
  };
  const total = groups.reduce((n, steps) => n + steps.length, 0);
  // What the executor learns about the endpoint (an operation it refuses) goes into `live.capabilities`,
  // the cache its caller carries, so the verification and later runs skip it too.
  const runner: Runner = { live, opts, emit, total };

  const results: StepResult[][] = groups.map((steps) =>
    steps.map((step) => ({ table: step.table, step, status: 'not-run' as const, ms: 0 })),
  );
  const offsets: number[] = [];
  groups.reduce((n, steps, i) => ((offsets[i] = n), n + steps.length), 0);

  let stopped = false;
  const limit = pLimit(Math.max(1, opts.concurrency ?? 4));
  await Promise.all(
    groups.map((steps, gi) =>
      limit(async () => {
        // Held: what this run left in flight or deferred on the table. Its later steps wait for a
        // later apply, except those that may run beside an index build (model/beside-index-build.ts).
        let held: Held = NOTHING_HELD;
        let why = '';
        for (const [si, step] of steps.entries()) {
          if (stopped || opts.signal?.aborted) return;
          if (held.afterHeldStep && !mayRunBesideBuilds(step, held.indexes.map((name) => ({ name, backfilling: false })), true)) {
            (results[gi] as StepResult[])[si] = { table: step.table, step, status: 'deferred', ms: 0, note: why };
            held = holding(held, step);
            continue;
          }
          const result = await runStep(runner, step, (offsets[gi] ?? 0) + si + 1, held);
          (results[gi] as StepResult[])[si] = result;
          if (result.status === 'failed') {
            stopped = true;
            return;
          }
          if (result.status === 'in-flight' || result.status === 'deferred') {
            if (!held.afterHeldStep) why = result.status === 'in-flight' ? `waits for ${describeWait(step)} in flight` : 'waits for the operation in flight on this table';
            held = holding(held, step);
          }
        }
      }),
    ),
  );
  const steps = results.flat();
  return { ok: steps.every((s) => s.status === 'done' || s.status === 'skipped-unsupported' || s.status === 'in-flight' || s.status === 'deferred'), steps };
}

function describeWait(step: Step): string {
  return step.kind === 'CreateGlobalIndex' ? `index ${step.index.name}` : step.kind;
}
