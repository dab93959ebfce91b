/**
 * The import safety net, on synthetic DescribeTable answers: a field the table file cannot express
 * is reported and written as a comment, never dropped silently; mapped and state fields are not.
 */
import { expect } from 'chai';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { checkTableFile } from '../../src/desired/check-table-file.js';
import { normaliseSpec } from '../../src/desired/normalise.js';
import type { TableSpecDoc } from '../../src/desired/spec-doc.js';
import { shapeToSpecYaml } from '../../src/import/to-spec-yaml.js';
import { unmappedFields } from '../../src/import/unmapped-fields.js';
import { normaliseLive } from '../../src/live/normalise-live.js';

/** An on-demand table as AWS describes it, with settings the format has no field for (yet). */
const AWS_TABLE: TableDescription = {
  TableName: 'orders',
  TableArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders',
  TableId: 'e2f1a7c4-0000-4000-8000-000000000001',
  TableStatus: 'ACTIVE',
  CreationDateTime: new Date('2025-11-20T10:00:00Z'),
  TableSizeBytes: 1024,
  ItemCount: 3,
  AttributeDefinitions: [
    { AttributeName: 'pk', AttributeType: 'S' },
    { AttributeName: 'tenant', AttributeType: 'S' },
    { AttributeName: 'region', AttributeType: 'S' },
  ],
  KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST', LastUpdateToPayPerRequestDateTime: new Date('2025-11-20T10:00:00Z') },
  ProvisionedThroughput: { ReadCapacityUnits: 0, WriteCapacityUnits: 0, NumberOfDecreasesToday: 0 },
  OnDemandThroughput: { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 },
  GlobalSecondaryIndexes: [
    {
      IndexName: 'by-tenant-region',
      KeySchema: [
        { AttributeName: 'tenant', KeyType: 'HASH' },
        { AttributeName: 'region', KeyType: 'HASH' },
      ],
      Projection: { ProjectionType: 'ALL' },
      IndexStatus: 'ACTIVE',
      IndexSizeBytes: 0,
      ItemCount: 0,
      IndexArn: 'arn:aws:dynamodb:eu-west-1:123456789012:table/orders/index/by-tenant-region',
      OnDemandThroughput: { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 },
      WarmThroughput: { ReadUnitsPerSecond: 12000, WriteUnitsPerSecond: 4000, Status: 'ACTIVE' },
    },
  ],
  DeletionProtectionEnabled: true,
  SSEDescription: { Status: 'ENABLED', SSEType: 'KMS', KMSMasterKeyArn: 'arn:aws:kms:eu-west-1:123456789012:key/1234abcd' },
  WarmThroughput: { ReadUnitsPerSecond: 15000, WriteUnitsPerSecond: 5000, Status: 'ACTIVE' },
  Replicas: [],
};

describe('import: fields the table file cannot express', () => {
  it('lists SSE, warm throughput (table and GSI) and any unknown field, not the mapped or state ones', () => {
    const withFuture = { ...AWS_TABLE, FutureSetting: { Mode: 'ON' } } as TableDescription;
    expect(unmappedFields(withFuture).map((f) => f.path)).to.deep.equal([
      'FutureSetting',
      'SSEDescription',
      'WarmThroughput',
      'GlobalSecondaryIndexes[by-tenant-region].WarmThroughput',
    ]);
    expect(unmappedFields(withFuture)[1]?.value).to.equal(JSON.stringify(AWS_TABLE.SSEDescription));
  });

  it('reports nothing for what DynamoDB Local describes (every field mapped or state)', () => {
    const local: TableDescription = {
      AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
      TableName: 'tab2',
      KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
      TableStatus: 'ACTIVE',
      CreationDateTime: new Date(),
      ProvisionedThroughput: { LastIncreaseDateTime: new Date(0), LastDecreaseDateTime: new Date(0), NumberOfDecreasesToday: 0, ReadCapacityUnits: 1, WriteCapacityUnits: 1 },
      TableSizeBytes: 0,
      ItemCount: 0,
      TableArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/tab2',
      LatestStreamLabel: 'x',
      LatestStreamArn: 'arn:aws:dynamodb:ddblocal:000000000000:table/tab2/stream/x',
      StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_IMAGE' },
      DeletionProtectionEnabled: false,
    };
    expect(unmappedFields(local)).to.deep.equal([]);
  });

  it('writes them as a comment; the file still validates and reads back as the live shape', () => {
    const shape = normaliseLive(AWS_TABLE, { ttl: null, pointInTimeRecovery: false, tags: {} });
    const unmapped = unmappedFields(AWS_TABLE);
    const yaml = shapeToSpecYaml(shape, [], { unmapped });
    expect(yaml).to.include('# The live table also has settings this file format cannot express.');
    expect(yaml).to.include(`#   SSEDescription: ${JSON.stringify(AWS_TABLE.SSEDescription)}\n`);
    expect(yaml).to.include('#   GlobalSecondaryIndexes[by-tenant-region].WarmThroughput: {"ReadUnitsPerSecond":12000,"WriteUnitsPerSecond":4000,"Status":"ACTIVE"}\n');
    expect(yaml).to.include('    partitionKey: [ { name: tenant, type: S }, { name: region, type: S } ]\n');
    const checked = checkTableFile('tables/orders.yaml', yaml, null);
    expect(checked.problems).to.deep.equal([]);
    expect(normaliseSpec(checked.spec as TableSpecDoc, null)).to.deep.equal(shape);
  });

  it('writes no such comment when nothing is unmapped', () => {
    const plain = { ...AWS_TABLE, SSEDescription: undefined, WarmThroughput: undefined, GlobalSecondaryIndexes: undefined } as TableDescription;
    const yaml = shapeToSpecYaml(normaliseLive(plain, { ttl: null, pointInTimeRecovery: false, tags: {} }), [], { unmapped: unmappedFields(plain) });
    expect(yaml).to.not.include('cannot express');
  });
});
