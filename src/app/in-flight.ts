/**
 * In-flight operations (`apply --wait-timeout` / `--detach`): recording what a run left DynamoDB
 * doing, reading it back with its live state (plan, status), and settling it — waiting for it up to
 * the run's wait timeout, verifying what finished and clearing its record (apply).
 */
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { compareShapes } from '../exec/compare-shapes.js';
import { isNotFound } from '../live/aws-errors.js';
import { readLiveTables, describeTable } from '../live/read-live.js';
import { isSettled, waitForActive } from '../live/wait.js';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { InFlightLive, InFlightOperation } from '../model/in-flight.js';
import type { Plan } from '../model/plan.js';
import type { Step } from '../model/step.js';
import type { EstimateOperation } from '../model/estimate.js';
import type { ExecReport } from '../model/step-result.js';
import { describeStep } from '../render/describe-step.js';
import { deleteInFlight, listInFlight, putInFlight } from '../state/in-flight.js';
import type { HistoryStep } from '../state/history.js';
import type { Project } from './project.js';

/** Default longest wait for an operation in flight, without a wait timeout (as for any step). */
const FULL_WAIT_MS = 60 * 60_000;

/** A recorded operation that finished during this run, and whether it verified. */
export interface SettledOperation {
  readonly operation: InFlightOperation;
  /** Empty when the finished operation matches what was recorded. */
  readonly mismatches: readonly Problem[];
  /** From the start of the operation (its record) to when this run saw it finish. */
  readonly elapsedMs: number;
}

/** What settling the recorded operations came to. */
export interface InFlightSettlement {
  readonly finished: readonly SettledOperation[];
  /** Still running at the wait timeout: their tables' steps are deferred. */
  readonly still: readonly InFlightOperation[];
}

/** The recorded operations with their live state (none when the control table does not exist). */
export async function readInFlight(project: Project): Promise<InFlightOperation[]> {
  const ops = await listInFlight(project.client, project.controlTable);
  const descs = new Map<string, TableDescription | null>();
  for (const t of new Set(ops.map((o) => o.table))) descs.set(t, await describeTable(project.client, t));
  return ops.map((op) => ({ ...op, live: liveState(op, descs.get(op.table) ?? null) }));
}

function liveState(op: InFlightOperation, desc: TableDescription | null): InFlightLive {
  if (op.kind === 'replica') {
    const rep = (desc?.Replicas ?? []).find((x) => x.RegionName === op.name);
    if (!desc || !rep) return { state: 'missing', backfilling: null, finished: true };
    const state = rep.ReplicaStatus ?? 'UNKNOWN';
    return { state, backfilling: null, finished: state === 'ACTIVE' };
  }
  const g = (desc?.GlobalSecondaryIndexes ?? []).find((x) => x.IndexName === op.name);
  if (!desc || !g) return { state: 'missing', backfilling: null, finished: true };
  const state = g.IndexStatus ?? 'UNKNOWN';
  return { state, backfilling: state === 'CREATING' ? Boolean(g.Backfilling) : null, finished: state === 'ACTIVE' };
}

/** An operation DynamoDB is running on a declared table that no in-flight record accounts for. */
export interface UntrackedOperation {
  readonly table: string;
  /** `table` (the table itself is not ACTIVE) or `index` (a GSI not ACTIVE). */
  readonly kind: 'table' | 'index';
  /** The index name, or the table name. */
  readonly name: string;
  /** DynamoDB's status: CREATING, UPDATING, DELETING... */
  readonly state: string;
  readonly backfilling: boolean | null;
}

/**
 * Operations running on `tables` that `recorded` does not list: started by an apply interrupted
 * before it recorded them (or that waited in the foreground), or by another tool.
 */
export async function readUntracked(project: Project, tables: readonly string[], recorded: readonly InFlightOperation[]): Promise<UntrackedOperation[]> {
  const found: UntrackedOperation[] = [];
  for (const table of tables) {
    const desc = await describeTable(project.client, table);
    if (!desc) continue;
    if (desc.TableStatus && desc.TableStatus !== 'ACTIVE') found.push({ table, kind: 'table', name: table, state: desc.TableStatus, backfilling: null });
    for (const g of desc.GlobalSecondaryIndexes ?? []) {
      const name = g.IndexName ?? '';
      if (!g.IndexStatus || g.IndexStatus === 'ACTIVE' || recorded.some((o) => o.table === table && o.name === name)) continue;
      found.push({ table, kind: 'index', name, state: g.IndexStatus, backfilling: g.IndexStatus === 'CREATING' ? g.Backfilling === true : null });
    }
  }
  return found;
}

/** What a step left in flight is (an index build, a replica creation), with its plan estimate's operation. */
function inFlightOf(step: Step): { kind: InFlightOperation['kind']; name: string; estimate: EstimateOperation } | null {
  if (step.kind === 'CreateGlobalIndex') return { kind: 'index', name: step.index.name, estimate: 'gsi-backfill' };
  if (step.kind === 'UpdateReplica' && step.action === 'create') return { kind: 'replica', name: step.replica.region, estimate: 'replica-creation' };
  return null;
}

/** Records each step the report left in flight, with its run, plan and estimate. */
export async function recordInFlight(project: Project, run: { readonly runId: string; readonly planHash: string | null }, plan: Plan, report: ExecReport): Promise<InFlightOperation[]> {
  const recorded: InFlightOperation[] = [];
  for (const r of report.steps) {
    if (r.status !== 'in-flight') continue;
    const what = inFlightOf(r.step);
    if (!what) continue;
    const estimate = plan.tables.find((t) => t.table === r.table)?.estimates?.find((e) => e.operation === what.estimate && e.target === what.name);
    const op: InFlightOperation = {
      table: r.table,
      kind: what.kind,
      name: what.name,
      description: describeStep(r.step),
      runId: run.runId,
      planHash: run.planHash,
      startedAt: new Date(Date.now() - r.ms).toISOString(),
      ...(r.step.kind === 'CreateGlobalIndex' ? { index: r.step.index } : {}),
      ...(estimate ? { estimate } : {}),
    };
    await putInFlight(project.client, project.controlTable, op);
    recorded.push(op);
  }
  return recorded;
}

/**
 * Waits for each recorded operation (until `detachAt` when given, else as long as any step waits),
 * verifies those that finished against their record and clears them. One whose table is gone is
 * cleared too, reported as a mismatch: the plan then makes it again.
 */
export async function settleInFlight(project: Project, detachAt: number | undefined): Promise<InFlightSettlement> {
  const ops = await listInFlight(project.client, project.controlTable);
  const finished: SettledOperation[] = [];
  const still: InFlightOperation[] = [];
  for (const op of ops) {
    const done = await waitFor(project, op, detachAt);
    if (!done) {
      still.push(op);
      continue;
    }
    const mismatches = await verifyOperation(project, op);
    await deleteInFlight(project.client, project.controlTable, op);
    finished.push({ operation: op, mismatches, elapsedMs: Math.max(0, Date.now() - Date.parse(op.startedAt)) });
  }
  return { finished, still };
}

/** True once the table is settled (or gone); false when still in flight at `detachAt`. */
async function waitFor(project: Project, op: InFlightOperation, detachAt: number | undefined): Promise<boolean> {
  const desc = await describeTable(project.client, op.table);
  if (!desc || isSettled(desc)) return true;
  try {
    await waitForActive(project.client, op.table, {
      pollIntervalMs: { initial: 250, max: 5_000 },
      timeoutMs: detachAt === undefined ? FULL_WAIT_MS : Math.max(0, detachAt - Date.now()),
      signal: project.signal,
      onProgress: (message, elapsedMs) => project.emit({ kind: 'settling', table: op.table, message, elapsedMs }),
    });
    return true;
  } catch (e) {
    if (e instanceof DdbMigrateError && e.problems[0]?.code === 'EXEC_WAIT_TIMEOUT' && detachAt !== undefined) return false;
    if (e instanceof DdbMigrateError && e.problems[0]?.code === 'EXEC_TABLE_MISSING') return true;
    if (isNotFound(e)) return true;
    throw e;
  }
}

const HINT = 'The operation finished differently from what the apply that started it asked (or something changed the table since). Run `ddb-migrate plan` to see what is left.';

/** The finished index against the shape recorded when it was started. */
async function verifyOperation(project: Project, op: InFlightOperation): Promise<Problem[]> {
  if (op.kind !== 'index' || !op.index) return [];
  const live = (await readLiveTables(project.liveClient, [op.table])).get(op.table);
  const where = `${op.table} (index ${op.name})`;
  if (!live) return [{ code: 'VERIFY_MISMATCH', table: where, message: `${op.description}: the table is gone`, hint: HINT }];
  const recorded = op.index;
  const target = { ...live.shape, globalIndexes: [...live.shape.globalIndexes.filter((g) => g.name !== op.name), recorded].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) };
  const masked = new Set(live.unsupported);
  return compareShapes(target, live.shape, masked).map((m) => ({
    code: 'VERIFY_MISMATCH',
    table: where,
    field: m.field,
    message: `${op.description} (started by run ${op.runId}): ${m.field}: expected ${m.expected}, endpoint reports ${m.actual}`,
    hint: HINT,
  }));
}

/** The history steps of settled operations: `finish <step> (started by run R)`, done or failed. */
export function settledHistorySteps(settled: InFlightSettlement): HistoryStep[] {
  return settled.finished.map((f) => ({
    table: f.operation.table,
    description: `finish ${f.operation.description} (started by run ${f.operation.runId}), ${f.mismatches.length === 0 ? 'verified' : 'did not verify'}`,
    status: f.mismatches.length === 0 ? 'done' : 'failed',
    ms: f.elapsedMs,
  }));
}
