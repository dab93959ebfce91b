/** Capability detection from a DynamoDB description: per-GSI on-demand maximums (no SDK call, no engine). */
import { expect } from 'chai';
import type { TableDescription } from '@aws-sdk/client-dynamodb';
import { Capabilities, isDynamoDbLocalArn } from '../../src/live/capabilities.js';
import { compareShapes } from '../../src/exec/compare-shapes.js';
import { diffTable } from '../../src/diff/diff-table.js';
import { gsi, live, onDemand, table } from '../support/builders.js';

const desc = (arn: string, gsiOnDemand: boolean): TableDescription => ({
  TableName: 't',
  TableArn: arn,
  BillingModeSummary: { BillingMode: 'PAY_PER_REQUEST' },
  GlobalSecondaryIndexes: [{ IndexName: 'GSI1', ...(gsiOnDemand ? { OnDemandThroughput: { MaxReadRequestUnits: -1, MaxWriteRequestUnits: -1 } } : {}) }],
});
const AWS_ARN = 'arn:aws:dynamodb:us-east-1:123456789012:table/t';
const LOCAL_ARN = 'arn:aws:dynamodb:ddblocal:000000000000:table/t';

describe('live: capabilities from a description (globalIndexOnDemand)', () => {
  it('knows DynamoDB Local by its ARNs', () => {
    expect(isDynamoDbLocalArn(LOCAL_ARN)).to.equal(true);
    expect(isDynamoDbLocalArn(AWS_ARN)).to.equal(false);
    expect(isDynamoDbLocalArn(undefined)).to.equal(false);
  });

  it('DynamoDB Local: unsupported (it ignores GSI OnDemandThroughput updates)', async () => {
    const caps = new Capabilities(async () => true);
    await caps.observe(desc(LOCAL_ARN, true));
    expect(caps.state('globalIndexOnDemand')).to.equal(false);
  });

  it('a local endpoint that describes an on-demand GSI without OnDemandThroughput: unsupported', async () => {
    const caps = new Capabilities(async () => true);
    await caps.observe(desc(AWS_ARN, false));
    expect(caps.state('globalIndexOnDemand')).to.equal(false);
  });

  it('AWS (not local): left alone, even when a GSI is described without it', async () => {
    const caps = new Capabilities(async () => false);
    await caps.observe(desc(AWS_ARN, false));
    await caps.observe(desc(AWS_ARN, true));
    expect(caps.state('globalIndexOnDemand')).to.equal(undefined);
  });

  it('masked: the table maximums still diff, the GSI ones do not, and verification skips them', () => {
    const desired = table({ billing: onDemand(20, null), globalIndexes: [gsi('GSI1', { capacity: null, onDemand: { maxRead: 20, maxWrite: null } })] });
    const liveShape = table({ billing: onDemand(10, null), globalIndexes: [gsi('GSI1', { capacity: null, onDemand: { maxRead: 10, maxWrite: null } })] });
    const masked = diffTable(desired, live(liveShape, { unsupported: ['globalIndexOnDemand'] }));
    expect(masked.kind === 'ModifyTable' ? masked.changes.map((c) => c.kind) : masked.kind).to.deep.equal(['ModifyBilling']);
    const unmasked = diffTable(desired, live(liveShape));
    expect(unmasked.kind === 'ModifyTable' ? unmasked.changes.map((c) => c.kind) : unmasked.kind).to.deep.equal(['ModifyGlobalIndexThroughput', 'ModifyBilling']);
    expect(compareShapes(desired, liveShape, new Set(['globalIndexOnDemand'])).map((m) => m.field)).to.deep.equal(['billing']);
    expect(compareShapes(desired, liveShape).map((m) => m.field)).to.deep.equal(['billing', 'globalIndexes.GSI1.onDemand']);
  });
});
