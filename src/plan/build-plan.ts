/** Change[] → Plan: ordered steps, diagnostics, impact, target and summary per table. Pure. */
import { worstImpact, type Impact, type TableChange, type TableChangeKind } from '../model/change.js';
import type { Diagnostic, Plan, PlanSummary, TablePlan } from '../model/plan.js';
import { featuresInUse } from '../model/feature-use.js';
import type { Feature, LiveTable, TableShape } from '../model/table-shape.js';
import { targetShape } from '../diff/mask-unsupported.js';
import { warmTarget } from '../diff/warm-throughput.js';
import { diagnosticsFor } from './destructive-rules.js';
import { stepsFor } from './table-steps.js';
import { estimateGsiBackfill, estimateReplicaCreation, tableCapacity } from './estimates.js';
import type { Estimate } from '../model/estimate.js';
import type { Step } from '../model/step.js';

type Of<K extends TableChangeKind> = Extract<TableChange, { kind: K }>;

/** Impact of each change kind; a ModifyTable is an update unless it changes nothing. */
const IMPACT: { readonly [K in TableChangeKind]: (c: Of<K>) => Impact } = {
  CreateTable: () => 'create',
  DropTable: () => 'destroy',
  ReplaceTable: () => 'replace',
  ModifyTable: (c) => c.changes.reduce<Impact>((worst) => worstImpact(worst, 'update'), 'no-op'),
};

/**
 * What the live table must look like after the steps. A drop or replace that deletion protection
 * blocks has no steps, so its target is the table as it is.
 */
function targetOf(change: TableChange, live: LiveTable | undefined, blocked: boolean): TableShape | null {
  if (change.kind === 'CreateTable') return change.desired;
  if (blocked) return live?.shape ?? change.live;
  if (change.kind === 'DropTable') return null;
  // A warm throughput decrease is not made: that side stays as it is.
  const target = live ? warmTarget(targetShape(change.desired, live.shape, live.unsupported), live.shape) : change.desired;
  // A TTL move only disables in this apply (see modify-steps): until the next one, TTL is off.
  return ttlMoveOf(change) ? { ...target, ttl: null } : target;
}

function ttlMoveOf(change: TableChange): boolean {
  return change.kind === 'ModifyTable' && change.changes.some((c) => c.kind === 'ModifyTtl' && c.from !== null && c.to !== null);
}

/** Estimates of the slow steps: each GSI create's backfill, from the live item count, size and capacity. */
function estimatesOf(steps: readonly Step[], live: LiveTable | undefined, target: TableShape | null): Estimate[] {
  if (!live) return [];
  const billing = target?.billing ?? live.shape.billing;
  const one = (s: Step): Estimate | null => {
    if (s.kind === 'CreateGlobalIndex') return estimateGsiBackfill(s.table, s.index, live, billing);
    // A replica's write capacity is the table's (ReplicaUpdates overrides only read capacity).
    if (s.kind === 'UpdateReplica' && s.action === 'create') return estimateReplicaCreation(s.table, s.replica.region, live, tableCapacity(billing));
    return null;
  };
  return steps.map(one).filter((e): e is Estimate => e !== null);
}

/**
 * The features the plan says the endpoint does not support for this table: as the live table
 * reports them; for a table it creates, those of its settings the endpoint is already known not to
 * support (apply skips their steps, and says so).
 */
function unsupportedOf(change: TableChange, live: LiveTable | undefined, endpoint: readonly Feature[]): readonly Feature[] {
  if (live) return live.unsupported;
  return change.kind === 'CreateTable' ? featuresInUse(change.desired, endpoint) : [];
}

function tablePlan(change: TableChange, live: LiveTable | undefined, endpointUnsupported: readonly Feature[]): TablePlan {
  const steps = stepsFor(change, live);
  const diagnostics = diagnosticsFor(change, change.table);
  const blocked = diagnostics.some((d) => d.code === 'DM011_DELETION_PROTECTED');
  const target = targetOf(change, live, blocked);
  // Present only when there are some (a table with items), so other plans are unchanged.
  const estimates = estimatesOf(steps, live, target);
  return {
    table: change.table,
    impact: (IMPACT[change.kind] as (c: TableChange) => Impact)(change),
    change,
    steps,
    diagnostics,
    unsupported: unsupportedOf(change, live, endpointUnsupported),
    target,
    ...(estimates.length > 0 ? { estimates } : {}),
  };
}

function summarise(tables: readonly TablePlan[]): PlanSummary {
  const count = (impact: Impact): number => tables.filter((t) => t.impact === impact).length;
  return {
    create: count('create'),
    update: count('update'),
    replace: count('replace'),
    destroy: count('destroy'),
    unchanged: count('no-op'),
  };
}

export interface BuildPlanOptions {
  /** Features the endpoint is known not to support (from the reads so far): a created table's that it uses are listed. */
  readonly endpointUnsupported?: readonly Feature[];
}

/**
 * Orders the steps of every change as docs/dynamodb-rules.md requires (see modify-steps.ts and
 * table-steps.ts) and attaches the diagnostics of destructive-rules.ts. Unchanged tables are kept,
 * with impact 'no-op' and no steps. Tables keep the order of `changes`.
 */
export function buildPlan(changes: readonly TableChange[], live: ReadonlyMap<string, LiveTable>, opts: BuildPlanOptions = {}): Plan {
  const tables = changes.map((change) => tablePlan(change, live.get(change.table), opts.endpointUnsupported ?? []));
  return { tables, summary: summarise(tables) };
}

/** The diagnostics that make `apply` refuse without `--allow-destructive`. */
export function destructiveDiagnostics(plan: Plan): Diagnostic[] {
  return plan.tables.flatMap((t) => t.diagnostics.filter((d) => d.destructive));
}

