/**
 * A setting change as the fields it moves, each with its old and new label: the one description
 * of a change that the plan's lines (`~ field: from → to`) and drift's findings (`field: live X,
 * spec Y`) both print. The kinds whose lines are not a plain from → to (an index added, dropped
 * or rebuilt, tags key by key) are described by each of them in its own words.
 */
import type { SettingChange, SettingChangeKind } from './change.js';
import { insightsLabel } from './contributor-insights.js';
import { recoveryPeriodLabel, settingLabel, throughputLabel, warmLabel, type TableSetting } from './labels.js';
import { autoscalingPath, rangeLabel, sameRange, unitsPath } from './autoscaling.js';
import type { TableShape } from './table-shape.js';
import { replicaLabel } from './replicas.js';

/** One field a change moves: `from` is the live side, `to` the spec side, both as labels. */
export interface FieldDelta {
  readonly field: string;
  readonly from: string;
  readonly to: string;
}

/** The kinds each printer describes in its own words (symbols other than `~`, or one line per key). */
export const OWN_WORDS_KINDS = ['AddGlobalIndex', 'DropGlobalIndex', 'ReplaceGlobalIndex', 'ModifyTags'] as const;
export type OwnWordsKind = (typeof OWN_WORDS_KINDS)[number];
export type DeltaKind = Exclude<SettingChangeKind, OwnWordsKind>;

type SettingOf<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;

const setting = <F extends TableSetting>(f: F, from: TableShape[F], to: TableShape[F]): FieldDelta => ({
  field: f,
  from: settingLabel(f, from),
  to: settingLabel(f, to),
});
const onIndex = (index: string | null, field: string): string => (index ? `globalIndexes.${index}.${field}` : field);

/**
 * An autoscaling change: the range as registered vs declared (`fixed` when there is none), and a
 * live capacity outside the declared range as a field of its own (the range is registered again,
 * which moves it inside).
 */
function autoscalingDeltas(c: SettingOf<'ModifyAutoscaling'>): FieldDelta[] {
  const range = sameRange(c.from, c.to) ? [] : [{ field: autoscalingPath(c.index, c.dimension), from: rangeLabel(c.from), to: rangeLabel(c.to) }];
  const outside = c.outside !== null && c.to ? [{ field: unitsPath(c.index, c.dimension), from: String(c.outside), to: `within ${c.to.min}-${c.to.max}` }] : [];
  return [...range, ...outside];
}

/** Exhaustive: a new setting kind fails to compile until it is here or in OWN_WORDS_KINDS. */
const DELTAS: { readonly [K in DeltaKind]: (c: SettingOf<K>) => FieldDelta | FieldDelta[] } = {
  ModifyGlobalIndexThroughput: (c) => ({ field: `globalIndexes.${c.index}.throughput`, from: throughputLabel(c.from), to: throughputLabel(c.to) }),
  ModifyBilling: (c) => setting('billing', c.from, c.to),
  ModifyStream: (c) => setting('stream', c.from, c.to),
  ModifyTtl: (c) => setting('ttl', c.from, c.to),
  ModifyPointInTimeRecovery: (c) => setting('pointInTimeRecovery', c.from, c.to),
  ModifyRecoveryPeriod: (c) => ({ field: 'pointInTimeRecoveryDays', from: recoveryPeriodLabel(c.from), to: recoveryPeriodLabel(c.to) }),
  ModifyDeletionProtection: (c) => setting('deletionProtection', c.from, c.to),
  ModifyTableClass: (c) => setting('tableClass', c.from, c.to),
  ModifySse: (c) => setting('sse', c.from, c.to),
  ModifyWarmThroughput: (c) => ({ field: onIndex(c.index, 'warmThroughput'), from: warmLabel(c.from), to: warmLabel(c.to) }),
  ModifyContributorInsights: (c) => ({ field: onIndex(c.index, 'contributorInsights'), from: insightsLabel(c.from), to: insightsLabel(c.to) }),
  ModifyKinesisDestination: (c) => setting('kinesisDestination', c.from, c.to),
  ModifyResourcePolicy: (c) => setting('resourcePolicy', c.from, c.to),
  AddReplica: (c) => ({ field: `replicas.${c.replica.region}`, from: 'none', to: replicaLabel(c.replica) }),
  DropReplica: (c) => ({ field: `replicas.${c.replica.region}`, from: replicaLabel(c.replica), to: 'none (its data in that Region is deleted)' }),
  ModifyReplica: (c) => ({ field: `replicas.${c.region}`, from: replicaLabel(c.from), to: replicaLabel(c.to) }),
  ModifyAutoscaling: autoscalingDeltas,
};

export function isOwnWords(c: SettingChange): c is SettingOf<OwnWordsKind> {
  return (OWN_WORDS_KINDS as readonly string[]).includes(c.kind);
}

/** The fields a from → to change moves, with both labels (one for most kinds; autoscaling may move two). */
export function settingDeltas(c: SettingOf<DeltaKind>): FieldDelta[] {
  const d = (DELTAS[c.kind] as (c: SettingOf<DeltaKind>) => FieldDelta | FieldDelta[])(c);
  return Array.isArray(d) ? d : [d];
}
