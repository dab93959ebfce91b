/**
 * The one table mapping each change kind to the diagnostics a reviewer must see. Destructive ones
 * (data loss, broken consumers) make `apply` refuse without `--allow-destructive`; the DM1xx ones
 * are rate-limit and timing notes. A new change kind without a rule does not compile.
 */
import type { SettingChange, SettingChangeKind, TableChange, TableChangeKind } from '../model/change.js';
import type { Diagnostic } from '../model/plan.js';
import type { ProvisionedCapacity } from '../model/table-shape.js';
import { warmLabel } from '../model/labels.js';
import { lowers } from '../diff/warm-throughput.js';

type AnyChange = TableChange | SettingChange;
type AnyKind = TableChangeKind | SettingChangeKind;
type Rule<K extends AnyKind> = (change: Extract<AnyChange, { kind: K }>, table: string) => Diagnostic[];

const DELETION_PROTECTED_HINT =
  'Set deletionProtection: false in the spec and apply that first (the planner never switches it off implicitly), then apply this again.';

function deletionProtected(table: string, what: string): Diagnostic {
  return {
    code: 'DM011_DELETION_PROTECTED',
    table,
    message: `${table} has deletion protection enabled, so it cannot be ${what}; the plan has no delete step for it.`,
    hint: DELETION_PROTECTED_HINT,
    destructive: true,
  };
}

function decreased(from: ProvisionedCapacity | null, to: ProvisionedCapacity | null): boolean {
  return from !== null && to !== null && (to.read < from.read || to.write < from.write);
}

function capacityDecrease(table: string, index?: string): Diagnostic {
  const what = index ? `index ${index} of ${table}` : table;
  return {
    code: 'DM105_CAPACITY_DECREASE_LIMIT',
    table,
    ...(index ? { index } : {}),
    message: `Lowers the provisioned capacity of ${what}: DynamoDB allows 4 decreases at any time, then 1 per hour without one (27 per UTC day by default).`,
    destructive: false,
  };
}

function backfill(table: string, index: string): Diagnostic {
  return {
    code: 'DM104_GSI_BACKFILL',
    table,
    index,
    message: `Building GSI ${index} backfills it from every item of ${table}: minutes even on an empty table, longer on a large one; queries on it fail until it is ACTIVE.`,
    destructive: false,
  };
}

function replicaCreation(table: string, region: string): Diagnostic {
  return {
    code: 'DM108_REPLICA_CREATION_TIME',
    table,
    message: `Adds a replica of ${table} in ${region}: DynamoDB copies every item there, minutes for an empty table, up to hours for a large one; the table's other changes wait until the replica is ACTIVE.`,
    destructive: false,
  };
}

const RULES: { readonly [K in AnyKind]: Rule<K> } = {
  CreateTable: (c, table) => c.desired.replicas.map((r) => replicaCreation(table, r.region)),
  DropTable: (c, table) => [
    {
      code: 'DM002_DROP_TABLE',
      table,
      message: `Drops ${table} (not declared in tables/, --prune): every item, index and the stream are deleted.`,
      hint: `Add tables/${table}.yaml to keep it, or run without --prune.`,
      destructive: true,
    },
    ...(c.live.deletionProtection ? [deletionProtected(table, 'dropped')] : []),
  ],
  ReplaceTable: (c, table) => [
    {
      code: 'DM001_REPLACE_TABLE',
      table,
      message: `Replaces ${table} (${c.reasons.join('; ')}): DynamoDB cannot change this in place, so the table and all its items are deleted and the table is created empty.`,
      hint: 'Copy the data first (export, or a data migration into a new table), or keep the old keys and local indexes.',
      destructive: true,
    },
    ...(c.live.deletionProtection ? [deletionProtected(table, 'replaced')] : []),
  ],
  ModifyTable: (c, table) => c.changes.flatMap((s) => diagnosticsFor(s, table)),
  AddGlobalIndex: (c, table) => [backfill(table, c.index.name)],
  DropGlobalIndex: (c, table) => [
    {
      code: 'DM003_DROP_GSI',
      table,
      index: c.index.name,
      message: `Drops GSI ${c.index.name} of ${table}: queries on it fail from then on.`,
      hint: 'Make sure no code queries this index any more.',
      destructive: true,
    },
  ],
  ReplaceGlobalIndex: (c, table) => [
    {
      code: 'DM004_RECREATE_GSI',
      table,
      index: c.to.name,
      message: `Rebuilds GSI ${c.to.name} of ${table} (${c.reasons.join('; ')}): it is unavailable until the rebuild finishes, and items that do not fit the new keys are left out of it.`,
      hint: 'To avoid downtime, add an index under a new name, move the queries to it, then drop the old one.',
      destructive: true,
    },
    backfill(table, c.to.name),
  ],
  ModifyGlobalIndexThroughput: (c, table) =>
    decreased(c.from.capacity, c.to.capacity) ? [capacityDecrease(table, c.index)] : [],
  ModifyBilling: (c, table) => {
    if (c.from.mode === 'PROVISIONED' && c.to.mode === 'PROVISIONED') {
      return decreased(c.from, c.to) ? [capacityDecrease(table)] : [];
    }
    if (c.from.mode === c.to.mode) return [];
    return [
      {
        code: 'DM101_BILLING_SWITCH_RATE_LIMIT',
        table,
        message:
          c.to.mode === 'PAY_PER_REQUEST'
            ? `Switches ${table} to on-demand: DynamoDB allows this at most 4 times per rolling 24 h, and it takes several minutes.`
            : `Switches ${table} to provisioned capacity: switching back to on-demand is limited to 4 times per rolling 24 h.`,
        destructive: false,
      },
    ];
  },
  ModifyStream: (c, table) => {
    if (c.from === null) return [];
    if (c.to === null) {
      return [
        {
          code: 'DM009_DISABLE_STREAM',
          table,
          message: `Disables the stream of ${table}: its consumers (e.g. Lambda triggers) stop receiving records; old records expire after 24 h.`,
          destructive: true,
        },
      ];
    }
    return [
      {
        code: 'DM010_CHANGE_STREAM_VIEW',
        table,
        message: `Changes the stream view of ${table} from ${c.from} to ${c.to}: the stream is disabled and enabled again, so the stream ARN changes and consumers must be pointed at the new one.`,
        destructive: true,
      },
    ];
  },
  ModifyTtl: (c, table) => {
    if (c.to === null) return [];
    if (c.from === null) {
      return [
        {
          code: 'DM007_ENABLE_TTL',
          table,
          message: `Enables TTL on ${table} (attribute ${c.to}): items whose ${c.to} is in the past are deleted permanently (within about 2 days).`,
          destructive: true,
        },
      ];
    }
    return [
      {
        code: 'DM008_CHANGE_TTL',
        table,
        message: `Changes the TTL attribute of ${table} from ${c.from} to ${c.to}: items whose ${c.to} is in the past are deleted permanently.`,
        destructive: true,
      },
      {
        code: 'DM103_TTL_RATE_LIMIT',
        table,
        message: `DynamoDB allows one TTL change per table per hour: this apply disables TTL, and TTL on ${c.to} can be enabled only about 1 h later.`,
        hint: `Run apply again after an hour: its plan enables TTL on ${c.to}. Until then ${table} has no TTL.`,
        destructive: false,
      },
    ];
  },
  ModifyPointInTimeRecovery: (c, table) =>
    c.to
      ? []
      : [
          {
            code: 'DM005_DISABLE_PITR',
            table,
            message: `Disables point-in-time recovery on ${table}: its restore history is lost (enabling it again starts a new one).`,
            destructive: true,
          },
        ],
  // Shortening the window drops the restore points older than the new one (API_PointInTimeRecoverySpecification).
  ModifyRecoveryPeriod: (c, table) =>
    c.to >= c.from
      ? []
      : [
          {
            code: 'DM012_SHORTEN_RECOVERY_PERIOD',
            table,
            message: `Shortens the point-in-time recovery period of ${table} from ${c.from} to ${c.to} days: restore points older than ${c.to} days are lost.`,
            destructive: true,
          },
        ],
  // DG-WT: warm throughput can only be increased.
  ModifyWarmThroughput: (c, table) =>
    lowers(c)
      ? [
          {
            code: 'DM013_WARM_THROUGHPUT_DECREASE',
            table,
            ...(c.index ? { index: c.index } : {}),
            message: `Lowers the warm throughput of ${c.index ? `index ${c.index} of ${table}` : table} (${warmLabel(c.from)} → ${warmLabel(c.to)}): DynamoDB can only increase warm throughput, so the lower side is not planned.`,
            hint: 'Set warmThroughput to at least the live values, or leave it out (the table keeps what it has).',
            destructive: true,
          },
        ]
      : [],
  ModifyDeletionProtection: (c, table) =>
    c.to
      ? []
      : [
          {
            code: 'DM006_DISABLE_DELETION_PROTECTION',
            table,
            message: `Disables deletion protection on ${table}: it can then be deleted.`,
            destructive: true,
          },
        ],
  ModifyTableClass: (c, table) => [
    {
      code: 'DM102_TABLE_CLASS_RATE_LIMIT',
      table,
      message: `Changes the table class of ${table} to ${c.to}: DynamoDB allows 2 class changes per trailing 30 days; it runs in the background.`,
      destructive: false,
    },
  ],
  ModifyTags: () => [],
  // Only CloudWatch metrics start or stop; no data of the table is touched.
  ModifyContributorInsights: () => [],
  // No item or index is touched, and the policy can be put back: not destructive (docs/spec-reference.md says why).
  ModifyResourcePolicy: () => [],
  // No table data is touched; the stream's consumers stop getting records (the step's note says so).
  ModifyKinesisDestination: () => [],
  // Global tables: a new replica copies every item to its Region (docs/plan-reference.md, estimates).
  AddReplica: (c, table) => [replicaCreation(table, c.replica.region)],
  // Removing a replica deletes that Region's copy of the table and its items (API_ReplicationGroupUpdate, Delete).
  DropReplica: (c, table) => [
    {
      code: 'DM014_DELETE_REPLICA',
      table,
      message: `Removes the replica of ${table} in ${c.replica.region}: the table in that Region and every item in it are deleted; readers and writers there lose it.`,
      hint: c.replica.deletionProtection
        ? `The replica in ${c.replica.region} has deletion protection: set deletionProtection: false on it and apply that first, or keep it in replicas:.`
        : `Keep ${c.replica.region} in replicas: to keep it.`,
      destructive: true,
    },
  ],
  ModifyReplica: () => [],
  ModifyAutoscaling: () => [],
  // DG-CON: 4 key-type switches per 24 h, then 1 after each 6 h without one; to the AWS owned key any time.
  ModifySse: (c, table) =>
    c.to === null
      ? []
      : [
          {
            code: 'DM106_ENCRYPTION_SWITCH_RATE_LIMIT',
            table,
            message: `Switches the encryption key of ${table}: DynamoDB allows 4 such switches per rolling 24 h, then one after each 6 h without one (switching back to the AWS owned key is always allowed).`,
            destructive: false,
          },
        ],
};

/** The diagnostics one change (and, for ModifyTable, each of its setting changes) raises. */
export function diagnosticsFor(change: AnyChange, table: string): Diagnostic[] {
  return (RULES[change.kind] as (c: AnyChange, t: string) => Diagnostic[])(change, table);
}
