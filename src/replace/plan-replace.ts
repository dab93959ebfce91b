/**
 * Pure planning of a data-preserving replacement: which key values need converting, which
 * conversions are refused up front, the phases and an estimate. No I/O here.
 */
import { AUTOSCALING_OFF } from '../model/autoscaling.js';
import { DdbMigrateError } from '../model/errors.js';
import { INSIGHTS_OFF } from '../model/contributor-insights.js';
import type { TablePlan } from '../model/plan.js';
import type { AttributeType, KeyAttribute, LiveTable, TableShape } from '../model/table-shape.js';
import { REPLACE_PHASES, tempTableName, type KeyRule, type ReplaceEstimate, type ReplacePhasePlan } from './types.js';

/** DynamoDB's table-name limit. */
const MAX_TABLE_NAME = 255;
/** Assumed copy rate for the estimate (items per second per phase). */
const ASSUMED_RATE = 1_000;
const SCANS = 5;

/** Key attribute types the live table declares (table keys and every index key). */
function liveKeyTypes(shape: TableShape): Map<string, AttributeType> {
  const types = new Map<string, AttributeType>();
  const add = (k: KeyAttribute | null) => {
    if (k) types.set(k.name, k.type);
  };
  add(shape.partitionKey);
  add(shape.sortKey);
  for (const g of shape.globalIndexes) [...g.partitionKey, ...g.sortKey].forEach(add);
  for (const l of shape.localIndexes) add(l.sortKey);
  return types;
}

/** Every key attribute of `desired` once (DynamoDB gives an attribute one type across a table). */
export function keyRulesFor(live: TableShape, desired: TableShape): KeyRule[] {
  const liveTypes = liveKeyTypes(live);
  const rules = new Map<string, KeyRule>();
  const add = (k: KeyAttribute | null, required: boolean, role: string) => {
    if (!k) return;
    const prev = rules.get(k.name);
    if (prev && (prev.required || !required)) return;
    rules.set(k.name, { attribute: k.name, type: k.type, required, role, liveType: liveTypes.get(k.name) ?? null });
  };
  add(desired.partitionKey, true, 'partition key');
  add(desired.sortKey, true, 'sort key');
  for (const l of desired.localIndexes) add(l.sortKey, false, `sort key of LSI ${l.name}`);
  for (const g of desired.globalIndexes) {
    for (const k of g.partitionKey) add(k, false, `partition key of GSI ${g.name}`);
    for (const k of g.sortKey) add(k, false, `sort key of GSI ${g.name}`);
  }
  return [...rules.values()];
}

/** True when values of `from` can be converted to `to` item by item (B <-> N never can). */
export function conversionAllowed(from: AttributeType, to: AttributeType): boolean {
  return from === to || !((from === 'B' && to === 'N') || (from === 'N' && to === 'B'));
}

function estimate(live: LiveTable): ReplaceEstimate {
  const items = live.itemCount;
  return {
    items,
    bytes: live.sizeBytes,
    writes: items === null ? null : items * 2,
    scans: SCANS,
    seconds: items === null ? null : Math.ceil(((SCANS + 2) * items) / ASSUMED_RATE),
  };
}

/** The temporary table: the live keys only, on-demand, nothing that could drop or expire an item. */
function tempShape(live: TableShape): TableShape {
  return {
    name: tempTableName(live.name),
    partitionKey: live.partitionKey,
    sortKey: live.sortKey,
    billing: { mode: 'PAY_PER_REQUEST', maxRead: null, maxWrite: null },
    globalIndexes: [],
    localIndexes: [],
    stream: null,
    ttl: null,
    pointInTimeRecovery: false,
    pointInTimeRecoveryDays: null,
    deletionProtection: false,
    tableClass: 'STANDARD',
    // Encrypted like the table whose items it holds meanwhile.
    sse: live.sse,
    warmThroughput: null,
    contributorInsights: INSIGHTS_OFF,
    resourcePolicy: null,
    kinesisDestination: null,
    autoscaling: AUTOSCALING_OFF,
    tags: {},
    replicas: [],
  };
}

/**
 * The phases of replacing `tablePlan`'s table while keeping its items. Throws DdbMigrateError when
 * the change is not a replacement, the live table is deletion-protected, or a key type change can
 * never convert (B <-> N).
 */
export function planPreservingReplace(tablePlan: TablePlan, live: LiveTable): ReplacePhasePlan {
  const change = tablePlan.change;
  const table = tablePlan.table;
  if (change.kind !== 'ReplaceTable') {
    throw new DdbMigrateError({ code: 'REPLACE_NOT_A_REPLACEMENT', table, message: `--preserve-data applies to a table that must be replaced; this change is ${change.kind}`, hint: 'Run apply without --preserve-data.' });
  }
  if (live.shape.deletionProtection) {
    throw new DdbMigrateError({
      code: 'REPLACE_DELETION_PROTECTED',
      table,
      message: 'the table has deletion protection on, and it is never switched off implicitly',
      hint: `Set deletionProtection: false in the table file and apply, then run the replacement; turn it back on afterwards.`,
    });
  }
  const temp = tempShape(live.shape);
  if (temp.name.length > MAX_TABLE_NAME) {
    throw new DdbMigrateError({ code: 'REPLACE_NAME_TOO_LONG', table, message: `the temporary table name ${temp.name} is longer than ${MAX_TABLE_NAME} characters`, hint: 'Replace this table by hand (export, recreate, import).' });
  }
  const desired = tablePlan.target ?? change.desired;
  const keyRules = keyRulesFor(live.shape, desired);
  const refused = keyRules.filter((r) => r.liveType !== null && !conversionAllowed(r.liveType, r.type));
  if (refused.length > 0) {
    throw new DdbMigrateError(
      refused.map((r) => ({
        code: 'REPLACE_UNCONVERTIBLE',
        table,
        message: `${r.role} ${r.attribute} changes type ${r.liveType} -> ${r.type}; binary and number values do not convert into each other`,
        hint: 'Keep the key type, or move the data yourself (a data migration can write the new attribute first).',
      })),
    );
  }
  return { table, tempTable: temp.name, live: live.shape, desired, temp, keyRules, reasons: change.reasons, phases: REPLACE_PHASES, estimate: estimate(live) };
}
