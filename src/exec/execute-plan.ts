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
import { capabilitiesOf, knownUnsupported } from '../live/capabilities.js';
import { finalEndpointProblem } from '../live/endpoint-errors.js';
import { describeTable } from '../live/read-live.js';
import { stepProblem } from './problems.js';
import { backoffDelay, isTransient, sleep } from '../util/retry.js';
import { runHandler, STEP_FEATURE } from './step-handlers.js';
import type { ExecEvent, ExecOptions, ExecReport, StepResult } from './types.js';
import { isSettled, waitForActive, waitForGone, type WaitOptions } from './wait.js';

export type { ExecEvent, ExecOptions, ExecReport, StepResult, StepStatus } from './types.js';

const DEFAULT_POLL = { initial: 250, max: 5_000 };
const DEFAULT_TIMEOUT_MS = 60 * 60_000;

interface Runner {
  readonly client: DynamoDBClient;
  readonly opts: ExecOptions;
  readonly emit: (e: ExecEvent) => void;
  readonly total: number;
}

function waitOptions(r: Runner, step: Step): WaitOptions {
  return {
    pollIntervalMs: r.opts.pollIntervalMs ?? DEFAULT_POLL,
    timeoutMs: r.opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    onProgress: (message, elapsedMs) => r.emit({ kind: 'waiting', table: step.table, step, message, elapsedMs }),
    ...(r.opts.signal ? { signal: r.opts.signal } : {}),
  };
}

/**
 * The table as it is once nothing is in flight: a table or index still CREATING / UPDATING /
 * DELETING (a previous apply killed half-way, or another tool) is waited for, not failed on.
 */
async function settled(r: Runner, step: Step): Promise<TableDescription | null> {
  const desc = await describeTable(r.client, step.table);
  if (!desc || isSettled(desc)) return desc;
  if (desc.TableStatus === 'DELETING') {
    await waitForGone(r.client, step.table, waitOptions(r, step));
    return null;
  }
  return waitForActive(r.client, step.table, waitOptions(r, step));
}

async function unsupportedFeatures(r: Runner): Promise<ReadonlySet<Feature>> {
  return new Set([...(r.opts.unsupported ?? []), ...(await knownUnsupported(r.client))]);
}

async function runStep(r: Runner, step: Step, position: number): Promise<StepResult> {
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
  try {
    let note: string | undefined;
    for (let attempt = 1; ; attempt += 1) {
      try {
        const desc = await settled(r, step);
        note = (await runHandler(step, { client: r.client, desc, unsupported })).note;
        break;
      } catch (e) {
        if (feature && isUnsupportedOperation(e)) {
          capabilitiesOf(r.client).mark(feature, false);
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
    if (step.wait === 'table-active') await waitForActive(r.client, table, waitOptions(r, step));
    else if (step.wait === 'table-gone') await waitForGone(r.client, table, waitOptions(r, step));
    return end(note ? { status: 'done', note } : { status: 'done' });
  } catch (e) {
    return end({ status: 'failed', error: stepProblem(e, step) });
  }
}

/** Runs `plan` against `client`; see the module comment for the guarantees. */
export async function executePlan(client: DynamoDBClient, plan: Plan, opts: ExecOptions = {}): Promise<ExecReport> {
  const onEvent = opts.onEvent;
  const emit = (e: ExecEvent) => {
    try {
      onEvent?.(e);
    } catch {
      // A broken progress printer must not break an apply half-way.
    }
  };
  const total = plan.tables.reduce((n, t) => n + t.steps.length, 0);
  const runner: Runner = { client, opts, emit, total };

  const results: StepResult[][] = plan.tables.map((tp) =>
    tp.steps.map((step) => ({ table: step.table, step, status: 'not-run' as const, ms: 0 })),
  );
  const offsets: number[] = [];
  plan.tables.reduce((n, tp, i) => ((offsets[i] = n), n + tp.steps.length), 0);

  let stopped = false;
  const limit = pLimit(Math.max(1, opts.concurrency ?? 4));
  await Promise.all(
    plan.tables.map((tp, ti) =>
      limit(async () => {
        for (const [si, step] of tp.steps.entries()) {
          if (stopped || opts.signal?.aborted) return;
          const result = await runStep(runner, step, (offsets[ti] ?? 0) + si + 1);
          (results[ti] as StepResult[])[si] = result;
          if (result.status === 'failed') {
            stopped = true;
            return;
          }
        }
      }),
    ),
  );
  const steps = results.flat();
  return { ok: steps.every((s) => s.status === 'done' || s.status === 'skipped-unsupported'), steps };
}
