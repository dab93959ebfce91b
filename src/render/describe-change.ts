/** The attribute lines under a table's header: `symbol path: old → new`, Terraform style. */
import type { SettingChange, SettingChangeKind, TableChange, TableChangeKind } from '../model/change.js';
import { insightsLabel } from '../model/contributor-insights.js';
import { autoscalingPath, rangeLabel, sameRange, unitsPath } from '../model/autoscaling.js';
import type { TableShape } from '../model/table-shape.js';
import { globalIndexLabel, localIndexLabel, recoveryPeriodLabel, settingLabel, warmLabel, tagValueLabel, throughputLabel, type TableSetting } from '../model/labels.js';

export type LineSymbol = '+' | '-' | '~' | '-/+';

export interface ChangeLine {
  readonly symbol: LineSymbol;
  readonly text: string;
}

const line = (symbol: LineSymbol, text: string): ChangeLine => ({ symbol, text });
const arrow = (path: string, from: string, to: string): ChangeLine => line('~', `${path}: ${from} → ${to}`);
const setting = <F extends TableSetting>(f: F, from: TableShape[F], to: TableShape[F]): ChangeLine =>
  arrow(f, settingLabel(f, from), settingLabel(f, to));
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

/** A range added (+), removed (-) or moved (~); a capacity outside the declared range, on its own line. */
function autoscalingLines(c: SettingOf<'ModifyAutoscaling'>): ChangeLine[] {
  const path = autoscalingPath(c.index, c.dimension);
  const range: ChangeLine[] = sameRange(c.from, c.to)
    ? []
    : [c.from === null ? line('+', `${path}: ${rangeLabel(c.to)}`) : c.to === null ? line('-', `${path}: ${rangeLabel(c.from)}`) : arrow(path, rangeLabel(c.from), rangeLabel(c.to))];
  const outside = c.outside !== null && c.to ? [arrow(unitsPath(c.index, c.dimension), `${c.outside} (outside ${rangeLabel(c.to)})`, 'inside it (the range is registered again)')] : [];
  return [...range, ...outside];
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
  ModifyBilling: (c) => [setting('billing', c.from, c.to)],
  ModifyStream: (c) => [setting('stream', c.from, c.to)],
  ModifyTtl: (c) => [setting('ttl', c.from, c.to)],
  ModifyPointInTimeRecovery: (c) => [setting('pointInTimeRecovery', c.from, c.to)],
  ModifyRecoveryPeriod: (c) => [arrow('pointInTimeRecoveryDays', recoveryPeriodLabel(c.from), recoveryPeriodLabel(c.to))],
  ModifyDeletionProtection: (c) => [setting('deletionProtection', c.from, c.to)],
  ModifyTableClass: (c) => [setting('tableClass', c.from, c.to)],
  ModifySse: (c) => [setting('sse', c.from, c.to)],
  ModifyWarmThroughput: (c) => [arrow(c.index ? `globalIndexes.${c.index}.warmThroughput` : 'warmThroughput', warmLabel(c.from), warmLabel(c.to))],
  ModifyContributorInsights: (c) => [arrow(c.index ? `globalIndexes.${c.index}.contributorInsights` : 'contributorInsights', insightsLabel(c.from), insightsLabel(c.to))],
  ModifyKinesisDestination: (c) => [setting('kinesisDestination', c.from, c.to)],
  ModifyResourcePolicy: (c) => [setting('resourcePolicy', c.from, c.to)],
  ModifyAutoscaling: autoscalingLines,
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
  return (SETTING_LINES[change.kind] as (c: SettingChange) => ChangeLine[])(change);
}

/** The attribute lines of a table change (empty for an unchanged table). */
export function describeChange(change: TableChange): ChangeLine[] {
  return (TABLE_LINES[change.kind] as (c: TableChange) => ChangeLine[])(change);
}
