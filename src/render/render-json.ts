/**
 * The machine-readable plan (docs/plan-reference.md). `formatVersion` follows compatibility rules:
 * new fields bump the minor version; a removed or re-typed field bumps the major one.
 */
import type { PendingMigration, Plan, TablePlan } from '../model/plan.js';
import type { GlobalIndexShape, IndexKey, KeyAttribute } from '../model/table-shape.js';
import { describeStep } from './describe-step.js';

export const PLAN_FORMAT_VERSION = '1.0';

function tableJson(t: TablePlan): Record<string, unknown> {
  return {
    table: t.table,
    impact: t.impact,
    destructive: t.diagnostics.some((d) => d.destructive),
    change: t.change,
    steps: t.steps.map((step, i) => ({ number: i + 1, description: describeStep(step), ...step })),
    diagnostics: t.diagnostics,
    unsupported: t.unsupported,
    target: t.target,
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
  return isGlobalIndex(value) ? { ...value, partitionKey: wireKey(value.partitionKey), sortKey: wireKey(value.sortKey) } : value;
}

/** Stable JSON (2-space indent, fixed key order), ending with a newline. */
export function renderJson(plan: Plan): string {
  const destructive = plan.tables.reduce((n, t) => n + t.diagnostics.filter((d) => d.destructive).length, 0);
  const doc = {
    formatVersion: PLAN_FORMAT_VERSION,
    summary: { ...plan.summary, destructive },
    tables: plan.tables.map(tableJson),
    // Present only when migrations are pending, so plans without them are unchanged.
    ...(plan.migrations && plan.migrations.length > 0 ? { migrations: plan.migrations.map(migrationJson) } : {}),
    // Likewise only when an earlier run left a data-preserving replacement unfinished.
    ...(plan.interrupted && plan.interrupted.length > 0
      ? { interruptedReplacements: plan.interrupted.map((r) => ({ table: r.table, tempTable: r.tempTable, lastPhase: r.lastPhase, updatedAt: r.updatedAt })) }
      : {}),
  };
  return `${JSON.stringify(doc, wireIndexKeys, 2)}\n`;
}
