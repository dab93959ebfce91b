/** One table: desired (spec) × live (endpoint) → one TableChange. Pure. */
import type { TableChange } from '../model/change.js';
import type { SettingChange } from '../model/change.js';
import type { LiveTable, TableShape } from '../model/table-shape.js';
import { diffGlobalIndexes } from './diff-global-indexes.js';
import { diffSettings } from './diff-settings.js';
import { diffContributorInsights } from './contributor-insights.js';
import { adoptLiveKey } from './kms-key.js';
import { adoptUnmanagedWarm, diffWarmThroughput } from './warm-throughput.js';
import { adoptScaledCapacity, diffAutoscaling } from './autoscaling.js';
import { maskLive } from './mask-unsupported.js';
import { replacementReasons, TABLE_REPLACEMENT_RULES } from './replacement-rules.js';

/**
 * CreateTable when the table does not exist; ReplaceTable when a rule in replacement-rules.ts says
 * DynamoDB cannot change it in place; otherwise ModifyTable (empty `changes` when up to date).
 * Features in `live.unsupported` compare as if live had the desired value, so they never show as a
 * diff; the `live` shape in the returned change is that masked shape.
 */
export function diffTable(spec: TableShape, live: LiveTable | undefined): TableChange {
  if (!live) return { kind: 'CreateTable', table: spec.name, desired: spec };
  // A KMS key named by alias or id is written as the key ARN the table reports when it is the same key.
  // A warm throughput the spec leaves out is not managed: the live value, whatever it is.
  // An autoscaled capacity is the scaler's: the live units are adopted, the range is compared instead.
  const desired = adoptScaledCapacity(adoptUnmanagedWarm(adoptLiveKey(spec, live.shape), live.shape), live.shape);
  const masked = maskLive(live.shape, desired, live.unsupported);
  const reasons = replacementReasons(TABLE_REPLACEMENT_RULES, desired, masked);
  if (reasons.length > 0) {
    return { kind: 'ReplaceTable', table: desired.name, live: masked, desired, reasons };
  }
  const indexChanges = diffGlobalIndexes(desired.globalIndexes, masked.globalIndexes);
  // A rebuilt GSI is created with its warm throughput; it has none to raise.
  const rebuilt = new Set(indexChanges.flatMap((c) => (c.kind === 'ReplaceGlobalIndex' ? [c.to.name] : [])));
  const warm = diffWarmThroughput(desired, masked).filter((c) => c.index === null || !rebuilt.has(c.index));
  // The policy compares as canonical JSON; the revision read now guards the update (ExpectedRevisionId).
  const policy: SettingChange[] =
    desired.resourcePolicy === masked.resourcePolicy ? [] : [{ kind: 'ModifyResourcePolicy', from: masked.resourcePolicy, to: desired.resourcePolicy, revision: live.policyRevision ?? null }];
  // An index created or rebuilt by this plan registers its ranges anew; an endpoint without
  // Application Auto Scaling never shows one (not even a capacity outside a range).
  const fresh = new Set([...rebuilt, ...indexChanges.flatMap((c) => (c.kind === 'AddGlobalIndex' ? [c.index.name] : []))]);
  const scaling = live.unsupported.includes('autoscaling') ? [] : diffAutoscaling(desired, masked, fresh);
  const changes = [...indexChanges, ...diffSettings(desired, masked), ...warm, ...diffContributorInsights(desired, masked, rebuilt), ...policy, ...scaling];
  return { kind: 'ModifyTable', table: desired.name, live: masked, desired, changes };
}
