/**
 * The steps of a global table's replica changes (docs/dynamodb-rules.md, global tables): one
 * ReplicaUpdates entry per UpdateTable and nothing else in the call, each waited until the replica
 * is ACTIVE (or gone) before the next step, so the table's later changes wait until no replica is
 * being created. The settings that live in a replica's Region (deletion protection, PITR, tags) are
 * their own steps, sent to that Region, after the replica exists. Pure.
 */
import type { SettingChange } from '../model/change.js';
import type { Step } from '../model/step.js';
import type { ReplicaShape } from '../model/table-shape.js';
import { bareReplica, replicatedDiffer } from '../model/replicas.js';
import { makeStep } from './make-step.js';

type Of<K extends SettingChange['kind']> = Extract<SettingChange, { kind: K }>;

const CREATE_NOTE = "DynamoDB copies every item to the new Region: minutes for an empty table, up to hours for a large one; the table's other changes wait until the replica is ACTIVE";

/** The steps in `to.region` that move its regional settings from `from`'s to `to`'s. */
function regionalSteps(table: string, cause: SettingChange, from: ReplicaShape, to: ReplicaShape): Step[] {
  const region = to.region;
  const inRegion = (s: Step): Step => ({ ...s, region });
  const out: Step[] = [];
  if (from.deletionProtection !== to.deletionProtection)
    out.push(inRegion(makeStep(table, cause, 'table-active', { kind: 'UpdateDeletionProtection', enabled: to.deletionProtection })));
  if (from.pointInTimeRecovery !== to.pointInTimeRecovery)
    out.push(inRegion(makeStep(table, cause, 'none', { kind: 'UpdatePointInTimeRecovery', enabled: to.pointInTimeRecovery })));
  const set: Record<string, string> = {};
  for (const [k, v] of Object.entries(to.tags)) if (from.tags[k] !== v) set[k] = v;
  const remove = Object.keys(from.tags).filter((k) => !(k in to.tags)).sort();
  if (Object.keys(set).length > 0) out.push(inRegion(makeStep(table, cause, 'none', { kind: 'TagTable', tags: set })));
  if (remove.length > 0) out.push(inRegion(makeStep(table, cause, 'none', { kind: 'UntagTable', keys: remove })));
  return out;
}

export function dropReplicaSteps(table: string, c: Of<'DropReplica'>): Step[] {
  return [
    makeStep(table, c, 'replica-gone', { kind: 'UpdateReplica', action: 'delete', replica: c.replica }, [
      `the table in ${c.replica.region} and every item in it are deleted`,
    ]),
  ];
}

export function addOrModifyReplicaSteps(table: string, c: Of<'AddReplica' | 'ModifyReplica'>): Step[] {
  if (c.kind === 'AddReplica') {
    return [
      makeStep(table, c, 'replica-active', { kind: 'UpdateReplica', action: 'create', replica: c.replica }, [CREATE_NOTE]),
      // A new replica starts without deletion protection, PITR or tags of its own.
      ...regionalSteps(table, c, bareReplica(c.replica.region), c.replica),
    ];
  }
  const replicated = replicatedDiffer(c.from, c.to);
  return [
    ...(replicated.length > 0
      ? [makeStep(table, c, 'replica-active', { kind: 'UpdateReplica', action: 'update', replica: c.to }, [`changes ${replicated.join(', ')} of the replica in ${c.region}`])]
      : []),
    ...regionalSteps(table, c, c.from, c.to),
  ];
}
