/**
 * A live table's replicas as `replicas:` entries that normalise back to the same shapes
 * (src/desired/normalise-replicas.ts): a bare Region when the replica has nothing of its own, else
 * `{ region, ... }` with only what differs from the table (PITR, deletion protection and tags
 * default to the table's). Pure.
 */
import type { ReplicaShape, TableShape } from '../model/table-shape.js';
import { same } from '../diff/equal.js';

export function replicasYaml(shape: TableShape): (string | Record<string, unknown>)[] {
  return shape.replicas.map((r: ReplicaShape) => {
    const own: Record<string, unknown> = {
      ...(r.kmsKey !== null ? { kmsKey: r.kmsKey } : {}),
      ...(r.tableClass !== null ? { tableClass: r.tableClass } : {}),
      ...(r.read !== null ? { read: r.read } : {}),
      ...(r.maxRead !== null ? { maxRead: r.maxRead } : {}),
      ...(Object.keys(r.indexes).length > 0
        ? {
            globalSecondaryIndexes: Object.entries(r.indexes).map(([name, o]) => ({
              name,
              ...(o.read !== null ? { read: o.read } : {}),
              ...(o.maxRead !== null ? { maxRead: o.maxRead } : {}),
            })),
          }
        : {}),
      ...(r.pointInTimeRecovery !== shape.pointInTimeRecovery ? { pointInTimeRecovery: r.pointInTimeRecovery } : {}),
      ...(r.deletionProtection !== shape.deletionProtection ? { deletionProtection: r.deletionProtection } : {}),
      ...(!same(r.tags, shape.tags) ? { tags: { ...r.tags } } : {}),
    };
    return Object.keys(own).length === 0 ? r.region : { region: r.region, ...own };
  });
}
