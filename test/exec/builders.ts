/** Small builders for shapes, steps and plans (tests build plans directly, without the planner). */
import type { Plan, TablePlan } from '../../src/model/plan.js';
import type { Step, WaitFor } from '../../src/model/step.js';
import type { Feature, GlobalIndexShape, TableShape } from '../../src/model/table-shape.js';
import { table } from '../support/builders.js';

/** The seed documents' `cruddur-messages` as schema-load creates it: pk/sk S, PROVISIONED 5/5. */
export function shape(name: string, over: Partial<TableShape> = {}): TableShape {
  return table({ name, ...over });
}

export function gsi(name: string, attr: string, over: Partial<GlobalIndexShape> = {}): GlobalIndexShape {
  return {
    name,
    partitionKey: { name: attr, type: 'S' },
    sortKey: null,
    projection: { type: 'ALL' },
    capacity: { read: 1, write: 1 },
    onDemand: null,
    ...over,
  };
}

type StepBody = Step extends infer S ? (S extends Step ? Omit<S, 'table' | 'cause' | 'wait' | 'notes'> : never) : never;

/** A step on `table`; waits for ACTIVE unless told otherwise. */
export function step(table: string, body: StepBody, wait: WaitFor = 'table-active'): Step {
  const s = shape(table);
  return { table, cause: { kind: 'ModifyTable', table, live: s, desired: s, changes: [] }, wait, notes: [], ...body } as Step;
}

export function tablePlan(table: string, steps: readonly Step[], target: TableShape | null, unsupported: readonly Feature[] = []): TablePlan {
  const s = target ?? shape(table);
  return {
    table,
    impact: target === null ? 'destroy' : 'update',
    change: target === null ? { kind: 'DropTable', table, live: s } : { kind: 'ModifyTable', table, live: s, desired: s, changes: [] },
    steps,
    diagnostics: [],
    unsupported,
    target,
  };
}

export function plan(...tables: TablePlan[]): Plan {
  return { tables, summary: { create: 0, update: tables.length, replace: 0, destroy: 0, unchanged: 0 } };
}

/** What DynamoDB Local cannot store: masked in every verification against it. */
export const LOCAL_UNSUPPORTED: readonly Feature[] = ['pointInTimeRecovery', 'tableClass', 'tags'];
