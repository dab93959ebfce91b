/**
 * Global tables version 2019.11.21, which DynamoDB Local does not have: UpdateTable's
 * `ReplicaUpdates` and DescribeTable's `Replicas`, as AWS documents them. DynamoDB Local runs with
 * -sharedDb, so a client of any Region sees the same engine table; this rule keeps which Regions
 * are replicas, and in what state, per table, and answers for the table's own Region (the Region the
 * first ReplicaUpdates was signed for, read from the SigV4 credential scope).
 * - UpdateTable `ReplicaUpdates` [{ Create | Update | Delete: { RegionName, KMSMasterKeyId,
 *   TableClassOverride, ProvisionedThroughputOverride, OnDemandThroughputOverride,
 *   GlobalSecondaryIndexes } }]: one replica operation per call and, for a create or delete, nothing
 *   else in it (ValidationException otherwise); a create of a Region that is already a replica, or
 *   the table's own, and an update or delete of a Region that is not a replica are
 *   ValidationException; the table needs a stream with NEW_AND_OLD_IMAGES (ValidationException).
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html
 * - While a replica is CREATING, UPDATING or DELETING the table accepts no other UpdateTable
 *   (ResourceInUseException, the table UPDATING: index.ts refuses it while `busy`); a replica is
 *   CREATING (UPDATING) for `settleAfter` describes, then ACTIVE; DELETING, then no longer listed.
 *   https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaDescription.html
 *   https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html
 * Deleting the table forgets its replicas.
 */
import type { Json } from '../fault-proxy.js';
import type { ControlPlaneRule, Refusal, RuleContext } from './types.js';
import { tableOf } from './table-name.js';

type Status = 'CREATING' | 'UPDATING' | 'ACTIVE' | 'DELETING';

interface Replica {
  status: Status;
  /** Describes left before the status settles. */
  left: number;
  /** The replica's own settings as sent (ReplicaDescription's fields). */
  settings: Json;
}

interface Global {
  home: string | null;
  replicas: Map<string, Replica>;
}

type Action = 'Create' | 'Update' | 'Delete';

const invalid = (message: string): Refusal => ({ type: 'ValidationException', message });

/** ReplicaDescription's fields from a Create / Update body. */
function description(body: Json): Json {
  const out: Json = {};
  if (body['KMSMasterKeyId'] !== undefined) out['KMSMasterKeyId'] = body['KMSMasterKeyId'];
  if (body['TableClassOverride'] !== undefined) out['ReplicaTableClassSummary'] = { TableClass: body['TableClassOverride'] };
  if (body['ProvisionedThroughputOverride'] !== undefined) out['ProvisionedThroughputOverride'] = body['ProvisionedThroughputOverride'];
  if (body['OnDemandThroughputOverride'] !== undefined) out['OnDemandThroughputOverride'] = body['OnDemandThroughputOverride'];
  if (body['GlobalSecondaryIndexes'] !== undefined) out['GlobalSecondaryIndexes'] = body['GlobalSecondaryIndexes'];
  return out;
}

export function replicasRule(ctx: Pick<RuleContext, 'settleAfter'>): ControlPlaneRule {
  const tables = new Map<string, Global>();
  const stream = new Map<string, string | null>();
  const pending = new Map<string, { action: Action; region: string; body: Json; home: string | null }>();
  const of = (table: string): Global => {
    let g = tables.get(table);
    if (!g) {
      g = { home: null, replicas: new Map() };
      tables.set(table, g);
    }
    return g;
  };
  const inProgress = (table: string) => [...(tables.get(table)?.replicas.values() ?? [])].some((r) => r.status !== 'ACTIVE');

  return {
    sources: [
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_UpdateTable.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicationGroupUpdate.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/APIReference/API_ReplicaDescription.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/V2globaltables_reqs_bestpractices.html',
      'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/GlobalTables.html',
    ],
    request(op, req, forward, _busy, region) {
      const table = tableOf(req);
      if (op !== 'UpdateTable' || req['ReplicaUpdates'] === undefined) return null;
      const updates = req['ReplicaUpdates'] as Json[];
      if (updates.length !== 1) return invalid('One replica operation per UpdateTable: ReplicaUpdates must have exactly one entry.');
      const entry = updates[0] ?? {};
      const action = (['Create', 'Update', 'Delete'] as const).find((a) => entry[a] !== undefined);
      if (!action) return invalid('A ReplicaUpdates entry needs one of Create, Update, Delete.');
      const others = Object.keys(req).filter((k) => k !== 'TableName' && k !== 'ReplicaUpdates');
      if (action !== 'Update' && others.length > 0) return invalid(`ReplicaUpdates (${action}) cannot be combined with other parameters: ${others.join(', ')}.`);
      if (inProgress(table)) return { type: 'ResourceInUseException', message: `Attempt to change a resource which is still in use: a replica operation is in progress on table: ${table}` };
      const body = entry[action] as Json;
      const target = String(body['RegionName'] ?? '');
      const g = tables.get(table);
      const home = g?.home ?? region;
      const exists = g?.replicas.has(target) === true;
      if (action === 'Create' && (target === home || exists)) return invalid(`Failed to create a replica in ${target}: it is already a replica of table ${table} or the table's own Region.`);
      if (action !== 'Create' && !exists) return invalid(`Failed to ${action.toLowerCase()} the replica in ${target}: it is not a replica of table ${table}.`);
      if (action === 'Create' && stream.get(table) !== 'NEW_AND_OLD_IMAGES') return invalid(`Table ${table} must have DynamoDB Streams enabled with StreamViewType NEW_AND_OLD_IMAGES to create a replica.`);
      delete forward['ReplicaUpdates'];
      pending.set(table, { action, region: target, body, home });
      return null;
    },
    commit(op, req, accepted) {
      const table = tableOf(req);
      if (op === 'DeleteTable' && accepted) {
        tables.delete(table);
        stream.delete(table);
      }
      const p = pending.get(table);
      pending.delete(table);
      if (!p || !accepted) return;
      const g = of(table);
      g.home ??= p.home;
      const left = ctx.settleAfter;
      if (p.action === 'Create') g.replicas.set(p.region, { status: 'CREATING', left, settings: description(p.body) });
      else if (p.action === 'Update') g.replicas.set(p.region, { status: 'UPDATING', left, settings: description(p.body) });
      else {
        const r = g.replicas.get(p.region);
        if (r) g.replicas.set(p.region, { ...r, status: 'DELETING', left });
      }
    },
    describe(desc, counts, region) {
      const table = String(desc['TableName'] ?? '');
      const spec = desc['StreamSpecification'] as Json | undefined;
      stream.set(table, spec?.['StreamEnabled'] === true ? String(spec['StreamViewType'] ?? '') : null);
      const g = tables.get(table);
      // Answered for the table's own Region; a replica's Region sees the engine table as it is.
      if (!g || (g.home !== null && region !== null && region !== g.home)) return;
      if (counts) {
        for (const [name, r] of g.replicas) {
          if (r.status === 'ACTIVE') continue;
          r.left -= 1;
          if (r.left > 0) continue;
          if (r.status === 'DELETING') g.replicas.delete(name);
          else r.status = 'ACTIVE';
        }
      }
      const list = [...g.replicas.entries()].sort(([a], [b]) => a.localeCompare(b));
      if (list.length > 0) desc['Replicas'] = list.map(([name, r]) => ({ RegionName: name, ReplicaStatus: r.status, ...r.settings }));
    },
    busy: inProgress,
  };
}
