/** The attribute lines under a table's header: `symbol path: old → new`, Terraform style. */
import type { SettingChange, SettingChangeKind, TableChange, TableChangeKind } from '../model/change.js';
import { isOwnWords, settingDeltas, type OwnWordsKind } from '../model/setting-deltas.js';
import type { TableShape } from '../model/table-shape.js';
import { isAutoscaled } from '../model/autoscaling.js';
import { globalIndexLabel, localIndexLabel, settingLabel, tagValueLabel, type TableSetting } from '../model/labels.js';

export type LineSymbol = '+' | '-' | '~' | '-/+';

export interface ChangeLine {
  readonly symbol: LineSymbol;
  readonly text: string;
}

const line = (symbol: LineSymbol, text: string): ChangeLine => ({ symbol, text });
const arrow = (path: string, from: string, to: string): ChangeLine => line('~', `${path}: ${from} → ${to}`);
const shown = <F extends TableSetting>(symbol: LineSymbol, s: TableShape, f: F): ChangeLine => line(symbol, `${f}: ${settingLabel(f, s[f])}`);

type SettingOf<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;
type TableOf<K extends TableChangeKind> = Extract<TableChange, { kind: K }>;

function tagLines(c: SettingOf<'ModifyTags'>): ChangeLine[] {
  const keys = [...new Set([...Object.keys(c.from), ...Object.keys(c.to)])].sort();
  return keys.flatMap((key): ChangeLine[] => {
    const from = c.from[key];
    const to = c.to[key];
    if (from === to) return [];
    if (from === undefined) return [line('+', `tags.${key}: ${tagValueLabel(to as string)}`)];
    if (to === undefined) return [line('-', `tags.${key}: ${tagValueLabel(from)}`)];
    return [arrow(`tags.${key}`, tagValueLabel(from), tagValueLabel(to))];
  });
}

/** The kinds the plan words itself (see model/setting-deltas.ts); every other kind is `~ field: from → to`. */
const OWN_LINES: { readonly [K in OwnWordsKind]: (c: SettingOf<K>) => ChangeLine[] } = {
  AddGlobalIndex: (c) => [line('+', `globalIndexes.${c.index.name}: ${globalIndexLabel(c.index)}`)],
  DropGlobalIndex: (c) => [line('-', `globalIndexes.${c.index.name}: ${globalIndexLabel(c.index)}`)],
  ReplaceGlobalIndex: (c) => [line('-/+', `globalIndexes.${c.to.name}: ${c.reasons.join('; ')} (forces rebuild)`)],
  ModifyTags: tagLines,
};


/** Every attribute of a shape, for a create (`+`) or a destroy (`-`). */
function shapeLines(symbol: LineSymbol, s: TableShape): ChangeLine[] {
  return [
    shown(symbol, s, 'partitionKey'),
    ...(s.sortKey ? [shown(symbol, s, 'sortKey')] : []),
    shown(symbol, s, 'billing'),
    ...s.globalIndexes.map((i) => line(symbol, `globalIndexes.${i.name}: ${globalIndexLabel(i)}`)),
    ...s.localIndexes.map((i) => line(symbol, `localIndexes.${i.name}: ${localIndexLabel(i)}`)),
    // Settings at their defaults are left out of a create / destroy: only what the table has.
    ...(s.stream ? [shown(symbol, s, 'stream')] : []),
    ...(s.ttl ? [shown(symbol, s, 'ttl')] : []),
    ...(s.pointInTimeRecovery ? [shown(symbol, s, 'pointInTimeRecovery')] : []),
    ...(s.pointInTimeRecoveryDays !== null ? [shown(symbol, s, 'pointInTimeRecoveryDays')] : []),
    ...(s.deletionProtection ? [shown(symbol, s, 'deletionProtection')] : []),
    ...(s.tableClass !== 'STANDARD' ? [shown(symbol, s, 'tableClass')] : []),
    ...(s.sse ? [shown(symbol, s, 'sse')] : []),
    ...(s.warmThroughput ? [shown(symbol, s, 'warmThroughput')] : []),
    ...(s.contributorInsights.table || Object.keys(s.contributorInsights.indexes).length > 0 ? [shown(symbol, s, 'contributorInsights')] : []),
    ...(s.resourcePolicy !== null ? [shown(symbol, s, 'resourcePolicy')] : []),
    ...(s.kinesisDestination !== null ? [shown(symbol, s, 'kinesisDestination')] : []),
    ...(isAutoscaled(s.autoscaling) ? [shown(symbol, s, 'autoscaling')] : []),
    ...Object.entries(s.tags).map(([k, v]) => line(symbol, `tags.${k}: ${tagValueLabel(v)}`)),
  ];
}

const TABLE_LINES: { readonly [K in TableChangeKind]: (c: TableOf<K>) => ChangeLine[] } = {
  CreateTable: (c) => shapeLines('+', c.desired),
  DropTable: (c) => shapeLines('-', c.live),
  ReplaceTable: (c) => c.reasons.map((r) => line('-/+', `${r} (forces replacement)`)),
  ModifyTable: (c) => c.changes.flatMap((s) => describeSetting(s)),
};

export function describeSetting(change: SettingChange): ChangeLine[] {
  if (isOwnWords(change)) return (OWN_LINES[change.kind] as (c: SettingChange) => ChangeLine[])(change);
  return settingDeltas(change).map((d) => arrow(d.field, d.from, d.to));
}

/** The attribute lines of a table change (empty for an unchanged table). */
export function describeChange(change: TableChange): ChangeLine[] {
  return (TABLE_LINES[change.kind] as (c: TableChange) => ChangeLine[])(change);
}
