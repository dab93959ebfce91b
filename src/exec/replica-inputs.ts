/**
 * UpdateTable input of one replica operation (ReplicaUpdates, API_ReplicationGroupUpdate): Create and
 * Update carry the replicated settings (KMS key, table class, read overrides, per-GSI overrides),
 * Delete only the Region. Only what the spec sets is sent: the rest stays the table's.
 */
import type { ReplicaGlobalSecondaryIndex, UpdateTableCommandInput } from '@aws-sdk/client-dynamodb';
import type { ReplicaShape } from '../model/table-shape.js';

export type ReplicaAction = 'create' | 'update' | 'delete';

function indexes(r: ReplicaShape): ReplicaGlobalSecondaryIndex[] {
  return Object.entries(r.indexes).map(([name, o]) => ({
    IndexName: name,
    ...(o.read !== null ? { ProvisionedThroughputOverride: { ReadCapacityUnits: o.read } } : {}),
    ...(o.maxRead !== null ? { OnDemandThroughputOverride: { MaxReadRequestUnits: o.maxRead } } : {}),
  }));
}

export function replicaUpdateInput(table: string, action: ReplicaAction, r: ReplicaShape): UpdateTableCommandInput {
  if (action === 'delete') return { TableName: table, ReplicaUpdates: [{ Delete: { RegionName: r.region } }] };
  const gsis = indexes(r);
  const body = {
    RegionName: r.region,
    ...(r.kmsKey !== null ? { KMSMasterKeyId: r.kmsKey } : {}),
    ...(r.tableClass !== null ? { TableClassOverride: r.tableClass } : {}),
    ...(r.read !== null ? { ProvisionedThroughputOverride: { ReadCapacityUnits: r.read } } : {}),
    ...(r.maxRead !== null ? { OnDemandThroughputOverride: { MaxReadRequestUnits: r.maxRead } } : {}),
    ...(gsis.length > 0 ? { GlobalSecondaryIndexes: gsis } : {}),
  };
  return { TableName: table, ReplicaUpdates: [action === 'create' ? { Create: body } : { Update: body }] };
}
