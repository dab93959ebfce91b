/**
 * The steps of an in-place change, in the order DYNAMODB-RULES.md §2 allows: one UpdateTable action
 * per call, each waited to ACTIVE before the next.
 *   1. GSI deletes (drops and the first half of rebuilds), one per call;
 *   2. table-level settings: billing + throughput (one call), stream, deletion protection, table class;
 *   3. GSI creates, one per call (after a billing switch, so a new GSI on on-demand takes no capacity);
 *   4. TTL, tags, PITR (their own APIs; no table status to wait for).
 */
import type { SettingChange, TableChange } from '../model/change.js';
import type { Step } from '../model/step.js';
import { makeStep } from './make-step.js';
import { throughputStep } from './throughput-step.js';

type ModifyTable = Extract<TableChange, { kind: 'ModifyTable' }>;
type Of<K extends SettingChange['kind']> = Extract<SettingChange, { kind: K }>;
type Phase = (change: ModifyTable) => Step[];

const BACKFILL_NOTE = 'the index backfills from every item before it is ACTIVE; this can take minutes';

function each<K extends SettingChange['kind']>(
  kinds: readonly K[],
  toSteps: (c: Of<K>, change: ModifyTable) => Step[],
): Phase {
  return (change) =>
    change.changes.flatMap((c) => ((kinds as readonly string[]).includes(c.kind) ? toSteps(c as Of<K>, change) : []));
}

const deleteIndexes = each(['DropGlobalIndex', 'ReplaceGlobalIndex'], (c, { table }) =>
  c.kind === 'DropGlobalIndex'
    ? [makeStep(table, c, 'table-active', { kind: 'DeleteGlobalIndex', index: c.index.name })]
    : [
        makeStep(table, c, 'table-active', { kind: 'DeleteGlobalIndex', index: c.from.name }, [
          `first half of rebuilding ${c.from.name}: it is created again with its new definition below`,
        ]),
      ],
);

const throughput: Phase = (change) => {
  const step = throughputStep(change);
  return step ? [step] : [];
};

const stream = each(['ModifyStream'], (c, { table }) => {
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

const deletionProtection = each(['ModifyDeletionProtection'], (c, { table }) => [
  makeStep(table, c, 'table-active', { kind: 'UpdateDeletionProtection', enabled: c.to }),
]);

const tableClass = each(['ModifyTableClass'], (c, { table }) => [
  makeStep(table, c, 'table-active', { kind: 'UpdateTableClass', tableClass: c.to }, [
    'at most 2 table-class changes per trailing 30 days; the change runs in the background',
  ]),
]);

const createIndexes = each(['ReplaceGlobalIndex', 'AddGlobalIndex'], (c, change) => {
  const index = c.kind === 'AddGlobalIndex' ? c.index : c.to;
  const notes = c.kind === 'ReplaceGlobalIndex' ? [`rebuild: ${c.reasons.join('; ')}`, BACKFILL_NOTE] : [BACKFILL_NOTE];
  return [
    makeStep(change.table, c, 'table-active', { kind: 'CreateGlobalIndex', index, billing: change.desired.billing.mode }, notes),
  ];
});

const ttl = each(['ModifyTtl'], (c, { table }) => {
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

const tags = each(['ModifyTags'], (c, { table }) => [
  ...(Object.keys(c.set).length > 0 ? [makeStep(table, c, 'none', { kind: 'TagTable', tags: c.set })] : []),
  ...(c.remove.length > 0 ? [makeStep(table, c, 'none', { kind: 'UntagTable', keys: c.remove })] : []),
]);

const pitr = each(['ModifyPointInTimeRecovery'], (c, { table }) => [
  makeStep(table, c, 'none', { kind: 'UpdatePointInTimeRecovery', enabled: c.to }),
]);

/**
 * Which phase handles each setting kind (a rebuild is a delete, then a create). Typed as a Record so a
 * new SettingChange kind does not compile until it is placed in the order.
 */
export const PHASE_OF: Readonly<Record<SettingChange['kind'], string>> = {
  DropGlobalIndex: 'delete indexes',
  ReplaceGlobalIndex: 'delete indexes, then create indexes',
  ModifyBilling: 'throughput',
  ModifyGlobalIndexThroughput: 'throughput',
  ModifyStream: 'stream',
  ModifyDeletionProtection: 'deletion protection',
  ModifyTableClass: 'table class',
  AddGlobalIndex: 'create indexes',
  ModifyTtl: 'ttl',
  ModifyTags: 'tags',
  ModifyPointInTimeRecovery: 'point-in-time recovery',
};

/** The phases in execution order. */
const PHASES: readonly Phase[] = [
  deleteIndexes,
  throughput,
  stream,
  deletionProtection,
  tableClass,
  createIndexes,
  ttl,
  tags,
  pitr,
];

export function modifySteps(change: ModifyTable): Step[] {
  return PHASES.flatMap((phase) => phase(change));
}
