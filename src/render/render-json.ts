/**
 * The machine-readable plan (docs/plan-reference.md). `formatVersion` follows compatibility rules:
 * new fields bump the minor version; a removed or re-typed field bumps the major one.
 */
import type { PendingMigration, Plan, TablePlan } from '../model/plan.js';
import type { GlobalIndexShape, IndexKey, KeyAttribute } from '../model/table-shape.js';
import { describeStep } from './describe-step.js';
import { stepService } from '../model/step-service.js';

export const PLAN_FORMAT_VERSION = '1.0';

/**
 * 1.1 added encryption, the PITR recovery period, warm throughput and contributor insights (issue 14):
 * the shape fields `sse`, `pointInTimeRecoveryDays`, `warmThroughput` (table and GSI), `contributorInsights`, the step field
 * `recoveryPeriodDays`, and the kinds below. They appear only when used, so a plan without them is
 * the 1.0 document it always was, and only a plan that has them says 1.1.
 */
export const PLAN_FORMAT_VERSION_1_1 = '1.1';
const FIELDS_1_1 = new Set(['sse', 'pointInTimeRecoveryDays', 'warmThroughput', 'recoveryPeriodDays', 'contributorInsights', 'resourcePolicy', 'expectedRevisionId', 'kinesisDestination']);
const KINDS_1_1 = new Set(['ModifySse', 'ModifyRecoveryPeriod', 'ModifyWarmThroughput', 'UpdateSse', 'UpdateWarmThroughput', 'ModifyContributorInsights', 'UpdateContributorInsights', 'ModifyResourcePolicy', 'UpdateResourcePolicy', 'ModifyKinesisDestination', 'UpdateKinesisDestination']);

/**
 * 1.2 added the estimates of slow steps (`estimates` per table) and the operations an earlier
 * detached apply left running (`inFlight`); present only when there are some.
 */
export const PLAN_FORMAT_VERSION_1_2 = '1.2';

/**
 * 1.3 added autoscaling (issue 15): the shape field `autoscaling` (left out when no capacity has a
 * range), the change kind `ModifyAutoscaling`, the step kinds `RegisterScalableTarget`,
 * `PutScalingPolicy`, `DeregisterScalableTarget`, and a step's `service` (present on the steps that
 * call a service other than DynamoDB: `application-autoscaling`).
 */
export const PLAN_FORMAT_VERSION_1_3 = '1.3';
const KINDS_1_3 = new Set(['ModifyAutoscaling', 'RegisterScalableTarget', 'PutScalingPolicy', 'DeregisterScalableTarget']);

function uses13(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(uses13);
  if (typeof v !== 'object' || v === null) return false;
  return Object.entries(v).some(([k, x]) => k === 'autoscaling' || k === 'service' || (k === 'kind' && typeof x === 'string' && KINDS_1_3.has(x)) || uses13(x));
}

/**
 * 1.4 added global tables (issue 15): the shape field `replicas` (left out when there are none), the
 * change kinds `AddReplica`, `DropReplica`, `ModifyReplica`, the step kind `UpdateReplica` (waits
 * `replica-active`, `replica-gone`), and a step's `region` (present on the steps sent to a replica's
 * Region).
 */
export const PLAN_FORMAT_VERSION_1_4 = '1.4';
const KINDS_1_4 = new Set(['AddReplica', 'DropReplica', 'ModifyReplica', 'UpdateReplica']);

function uses14(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(uses14);
  if (typeof v !== 'object' || v === null) return false;
  return Object.entries(v).some(([k, x]) => k === 'replicas' || k === 'region' || (k === 'kind' && typeof x === 'string' && KINDS_1_4.has(x)) || uses14(x));
}

/** Whether the (wire-form) document uses anything 1.1 added. */
function uses11(v: unknown): boolean {
  if (Array.isArray(v)) return v.some(uses11);
  if (typeof v !== 'object' || v === null) return false;
  return Object.entries(v).some(([k, x]) => FIELDS_1_1.has(k) || (k === 'kind' && typeof x === 'string' && KINDS_1_1.has(x)) || uses11(x));
}

function tableJson(t: TablePlan): Record<string, unknown> {
  return {
    table: t.table,
    impact: t.impact,
    destructive: t.diagnostics.some((d) => d.destructive),
    change: t.change,
    // `service` only where it is not DynamoDB, so plans without such steps are unchanged.
    steps: t.steps.map((step, i) => {
      const service = stepService(step);
      return { number: i + 1, description: describeStep(step), ...(service !== 'dynamodb' ? { service } : {}), ...step };
    }),
    diagnostics: t.diagnostics,
    unsupported: t.unsupported,
    target: t.target,
    ...(t.estimates && t.estimates.length > 0 ? { estimates: t.estimates } : {}),
  };
}

/** Fixed key order; `tables` always present (empty when the file declares none). */
function migrationJson(m: PendingMigration): Record<string, unknown> {
  return { id: m.id, phase: m.phase, tables: m.tables, status: m.status, ...(m.description !== undefined ? { description: m.description } : {}) };
}

const isGlobalIndex = (v: unknown): v is GlobalIndexShape =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'projection' in v &&
  Array.isArray((v as { partitionKey?: unknown }).partitionKey) && Array.isArray((v as { sortKey?: unknown }).sortKey);

const wireKey = (k: IndexKey): KeyAttribute | readonly KeyAttribute[] | null => (k.length === 0 ? null : k.length === 1 ? (k[0] ?? null) : k);

/**
 * A GSI's keys as the table file writes them: one attribute as `{ name, type }` and no sort key as
 * `null` (as in every 1.0 plan), a multi-attribute key as the list of its attributes in order.
 */
export function wireIndexKeys(_key: string, value: unknown): unknown {
  if (!isGlobalIndex(value)) return value;
  // `warmThroughput` (after 1.0) is left out when not set, so plans that do not use it are unchanged.
  const { warmThroughput, ...rest } = value;
  return { ...rest, partitionKey: wireKey(value.partitionKey), sortKey: wireKey(value.sortKey), ...(warmThroughput ? { warmThroughput } : {}) };
}

const isTableShape = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && 'tableClass' in v && 'billing' in v && 'tags' in v;

/**
 * Table-shape fields added after 1.0 (`sse`, `pointInTimeRecoveryDays`), left out at their default so plans of tables that do
 * not use them are the 1.0 documents they always were (a new field bumps the minor version only when
 * present; docs/plan-reference.md).
 */
const OPTIONAL_AT_DEFAULT: readonly string[] = ['sse', 'pointInTimeRecoveryDays', 'warmThroughput', 'resourcePolicy', 'kinesisDestination'];

/** Contributor insights off everywhere (the default) is left out too. */
const insightsOff = (v: unknown): boolean => {
  const ci = v as { table?: unknown; indexes?: object } | null;
  return ci !== null && typeof ci === 'object' && ci.table === null && Object.keys(ci.indexes ?? {}).length === 0;
};

/** No range anywhere (the default) is left out too. */
const scalingOff = (v: unknown): boolean => {
  const a = v as { table?: { read?: unknown; write?: unknown }; indexes?: object } | null;
  return a !== null && typeof a === 'object' && a.table?.read === null && a.table.write === null && Object.keys(a.indexes ?? {}).length === 0;
};

function wireShape(value: unknown): unknown {
  if (!isTableShape(value)) return value;
  const out: Record<string, unknown> = {};
  // `replicas` is left out when there are none (a single-Region table), as the plans before it were.
  const noReplicas = (k: string, v: unknown) => k === 'replicas' && Array.isArray(v) && v.length === 0;
  for (const [k, v] of Object.entries(value))
    if (!(OPTIONAL_AT_DEFAULT.includes(k) && v === null) && !(k === 'contributorInsights' && insightsOff(v)) && !(k === 'autoscaling' && scalingOff(v)) && !noReplicas(k, v)) out[k] = v;
  return out;
}

/** The replacer of every plan document: table shapes (above), then GSI keys (see wireIndexKeys). */
export function wireValue(key: string, value: unknown): unknown {
  return wireIndexKeys(key, wireShape(value));
}

/** Stable JSON (2-space indent, fixed key order), ending with a newline. */
export function renderJson(plan: Plan): string {
  const destructive = plan.tables.reduce((n, t) => n + t.diagnostics.filter((d) => d.destructive).length, 0);
  const body = {
    summary: { ...plan.summary, destructive },
    tables: plan.tables.map(tableJson),
    // Present only when migrations are pending, so plans without them are unchanged.
    ...(plan.migrations && plan.migrations.length > 0 ? { migrations: plan.migrations.map(migrationJson) } : {}),
    // Likewise only when an earlier run left a data-preserving replacement unfinished.
    ...(plan.interrupted && plan.interrupted.length > 0
      ? { interruptedReplacements: plan.interrupted.map((r) => ({ table: r.table, tempTable: r.tempTable, lastPhase: r.lastPhase, updatedAt: r.updatedAt })) }
      : {}),
    ...(plan.inFlight && plan.inFlight.length > 0 ? { inFlight: plan.inFlight } : {}),
  };
  // Wire form first (defaults left out), then the version its content needs.
  const wire = JSON.parse(JSON.stringify(body, wireValue)) as Record<string, unknown>;
  const uses12 = 'inFlight' in wire || plan.tables.some((t) => (t.estimates?.length ?? 0) > 0);
  // The highest version whose additions the document uses (each minor version includes the ones before).
  const formatVersion = uses14(wire)
    ? PLAN_FORMAT_VERSION_1_4
    : uses13(wire)
      ? PLAN_FORMAT_VERSION_1_3
      : uses12
        ? PLAN_FORMAT_VERSION_1_2
        : uses11(wire)
          ? PLAN_FORMAT_VERSION_1_1
          : PLAN_FORMAT_VERSION;
  const doc = { formatVersion, ...wire };
  return `${JSON.stringify(doc, null, 2)}\n`;
}
