/**
 * The tests' one builders module: a valid normalised TableShape with sensible defaults, overridden
 * field by field (GIVEN a table like this...), and steps, table plans and plans built by hand
 * (executor tests run plans without the planner).
 */
import type { Plan, TablePlan } from '../../src/model/plan.js';
import type { Step, WaitFor } from '../../src/model/step.js';
import type {
  Billing,
  Feature,
  GlobalIndexShape,
  LiveTable,
  LocalIndexShape,
  TableShape,
} from '../../src/model/table-shape.js';
import { byName } from '../../src/model/order.js';

export function provisioned(read = 5, write = 5): Billing {
  return { mode: 'PROVISIONED', read, write };
}

export function onDemand(maxRead: number | null = null, maxWrite: number | null = null): Billing {
  return { mode: 'PAY_PER_REQUEST', maxRead, maxWrite };
}

/** A GSI on `<name>_pk` (S) + `sk` (S), projection ALL, capacity 5/5 (a provisioned table's default). */
export function gsi(name: string, overrides: Partial<GlobalIndexShape> = {}): GlobalIndexShape {
  return {
    name,
    partitionKey: [{ name: `${name.replace(/[^a-z0-9]/gi, '_')}_pk`, type: 'S' }],
    sortKey: [{ name: 'sk', type: 'S' }],
    projection: { type: 'ALL' },
    capacity: { read: 5, write: 5 },
    onDemand: null,
    warmThroughput: null,
    ...overrides,
  };
}

export function lsi(name: string, overrides: Partial<LocalIndexShape> = {}): LocalIndexShape {
  return { name, sortKey: { name: `${name.replace(/[^a-z0-9]/gi, '_')}_sk`, type: 'S' }, projection: { type: 'ALL' }, ...overrides };
}

/** GSI throughput as the normaliser derives it from the table's billing (capacity or on-demand limits). */
function fitIndex(index: GlobalIndexShape, billing: Billing): GlobalIndexShape {
  if (billing.mode === 'PROVISIONED') {
    return { ...index, capacity: index.capacity ?? { read: billing.read, write: billing.write }, onDemand: null };
  }
  return { ...index, capacity: null, onDemand: index.onDemand ?? { maxRead: billing.maxRead, maxWrite: billing.maxWrite } };
}

/**
 * `messages`: pk (S) + sk (S), PROVISIONED 5/5, nothing else. GSIs are sorted by name and given the
 * throughput type of the table's billing, as the normaliser does.
 */
export function table(overrides: Partial<TableShape> = {}): TableShape {
  const base: TableShape = {
    name: 'messages',
    partitionKey: { name: 'pk', type: 'S' },
    sortKey: { name: 'sk', type: 'S' },
    billing: provisioned(),
    globalIndexes: [],
    localIndexes: [],
    stream: null,
    ttl: null,
    pointInTimeRecovery: false,
    pointInTimeRecoveryDays: null,
    deletionProtection: false,
    tableClass: 'STANDARD',
    sse: null,
    warmThroughput: null,
    contributorInsights: { table: null, indexes: {} },
    resourcePolicy: null,
    kinesisDestination: null,
    autoscaling: { table: { read: null, write: null }, indexes: {} },
    tags: {},
    replicas: [],
    ...overrides,
  };
  return {
    ...base,
    globalIndexes: base.globalIndexes.map((i) => fitIndex(i, base.billing)).sort(byName),
    localIndexes: [...base.localIndexes].sort(byName),
  };
}

/** The same table switched to `billing`, its GSIs re-derived (as a spec edit of `billing:` would). */
export function withBilling(shape: TableShape, billing: Billing): TableShape {
  return table({ ...shape, billing, globalIndexes: shape.globalIndexes.map((i) => ({ ...i, capacity: null, onDemand: null })) });
}

/** What the live reader would return for `shape`. */
export function live(
  shape: TableShape,
  opts: { unsupported?: readonly Feature[]; status?: LiveTable['status']; policyRevision?: string } = {},
): LiveTable {
  return {
    shape,
    unsupported: opts.unsupported ?? [],
    status: opts.status ?? 'ACTIVE',
    pendingIndexes: [],
    itemCount: 0,
    sizeBytes: 0,
    arn: `arn:aws:dynamodb:us-east-1:000000000000:table/${shape.name}`,
    streamArn: null,
    ...(opts.policyRevision !== undefined ? { policyRevision: opts.policyRevision } : {}),
  };
}

/** A live map keyed by table name. */
export function liveMap(...tables: readonly LiveTable[]): Map<string, LiveTable> {
  return new Map(tables.map((t) => [t.shape.name, t]));
}

/** `table()` named `name`: pk/sk S, PROVISIONED 5/5 (the seed documents' `cruddur-messages` as schema-load creates it). */
export function shape(name: string, over: Partial<TableShape> = {}): TableShape {
  return table({ name, ...over });
}

/** A GSI keyed on `attr` (S) alone, projection ALL, capacity 1/1. */
export function gsiOn(name: string, attr: string, over: Partial<GlobalIndexShape> = {}): GlobalIndexShape {
  return {
    name,
    partitionKey: [{ name: attr, type: 'S' }],
    sortKey: [],
    projection: { type: 'ALL' },
    capacity: { read: 1, write: 1 },
    onDemand: null,
    warmThroughput: null,
    ...over,
  };
}

type StepBody = Step extends infer S ? (S extends Step ? Omit<S, 'table' | 'cause' | 'wait' | 'notes'> : never) : never;

/** A step on `table`; waits for ACTIVE unless told otherwise. */
export function step(table: string, body: StepBody, wait: WaitFor = 'table-active'): Step {
  const s = shape(table);
  return { table, cause: { kind: 'ModifyTable', table, live: s, desired: s, changes: [] }, wait, notes: [], ...body } as Step;
}

/** A table's plan of the given steps; `target` null is a drop. */
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

/** A plan of these table plans, each counted as an update. */
export function plan(...tables: TablePlan[]): Plan {
  return { tables, summary: { create: 0, update: tables.length, replace: 0, destroy: 0, unchanged: 0 } };
}
