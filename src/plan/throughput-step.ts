/**
 * Billing mode and throughput of the table and its GSIs in ONE UpdateTable call (DynamoDB accepts
 * several throughputs together). A switch to PROVISIONED must carry the capacity of every GSI that
 * still exists at that point (dropped ones are already gone; new ones are created afterwards).
 */
import type { IndexThroughput, SettingChange, TableChange } from '../model/change.js';
import type { Step } from '../model/step.js';
import type { Billing, GlobalIndexShape, TableShape } from '../model/table-shape.js';
import { makeStep } from './make-step.js';

type ModifyTable = Extract<TableChange, { kind: 'ModifyTable' }>;
type IndexEntry = { readonly name: string } & IndexThroughput;

/** GSIs that exist both before and after, i.e. not added, dropped or rebuilt by this change. */
function keptIndexes(change: ModifyTable): GlobalIndexShape[] {
  const liveNames = new Set(change.live.globalIndexes.map((i) => i.name));
  const rebuilt = new Set(
    change.changes.flatMap((c) => (c.kind === 'ReplaceGlobalIndex' ? [c.to.name] : [])),
  );
  return change.desired.globalIndexes.filter((i) => liveNames.has(i.name) && !rebuilt.has(i.name));
}

/** What each kept index gets in a mode switch: capacity (defaulted to the table's) or on-demand limits. */
function switchEntry(index: GlobalIndexShape, billing: Billing): IndexEntry | null {
  if (billing.mode === 'PROVISIONED') {
    return { name: index.name, capacity: index.capacity ?? { read: billing.read, write: billing.write }, onDemand: null };
  }
  const limits = index.onDemand;
  if (!limits || (limits.maxRead === null && limits.maxWrite === null)) return null;
  return { name: index.name, capacity: null, onDemand: limits };
}

function switchNotes(to: Billing): string[] {
  return to.mode === 'PAY_PER_REQUEST'
    ? ['switching to on-demand takes several minutes and is allowed at most 4 times per rolling 24 h']
    : ['carries the capacity of every remaining GSI, as DynamoDB requires for a switch to PROVISIONED'];
}

/** The single UpdateThroughput step for a ModifyTable, or null when no billing or throughput changes. */
export function throughputStep(change: ModifyTable): Step | null {
  const billing = change.changes.find(
    (c): c is Extract<SettingChange, { kind: 'ModifyBilling' }> => c.kind === 'ModifyBilling',
  );
  const indexChanges = change.changes.filter(
    (c): c is Extract<SettingChange, { kind: 'ModifyGlobalIndexThroughput' }> => c.kind === 'ModifyGlobalIndexThroughput',
  );
  const cause = billing ?? indexChanges[0];
  if (!cause) return null;
  const target: TableShape['billing'] = change.desired.billing;
  const switchesMode = billing !== undefined && billing.from.mode !== billing.to.mode;
  const indexes: IndexEntry[] = switchesMode
    ? keptIndexes(change)
        .map((i) => switchEntry(i, target))
        .filter((e): e is IndexEntry => e !== null)
    : indexChanges.map((c) => ({ name: c.index, capacity: c.to.capacity, onDemand: c.to.onDemand }));
  return makeStep(
    change.table,
    cause,
    'table-active',
    { kind: 'UpdateThroughput', billing: target, switchesMode, tableChanged: billing !== undefined, indexes },
    switchesMode ? switchNotes(target) : [],
  );
}
