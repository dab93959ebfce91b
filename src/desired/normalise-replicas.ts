/**
 * `replicas:` as the canonical ReplicaShape list: a bare Region is a replica with the table's
 * settings; PITR, deletion protection and tags default to the table's (they live in the replica's
 * Region and are set there); the table class and read overrides to none (the table's); the KMS key
 * to "not managed". Sorted by Region. Pure.
 */
import type { ReplicaIndexOverride, ReplicaShape } from '../model/table-shape.js';
import { byRegion, canonicalIndexOverrides, replicaClass } from '../model/replicas.js';
import { sortedRecord } from '../model/order.js';
import { SPEC_DEFAULTS } from './defaults.js';
import type { MergedSpecDoc } from './spec-doc.js';

export function normaliseReplicas(spec: MergedSpecDoc): ReplicaShape[] {
  const tableClass = spec.tableClass ?? SPEC_DEFAULTS.tableClass;
  const pitr = typeof spec.pointInTimeRecovery === 'object' ? spec.pointInTimeRecovery.enabled : (spec.pointInTimeRecovery ?? SPEC_DEFAULTS.pointInTimeRecovery);
  const deletionProtection = spec.deletionProtection ?? SPEC_DEFAULTS.deletionProtection;
  const tags = sortedRecord(spec.tags ?? SPEC_DEFAULTS.tags);
  return (spec.replicas ?? [])
    .map((r): ReplicaShape => {
      const d = typeof r === 'string' ? { region: r } : r;
      const indexes: Record<string, ReplicaIndexOverride> = {};
      for (const g of (typeof r === 'string' ? [] : r.globalSecondaryIndexes) ?? []) indexes[g.name] = { read: g.read ?? null, maxRead: g.maxRead ?? null };
      return {
        region: d.region,
        kmsKey: typeof r === 'string' ? null : (r.kmsKey ?? null),
        tableClass: replicaClass(typeof r === 'string' ? null : r.tableClass, tableClass),
        read: typeof r === 'string' ? null : (r.read ?? null),
        maxRead: typeof r === 'string' ? null : (r.maxRead ?? null),
        indexes: canonicalIndexOverrides(indexes),
        pointInTimeRecovery: typeof r === 'string' ? pitr : (r.pointInTimeRecovery ?? pitr),
        deletionProtection: typeof r === 'string' ? deletionProtection : (r.deletionProtection ?? deletionProtection),
        tags: typeof r === 'string' || r.tags === undefined ? tags : sortedRecord(r.tags),
      };
    })
    .sort(byRegion);
}
