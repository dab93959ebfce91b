/** Table-level settings (everything but keys, LSIs and GSIs), one rule per setting. */
import type { SettingChange } from '../model/change.js';
import type { TableShape } from '../model/table-shape.js';
import { DEFAULT_RECOVERY_DAYS } from '../model/labels.js';
import { same } from './equal.js';
import { sameEncryption } from './kms-key.js';
import { diffReplicas } from './diff-replicas.js';

type SettingRule = (desired: TableShape, live: TableShape) => SettingChange | null;

function diffTags(desired: TableShape, live: TableShape): SettingChange | null {
  if (same(desired.tags, live.tags)) return null;
  const set: Record<string, string> = {};
  for (const [key, value] of Object.entries(desired.tags)) if (live.tags[key] !== value) set[key] = value;
  const remove = Object.keys(live.tags)
    .filter((key) => !(key in desired.tags))
    .sort();
  return { kind: 'ModifyTags', from: live.tags, to: desired.tags, set, remove };
}

/** In the order a reviewer reads them; the planner orders the steps itself. */
const SETTING_RULES: readonly SettingRule[] = [
  (d, l) => (same(d.billing, l.billing) ? null : { kind: 'ModifyBilling', from: l.billing, to: d.billing }),
  (d, l) => (d.stream === l.stream ? null : { kind: 'ModifyStream', from: l.stream, to: d.stream }),
  (d, l) => (d.ttl === l.ttl ? null : { kind: 'ModifyTtl', from: l.ttl, to: d.ttl }),
  (d, l) =>
    d.pointInTimeRecovery === l.pointInTimeRecovery
      ? null
      : { kind: 'ModifyPointInTimeRecovery', from: l.pointInTimeRecovery, to: d.pointInTimeRecovery },
  // The window of a PITR that stays on (an enable carries its window in the same step).
  (d, l) =>
    !d.pointInTimeRecovery || !l.pointInTimeRecovery || d.pointInTimeRecoveryDays === l.pointInTimeRecoveryDays
      ? null
      : { kind: 'ModifyRecoveryPeriod', from: l.pointInTimeRecoveryDays ?? DEFAULT_RECOVERY_DAYS, to: d.pointInTimeRecoveryDays ?? DEFAULT_RECOVERY_DAYS },
  (d, l) =>
    d.deletionProtection === l.deletionProtection
      ? null
      : { kind: 'ModifyDeletionProtection', from: l.deletionProtection, to: d.deletionProtection },
  (d, l) => (d.tableClass === l.tableClass ? null : { kind: 'ModifyTableClass', from: l.tableClass, to: d.tableClass }),
  (d, l) => (sameEncryption(d.sse, l.sse) ? null : { kind: 'ModifySse', from: l.sse, to: d.sse }),
  (d, l) =>
    same(d.kinesisDestination, l.kinesisDestination) ? null : { kind: 'ModifyKinesisDestination', from: l.kinesisDestination, to: d.kinesisDestination },
  diffTags,
];

export function diffSettings(desired: TableShape, live: TableShape): SettingChange[] {
  return [...SETTING_RULES.map((rule) => rule(desired, live)).filter((c): c is SettingChange => c !== null), ...diffReplicas(desired, live)];
}
