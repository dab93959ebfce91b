/** The attribute lines under a table's header: `symbol path: old → new`, Terraform style. */
import type { SettingChange, SettingChangeKind, TableChange, TableChangeKind } from '../model/change.js';
import type { TableShape } from '../model/table-shape.js';
import { billingLabel, globalIndexLabel, keyLabel, localIndexLabel, onOff, throughputLabel } from './labels.js';

export type LineSymbol = '+' | '-' | '~' | '-/+';

export interface ChangeLine {
  readonly symbol: LineSymbol;
  readonly text: string;
}

const line = (symbol: LineSymbol, text: string): ChangeLine => ({ symbol, text });
const arrow = (path: string, from: string, to: string): ChangeLine => line('~', `${path}: ${from} → ${to}`);

type SettingOf<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;
type TableOf<K extends TableChangeKind> = Extract<TableChange, { kind: K }>;

function tagLines(c: SettingOf<'ModifyTags'>): ChangeLine[] {
  const keys = [...new Set([...Object.keys(c.from), ...Object.keys(c.to)])].sort();
  return keys.flatMap((key): ChangeLine[] => {
    const from = c.from[key];
    const to = c.to[key];
    if (from === to) return [];
    if (from === undefined) return [line('+', `tags.${key}: ${JSON.stringify(to)}`)];
    if (to === undefined) return [line('-', `tags.${key}: ${JSON.stringify(from)}`)];
    return [arrow(`tags.${key}`, JSON.stringify(from), JSON.stringify(to))];
  });
}

const SETTING_LINES: { readonly [K in SettingChangeKind]: (c: SettingOf<K>) => ChangeLine[] } = {
  AddGlobalIndex: (c) => [line('+', `globalIndexes.${c.index.name}: ${globalIndexLabel(c.index)}`)],
  DropGlobalIndex: (c) => [line('-', `globalIndexes.${c.index.name}: ${globalIndexLabel(c.index)}`)],
  ReplaceGlobalIndex: (c) => [
    line('-/+', `globalIndexes.${c.to.name}: ${c.reasons.join('; ')} (forces rebuild)`),
  ],
  ModifyGlobalIndexThroughput: (c) => [
    arrow(`globalIndexes.${c.index}.throughput`, throughputLabel(c.from), throughputLabel(c.to)),
  ],
  ModifyBilling: (c) => [arrow('billing', billingLabel(c.from), billingLabel(c.to))],
  ModifyStream: (c) => [arrow('stream', onOff(c.from), onOff(c.to))],
  ModifyTtl: (c) => [arrow('ttl', onOff(c.from), onOff(c.to))],
  ModifyPointInTimeRecovery: (c) => [arrow('pointInTimeRecovery', String(c.from), String(c.to))],
  ModifyDeletionProtection: (c) => [arrow('deletionProtection', String(c.from), String(c.to))],
  ModifyTableClass: (c) => [arrow('tableClass', c.from, c.to)],
  ModifyTags: tagLines,
};

/** Every attribute of a shape, for a create (`+`) or a destroy (`-`). */
function shapeLines(symbol: LineSymbol, s: TableShape): ChangeLine[] {
  return [
    line(symbol, `partitionKey: ${keyLabel(s.partitionKey)}`),
    ...(s.sortKey ? [line(symbol, `sortKey: ${keyLabel(s.sortKey)}`)] : []),
    line(symbol, `billing: ${billingLabel(s.billing)}`),
    ...s.globalIndexes.map((i) => line(symbol, `globalIndexes.${i.name}: ${globalIndexLabel(i)}`)),
    ...s.localIndexes.map((i) => line(symbol, `localIndexes.${i.name}: ${localIndexLabel(i)}`)),
    ...(s.stream ? [line(symbol, `stream: ${s.stream}`)] : []),
    ...(s.ttl ? [line(symbol, `ttl: ${s.ttl}`)] : []),
    ...(s.pointInTimeRecovery ? [line(symbol, 'pointInTimeRecovery: true')] : []),
    ...(s.deletionProtection ? [line(symbol, 'deletionProtection: true')] : []),
    ...(s.tableClass !== 'STANDARD' ? [line(symbol, `tableClass: ${s.tableClass}`)] : []),
    ...Object.entries(s.tags).map(([k, v]) => line(symbol, `tags.${k}: ${JSON.stringify(v)}`)),
  ];
}

const TABLE_LINES: { readonly [K in TableChangeKind]: (c: TableOf<K>) => ChangeLine[] } = {
  CreateTable: (c) => shapeLines('+', c.desired),
  DropTable: (c) => shapeLines('-', c.live),
  ReplaceTable: (c) => c.reasons.map((r) => line('-/+', `${r} (forces replacement)`)),
  ModifyTable: (c) => c.changes.flatMap((s) => describeSetting(s)),
};

export function describeSetting(change: SettingChange): ChangeLine[] {
  return (SETTING_LINES[change.kind] as (c: SettingChange) => ChangeLine[])(change);
}

/** The attribute lines of a table change (empty for an unchanged table). */
export function describeChange(change: TableChange): ChangeLine[] {
  return (TABLE_LINES[change.kind] as (c: TableChange) => ChangeLine[])(change);
}
