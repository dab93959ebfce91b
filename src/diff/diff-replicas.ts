/**
 * Global table replicas, Region by Region: a Region only the spec lists is added, one only the live
 * table has is dropped (its data in that Region is deleted), one both have whose settings differ is
 * modified. Replica-level drift is so reported per Region. Pure.
 */
import type { SettingChange } from '../model/change.js';
import type { ReplicaShape, TableShape } from '../model/table-shape.js';
import { same } from './equal.js';

/** The live replica as the spec compares it: a KMS key the spec does not manage is not a diff. */
function comparable(desired: ReplicaShape, live: ReplicaShape): ReplicaShape {
  return desired.kmsKey === null ? { ...live, kmsKey: null } : live;
}

export function diffReplicas(desired: TableShape, live: TableShape): SettingChange[] {
  const wanted = new Map(desired.replicas.map((r) => [r.region, r]));
  const have = new Map(live.replicas.map((r) => [r.region, r]));
  const out: SettingChange[] = [];
  for (const r of live.replicas) if (!wanted.has(r.region)) out.push({ kind: 'DropReplica', replica: r });
  for (const r of desired.replicas) {
    const l = have.get(r.region);
    if (!l) out.push({ kind: 'AddReplica', replica: r });
    else if (!same(r, comparable(r, l))) out.push({ kind: 'ModifyReplica', region: r.region, from: comparable(r, l), to: r });
  }
  return out;
}
