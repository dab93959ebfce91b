/**
 * Issue 14, done-when: a table made the way a SAM / CloudFormation template makes it, with the AWS
 * SDK (KMS encryption with a customer key by alias, a 7-day PITR window, warm throughput), plans as
 * "no changes" against the equivalent table file; so does an on-demand table with per-GSI maximums
 * (set at create and changed afterwards, as CDK TableV2 does) and warm throughput. Through the AWS
 * control-plane emulation.
 */
import { expect } from 'chai';
import { CreateTableCommand, DescribeTableCommand, EnableKinesisStreamingDestinationCommand, PutResourcePolicyCommand, UpdateContinuousBackupsCommand, UpdateContributorInsightsCommand, UpdateTableCommand } from '@aws-sdk/client-dynamodb';
import { startControlPlane, type ControlPlane } from '../support/aws-control-plane/index.js';
import { runCli, useEngineProjects } from '../support/cli.js';
import { engineClient, uniqueName } from '../support/engine.js';

describe('cli: production table families plan as no change @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();
  let cp: ControlPlane;
  before(async () => {
    cp = await startControlPlane({ target: env.endpoint });
  });
  after(async () => {
    await cp.close();
  });

  it('SAM/CloudFormation: SSESpecification KMS with an alias, PITR RecoveryPeriodInDays 7, warm throughput', async () => {
    const name = uniqueName('sam-orders');
    const client = engineClient(cp.endpoint);
    try {
      // What CloudFormation sends for AWS::DynamoDB::Table with SSESpecification { SSEEnabled, SSEType: KMS,
      // KMSMasterKeyId } and PointInTimeRecoverySpecification { RecoveryPeriodInDays: 7 }.
      await client.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'gsi1pk', AttributeType: 'S' },
          ],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
          GlobalSecondaryIndexes: [{ IndexName: 'gsi1', KeySchema: [{ AttributeName: 'gsi1pk', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
          SSESpecification: { Enabled: true, SSEType: 'KMS', KMSMasterKeyId: 'alias/orders-key' },
          WarmThroughput: { ReadUnitsPerSecond: 15000, WriteUnitsPerSecond: 5000 },
        }),
      );
      await client.send(
        new UpdateContinuousBackupsCommand({ TableName: name, PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true, RecoveryPeriodInDays: 7 } }),
      );
    } finally {
      client.destroy();
    }
    const p = env.project({
      [`tables/${name}.yaml`]: [
        `table: ${name}`,
        'partitionKey: { name: pk, type: S }',
        'billing: { mode: PAY_PER_REQUEST }',
        'globalSecondaryIndexes:',
        '  - name: gsi1',
        '    partitionKey: { name: gsi1pk, type: S }',
        'sse: { type: KMS, kmsKey: alias/orders-key }',
        'pointInTimeRecovery: { enabled: true, recoveryPeriodDays: 7 }',
        'warmThroughput: { read: 15000, write: 5000 }',
        '',
      ].join('\n'),
    });
    const plan = await runCli(['plan', '--dir', p.dir, '--endpoint-url', cp.endpoint, '--region', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(0);
    expect(plan.out).to.match(/No changes/);
  });

  it('on-demand with per-GSI maximums (one changed after create) and warm throughput', async () => {
    const name = uniqueName('od-gsi-max');
    const client = engineClient(cp.endpoint);
    try {
      const index = (n: string, max: number) => ({ IndexName: n, KeySchema: [{ AttributeName: n, KeyType: 'HASH' as const }], Projection: { ProjectionType: 'ALL' as const }, OnDemandThroughput: { MaxReadRequestUnits: max, MaxWriteRequestUnits: 100 } });
      await client.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'byA', AttributeType: 'S' },
            { AttributeName: 'byB', AttributeType: 'S' },
          ],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
          OnDemandThroughput: { MaxReadRequestUnits: 1000, MaxWriteRequestUnits: 500 },
          GlobalSecondaryIndexes: [index('byA', 200), index('byB', 300)],
          WarmThroughput: { ReadUnitsPerSecond: 15000, WriteUnitsPerSecond: 5000 },
        }),
      );
      await client.send(new UpdateTableCommand({ TableName: name, GlobalSecondaryIndexUpdates: [{ Update: { IndexName: 'byB', OnDemandThroughput: { MaxReadRequestUnits: 400 } } }] }));
      for (let i = 0; i < 3; i += 1) await client.send(new DescribeTableCommand({ TableName: name }));
    } finally {
      client.destroy();
    }
    const p = env.project({
      [`tables/${name}.yaml`]: [
        `table: ${name}`,
        'partitionKey: { name: pk, type: S }',
        'billing: { mode: PAY_PER_REQUEST, maxRead: 1000, maxWrite: 500 }',
        'globalSecondaryIndexes:',
        '  - name: byA',
        '    partitionKey: { name: byA, type: S }',
        '    maxRead: 200',
        '    maxWrite: 100',
        '  - name: byB',
        '    partitionKey: { name: byB, type: S }',
        '    maxRead: 400',
        '    maxWrite: 100',
        'warmThroughput: { read: 15000, write: 5000 }',
        '',
      ].join('\n'),
    });
    const plan = await runCli(['plan', '--dir', p.dir, '--endpoint-url', cp.endpoint, '--region', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(0);
    expect(plan.out).to.match(/No changes/);
    expect(plan.out).to.not.include('globalIndexOnDemand');
  });

  it('contributor insights (table and GSI), a resource policy and a Kinesis destination, made with the SDK', async () => {
    const name = uniqueName('ci-rp');
    const client = engineClient(cp.endpoint);
    const doc = { Version: '2012-10-17', Statement: [{ Sid: 'ReadOnly', Effect: 'Allow', Principal: { AWS: 'arn:aws:iam::111122223333:role/reader' }, Action: ['dynamodb:GetItem', 'dynamodb:Query'], Resource: '*' }] };
    try {
      const created = await client.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }, { AttributeName: 'g', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
          GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'ALL' } }],
        }),
      );
      await client.send(new UpdateContributorInsightsCommand({ TableName: name, ContributorInsightsAction: 'ENABLE', ContributorInsightsMode: 'THROTTLED_KEYS' }));
      await client.send(new UpdateContributorInsightsCommand({ TableName: name, IndexName: 'by-g', ContributorInsightsAction: 'ENABLE' }));
      // Pretty-printed, as the CLI's --policy file://... would send it.
      await client.send(new EnableKinesisStreamingDestinationCommand({ TableName: name, StreamArn: 'arn:aws:kinesis:us-east-1:123456789012:stream/orders', EnableKinesisStreamingConfiguration: { ApproximateCreationDateTimePrecision: 'MICROSECOND' } }));
      await client.send(new PutResourcePolicyCommand({ ResourceArn: created.TableDescription?.TableArn, Policy: JSON.stringify(doc, null, 2) }));
    } finally {
      client.destroy();
    }
    const p = env.project({
      [`tables/${name}.yaml`]: [
        `table: ${name}`,
        'partitionKey: { name: pk, type: S }',
        'globalSecondaryIndexes:',
        '  - name: by-g',
        '    partitionKey: { name: g, type: S }',
        '    contributorInsights: true',
        'contributorInsights: THROTTLED_KEYS',
        'resourcePolicy: policies/reader.json',
        'kinesisDestination: { streamArn: arn:aws:kinesis:us-east-1:123456789012:stream/orders, precision: MICROSECOND }',
        '',
      ].join('\n'),
      // Keys in another order than the document sent: compared as a document.
      'tables/policies/reader.json': JSON.stringify({ Statement: [{ Resource: '*', Action: ['dynamodb:GetItem', 'dynamodb:Query'], Principal: { AWS: 'arn:aws:iam::111122223333:role/reader' }, Effect: 'Allow', Sid: 'ReadOnly' }], Version: '2012-10-17' }),
    });
    const plan = await runCli(['plan', '--dir', p.dir, '--endpoint-url', cp.endpoint, '--region', 'local', '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(0);
    expect(plan.out).to.match(/No changes/);
  });
});
