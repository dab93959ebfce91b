import { expect } from 'chai';
import type { Step, StepKind } from '../../src/model/step.js';
import { describeStep } from '../../src/render/describe-step.js';
import { gsi, onDemand, provisioned, table } from '../support/builders.js';

const shape = table({ globalIndexes: [gsi('by-group')], stream: 'NEW_IMAGE' });
const cause = { kind: 'CreateTable', table: 'messages', desired: shape } as const;
const base = { table: 'messages', cause, wait: 'table-active', notes: [] } as const;

/** One example step of every kind with the line it must produce (a new kind makes this fail to compile). */
const EXAMPLES: { readonly [K in StepKind]: readonly [Extract<Step, { kind: K }>, string] } = {
  CreateTable: [
    { ...base, kind: 'CreateTable', shape },
    'create table messages (partition pk (S), sort sk (S); PROVISIONED (read 5, write 5); 1 GSI; stream NEW_IMAGE)',
  ],
  DeleteTable: [{ ...base, kind: 'DeleteTable' }, 'delete table messages'],
  DeleteGlobalIndex: [{ ...base, kind: 'DeleteGlobalIndex', index: 'by-group' }, 'delete GSI by-group of messages'],
  CreateGlobalIndex: [
    { ...base, kind: 'CreateGlobalIndex', index: gsi('by-user'), billing: 'PROVISIONED' },
    'create GSI by-user on messages (partition by_user_pk (S), sort sk (S), projection ALL, read 5, write 5)',
  ],
  UpdateThroughput: [
    {
      ...base,
      kind: 'UpdateThroughput',
      billing: provisioned(10, 2),
      switchesMode: true,
      tableChanged: true,
      indexes: [{ name: 'by-group', capacity: { read: 3, write: 1 }, onDemand: null }],
    },
    'switch messages to PROVISIONED (read 10, write 2) with GSI by-group read 3, write 1',
  ],
  UpdateStream: [{ ...base, kind: 'UpdateStream', stream: null }, 'disable stream on messages'],
  UpdateDeletionProtection: [
    { ...base, kind: 'UpdateDeletionProtection', enabled: true },
    'enable deletion protection on messages',
  ],
  UpdateWarmThroughput: [
    { ...base, kind: 'UpdateWarmThroughput', tableWarm: { read: 15000 }, indexes: [{ name: 'by-group', read: 100, write: 50 }] },
    'raise warm throughput of messages: table read 15000/s; GSI by-group read 100/s, write 50/s',
  ],
  UpdateSse: [
    { ...base, kind: 'UpdateSse', sse: { type: 'KMS', kmsKey: 'alias/orders' } },
    'encrypt messages with KMS key alias/orders',
  ],
  UpdateTableClass: [
    { ...base, kind: 'UpdateTableClass', tableClass: 'STANDARD_INFREQUENT_ACCESS' },
    'set table class of messages to STANDARD_INFREQUENT_ACCESS',
  ],
  UpdateTtl: [
    { ...base, kind: 'UpdateTtl', attribute: 'expires_at', enabled: false },
    'disable TTL on messages (attribute expires_at)',
  ],
  TagTable: [{ ...base, kind: 'TagTable', tags: { env: 'dev', project: 'x' } }, 'tag messages: env=dev, project=x'],
  UntagTable: [{ ...base, kind: 'UntagTable', keys: ['a', 'b'] }, 'untag messages: a, b'],
  UpdatePointInTimeRecovery: [
    { ...base, kind: 'UpdatePointInTimeRecovery', enabled: true },
    'enable point-in-time recovery on messages',
  ],
  UpdateReplica: [
    { ...base, kind: 'UpdateReplica', action: 'create', replica: { region: 'eu-west-1', kmsKey: null, tableClass: null, read: 10, maxRead: null, indexes: {}, pointInTimeRecovery: true, deletionProtection: false, tags: {} } },
    'add replica eu-west-1 (read 10) to messages',
  ],
  UpdateKinesisDestination: [
    { ...base, kind: 'UpdateKinesisDestination', action: 'enable', streamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/s', precision: 'MICROSECOND' },
    'stream messages to Kinesis arn:aws:kinesis:us-east-1:123456789012:stream/s (creation time precision MICROSECOND)',
  ],
  UpdateResourcePolicy: [
    { ...base, kind: 'UpdateResourcePolicy', policy: null, expectedRevisionId: 'r1' },
    'delete the resource policy of messages (expected revision r1)',
  ],
  UpdateContributorInsights: [
    { ...base, kind: 'UpdateContributorInsights', index: 'by-user', mode: 'THROTTLED_KEYS' },
    'enable (THROTTLED_KEYS) contributor insights on GSI by-user of messages',
  ],
  RegisterScalableTarget: [
    { ...base, kind: 'RegisterScalableTarget', index: null, dimension: 'read', min: 5, max: 100 },
    'register the read capacity of messages as a scalable target: 5-100',
  ],
  PutScalingPolicy: [
    { ...base, kind: 'PutScalingPolicy', index: 'by-user', dimension: 'write', targetUtilization: 70 },
    'put target tracking policy DynamoDBWriteCapacityUtilization:table/messages/index/by-user: 70% utilization of the write capacity of GSI by-user of messages',
  ],
  DeregisterScalableTarget: [
    { ...base, kind: 'DeregisterScalableTarget', index: null, dimension: 'write' },
    'deregister the write capacity of messages as a scalable target (its policy goes with it)',
  ],
};

describe('describeStep', () => {
  for (const [kind, [step, line]] of Object.entries(EXAMPLES)) {
    it(`describes ${kind} in one line`, () => {
      expect(describeStep(step)).to.equal(line);
      expect(describeStep(step)).not.to.include('\n');
    });
  }

  it('describes throughput changes without a mode switch, table part only when it changes', () => {
    const step = {
      ...base,
      kind: 'UpdateThroughput',
      billing: onDemand(100, null),
      switchesMode: false,
      tableChanged: true,
      indexes: [{ name: 'i', capacity: null, onDemand: { maxRead: 50, maxWrite: null } }],
    } as const;
    expect(describeStep(step)).to.equal(
      'set throughput of messages: table PAY_PER_REQUEST (maxRead 100); GSI i on-demand (maxRead 50)',
    );
    expect(describeStep({ ...step, tableChanged: false })).to.equal('set throughput of messages: GSI i on-demand (maxRead 50)');
  });
});
