/**
 * The steps of an in-place change, in the order docs/dynamodb-rules.md §2 allows: one UpdateTable action
 * per call, each waited to ACTIVE before the next.
 *   1. GSI deletes (drops and the first half of rebuilds), one per call;
 *   2. table-level settings: billing + throughput (one call), stream, deletion protection, table class,
 *      warm throughput (table and GSIs in one call), encryption (each its own call);
 *   3. GSI creates, one per call (after a billing switch, so a new GSI on on-demand takes no capacity);
 *   4. contributor insights, table then each GSI (after the creates: an index must exist), each its
 *      own UpdateContributorInsights, waited until no longer ENABLING / DISABLING;
 *   5. TTL, tags, PITR (their own APIs; no table status to wait for);
 *   6. replicas added or changed, one per UpdateTable, each waited to ACTIVE in its Region, then the
 *      settings that live in its Region (src/plan/replica-steps.ts). Replicas removed go first of all,
 *      so no other change runs while a replica is being deleted.
 * Application Auto Scaling (autoscaling-steps.ts): targets that go away are deregistered before
 * everything else; ranges are registered after the index creates (the capacity is provisioned and
 * the index exists by then).
 */
import type { SettingChange, SettingChangeKind, TableChange } from '../model/change.js';
import type { Step } from '../model/step.js';
import { makeStep } from './make-step.js';
import { throughputStep } from './throughput-step.js';
import { raisedSides } from '../diff/warm-throughput.js';
import { addOrModifyReplicaSteps, dropReplicaSteps } from './replica-steps.js';
import { deregisterPhase, registerPhase } from './autoscaling-steps.js';

type ModifyTable = Extract<TableChange, { kind: 'ModifyTable' }>;
type Of<K extends SettingChangeKind> = Extract<SettingChange, { kind: K }>;
/** A phase gets the setting changes routed to it (see PHASES_OF) and the whole change for context. */
type Phase = (routed: readonly SettingChange[], change: ModifyTable) => Step[];

const BACKFILL_NOTE = 'the index backfills from every item before it is ACTIVE; this can take minutes';

/** A phase that turns each routed change of kind `K` into steps (PHASES_OF routes only those kinds here). */
function each<K extends SettingChangeKind>(toSteps: (c: Of<K>, change: ModifyTable) => Step[]): Phase {
  return (routed, change) => routed.flatMap((c) => toSteps(c as Of<K>, change));
}

const deleteIndexes = each<'DropGlobalIndex' | 'ReplaceGlobalIndex'>((c, { table }) =>
  c.kind === 'DropGlobalIndex'
    ? [makeStep(table, c, 'table-active', { kind: 'DeleteGlobalIndex', index: c.index.name })]
    : [
        makeStep(table, c, 'table-active', { kind: 'DeleteGlobalIndex', index: c.from.name }, [
          `first half of rebuilding ${c.from.name}: it is created again with its new definition below`,
        ]),
      ],
);

// throughputStep reads the whole change: a switch to PROVISIONED must know which indexes are rebuilt.
const throughput: Phase = (_routed, change) => {
  const step = throughputStep(change);
  return step ? [step] : [];
};

const stream = each<'ModifyStream'>((c, { table }) => {
  if (c.from !== null && c.to !== null) {
    return [
      makeStep(table, c, 'table-active', { kind: 'UpdateStream', stream: null }, [
        `first half of a view-type change (${c.from} → ${c.to}): DynamoDB cannot change the view of a stream`,
      ]),
      makeStep(table, c, 'table-active', { kind: 'UpdateStream', stream: c.to }, [
        'a new stream with a new ARN: consumers (e.g. Lambda triggers) must be pointed at it',
      ]),
    ];
  }
  const notes = c.to === null ? ['the stream ARN goes away; its records stay readable for 24 h'] : ['a new stream ARN'];
  return [makeStep(table, c, 'table-active', { kind: 'UpdateStream', stream: c.to }, notes)];
});

const deletionProtection = each<'ModifyDeletionProtection'>((c, { table }) => [
  makeStep(table, c, 'table-active', { kind: 'UpdateDeletionProtection', enabled: c.to }),
]);

const tableClass = each<'ModifyTableClass'>((c, { table }) => [
  makeStep(table, c, 'table-active', { kind: 'UpdateTableClass', tableClass: c.to }, [
    'at most 2 table-class changes per trailing 30 days; the change runs in the background',
  ]),
]);

// One UpdateTable for every warm throughput that rises (table and GSIs together, as the AWS guide's
// example does); a side that would fall is left out (DM013 says why).
const warm: Phase = (routed, change) => {
  const changes = routed as readonly Extract<SettingChange, { kind: 'ModifyWarmThroughput' }>[];
  const raised = changes.map((c) => ({ c, sides: raisedSides(c) })).filter(({ sides }) => Object.keys(sides).length > 0);
  const first = raised[0];
  if (!first) return [];
  const tableWarm = raised.find(({ c }) => c.index === null)?.sides ?? null;
  const indexes = raised.flatMap(({ c, sides }) => (c.index === null ? [] : [{ name: c.index, ...sides }]));
  return [
    makeStep(change.table, first.c, 'warm-throughput-active', { kind: 'UpdateWarmThroughput', tableWarm, indexes }, [
      'increase-only: it can never be lowered again; the table is ACTIVE again when the warm throughput is',
    ]),
  ];
};

// Its own UpdateTable call, never combined with another change (docs/dynamodb-rules.md, encryption).
const encryption = each<'ModifySse'>((c, { table }) => [
  makeStep(table, c, 'encryption-enabled', { kind: 'UpdateSse', sse: c.to }, [
    c.to === null ? 'back to the AWS owned key' : 'DynamoDB must be allowed to use the key; the table is UPDATING until the encryption is ENABLED',
  ]),
]);

const createIndexes = each<'ReplaceGlobalIndex' | 'AddGlobalIndex'>((c, change) => {
  const index = c.kind === 'AddGlobalIndex' ? c.index : c.to;
  const notes = c.kind === 'ReplaceGlobalIndex' ? [`rebuild: ${c.reasons.join('; ')}`, BACKFILL_NOTE] : [BACKFILL_NOTE];
  return [
    makeStep(change.table, c, 'table-active', { kind: 'CreateGlobalIndex', index, billing: change.desired.billing.mode }, notes),
  ];
});

const insights = each<'ModifyContributorInsights'>((c, { table }) => [
  makeStep(table, c, 'contributor-insights-settled', { kind: 'UpdateContributorInsights', index: c.index, mode: c.to }),
]);

// Its own API (Put/DeleteResourcePolicy), guarded by the revision read when planning.
const policy = each<'ModifyResourcePolicy'>((c, { table }) => [
  makeStep(table, c, 'none', { kind: 'UpdateResourcePolicy', policy: c.to, expectedRevisionId: c.revision ?? 'NO_POLICY' }, [
    c.to === null ? 'the access the policy granted (other accounts, services) ends; what it denied is allowed again' : 'applied eventually consistently: GetResourcePolicy may show the old one for a few seconds',
  ]),
]);

// Its own API: a precision change of the same stream is one Update; another stream is a disable of
// the old one, then an enable of the new one (a table streams to one destination here).
const kinesis = each<'ModifyKinesisDestination'>((c, { table }) => {
  const step = (action: 'enable' | 'update' | 'disable', d: { streamArn: string; precision: 'MILLISECOND' | 'MICROSECOND' }, notes: string[] = []) =>
    makeStep(table, c, 'kinesis-destination-settled', { kind: 'UpdateKinesisDestination', action, streamArn: d.streamArn, precision: d.precision }, notes);
  const stop = 'item changes stop flowing to this stream; consumers of it see no more records';
  if (c.from && c.to && c.from.streamArn === c.to.streamArn) return [step('update', c.to)];
  return [...(c.from ? [step('disable', c.from, [stop])] : []), ...(c.to ? [step('enable', c.to)] : [])];
});

const ttl = each<'ModifyTtl'>((c, { table }) => {
  if (c.from !== null && c.to !== null) {
    // DynamoDB cannot retarget TTL and allows one TTL change per table per hour: an enable in the
    // same apply would always be refused. This apply disables; the plan an hour later enables.
    return [
      makeStep(table, c, 'none', { kind: 'UpdateTtl', attribute: c.from, enabled: false }, [
        `first of two applies moving TTL from ${c.from} to ${c.to}: DynamoDB cannot retarget TTL`,
        `TTL on ${c.to} is enabled by the next apply, about 1 h after this one (one TTL change per table per hour)`,
      ]),
    ];
  }
  if (c.to !== null) return [makeStep(table, c, 'none', { kind: 'UpdateTtl', attribute: c.to, enabled: true })];
  if (c.from !== null) return [makeStep(table, c, 'none', { kind: 'UpdateTtl', attribute: c.from, enabled: false })];
  return [];
});

const tags = each<'ModifyTags'>((c, { table }) => [
  ...(Object.keys(c.set).length > 0 ? [makeStep(table, c, 'none', { kind: 'TagTable', tags: c.set })] : []),
  ...(c.remove.length > 0 ? [makeStep(table, c, 'none', { kind: 'UntagTable', keys: c.remove })] : []),
]);

// An enable carries its window (RecoveryPeriodInDays; left out at AWS's default of 35).
const pitr = each<'ModifyPointInTimeRecovery' | 'ModifyRecoveryPeriod'>((c, { table, desired }) => {
  if (c.kind === 'ModifyRecoveryPeriod') {
    return [
      makeStep(table, c, 'none', { kind: 'UpdatePointInTimeRecovery', enabled: true, recoveryPeriodDays: c.to }, [
        c.to < c.from ? `restore points older than ${c.to} days are no longer kept` : `the window grows from now on: restore points older than ${c.from} days are already gone`,
      ]),
    ];
  }
  const days = c.to ? desired.pointInTimeRecoveryDays : null;
  return [makeStep(table, c, 'none', { kind: 'UpdatePointInTimeRecovery', enabled: c.to, ...(days !== null ? { recoveryPeriodDays: days } : {}) })];
});

const deleteReplicas = each<'DropReplica'>((c, { table }) => dropReplicaSteps(table, c));
const replicas = each<'AddReplica' | 'ModifyReplica'>((c, { table }) => addOrModifyReplicaSteps(table, c));

/** The phases of an in-place change, named so each setting kind can say which handle it. */
type PhaseName =
  | 'delete replicas'
  | 'deregister autoscaling'
  | 'delete indexes'
  | 'throughput'
  | 'stream'
  | 'deletion protection'
  | 'table class'
  | 'warm throughput'
  | 'encryption'
  | 'create indexes'
  | 'register autoscaling'
  | 'contributor insights'
  | 'resource policy'
  | 'kinesis destination'
  | 'ttl'
  | 'tags'
  | 'point-in-time recovery'
  | 'replicas';

/**
 * Each phase's step builder, listed in execution order (docs/dynamodb-rules.md §2; string keys keep
 * their insertion order). Typed as a Record so a phase without a builder does not compile.
 */
const PHASE: Readonly<Record<PhaseName, Phase>> = {
  'delete replicas': deleteReplicas,
  'deregister autoscaling': deregisterPhase,
  'delete indexes': deleteIndexes,
  throughput,
  stream,
  'deletion protection': deletionProtection,
  'table class': tableClass,
  'warm throughput': warm,
  encryption,
  'create indexes': createIndexes,
  'register autoscaling': registerPhase,
  'contributor insights': insights,
  'resource policy': policy,
  'kinesis destination': kinesis,
  ttl,
  tags,
  'point-in-time recovery': pitr,
  replicas,
};

/**
 * Which phases handle each setting kind (a rebuild is a delete, then a create). Typed as a Record so
 * a new SettingChange kind does not compile until it is placed in a phase.
 */
const PHASES_OF: Readonly<Record<SettingChangeKind, readonly PhaseName[]>> = {
  DropGlobalIndex: ['delete indexes'],
  ReplaceGlobalIndex: ['delete indexes', 'create indexes'],
  ModifyBilling: ['throughput'],
  ModifyGlobalIndexThroughput: ['throughput'],
  ModifyStream: ['stream'],
  ModifyDeletionProtection: ['deletion protection'],
  ModifyTableClass: ['table class'],
  ModifySse: ['encryption'],
  ModifyWarmThroughput: ['warm throughput'],
  AddGlobalIndex: ['create indexes'],
  ModifyContributorInsights: ['contributor insights'],
  ModifyResourcePolicy: ['resource policy'],
  ModifyKinesisDestination: ['kinesis destination'],
  ModifyTtl: ['ttl'],
  ModifyTags: ['tags'],
  ModifyPointInTimeRecovery: ['point-in-time recovery'],
  ModifyRecoveryPeriod: ['point-in-time recovery'],
  DropReplica: ['delete replicas'],
  AddReplica: ['replicas'],
  ModifyReplica: ['replicas'],
  ModifyAutoscaling: ['deregister autoscaling', 'register autoscaling'],
};

/** The steps of `change`, phase by phase; each phase sees only the setting changes routed to it. */
export function modifySteps(change: ModifyTable): Step[] {
  return (Object.keys(PHASE) as PhaseName[]).flatMap((name) => PHASE[name](change.changes.filter((c) => PHASES_OF[c.kind].includes(name)), change));
}
