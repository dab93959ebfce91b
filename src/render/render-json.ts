/**
 * The machine-readable plan (docs/plan-reference.md). `formatVersion` follows compatibility rules:
 * new fields bump the minor version; a removed or re-typed field bumps the major one.
 */
import type { PendingMigration, Plan, TablePlan } from '../model/plan.js';
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
  return `${JSON.stringify(doc, null, 2)}\n`;
}
