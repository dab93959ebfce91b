import { expect } from 'chai';
import { CreateTableCommand, DescribeTableCommand, DescribeTimeToLiveCommand, PutItemCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine } from '../../src/engine/dynamodb-local.js';
import { createInputOf, readSnapshot, restoreSnapshot, takeSnapshot, writeSnapshot } from '../../src/engine/snapshot.js';
import { engineClient } from '../support/engine.js';

describe('engine: the warm engine snapshot @engine', function () {
  this.timeout(120_000);

  it('keeps keys, GSIs, LSIs, capacity, stream, TTL and deletion protection, and restores every item (counts checked)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-snap-'));
    const source = await startEngine({});
    const target = await startEngine({});
    const a = engineClient(source.endpoint);
    const b = engineClient(target.endpoint);
    try {
      await a.send(
        new CreateTableCommand({
          TableName: 'snap-full',
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'sk', AttributeType: 'N' },
            { AttributeName: 'g', AttributeType: 'S' },
            { AttributeName: 'l', AttributeType: 'S' },
          ],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
          BillingMode: 'PROVISIONED',
          ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 3 },
          GlobalSecondaryIndexes: [{ IndexName: 'by-g', KeySchema: [{ AttributeName: 'g', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['x'] }, ProvisionedThroughput: { ReadCapacityUnits: 2, WriteCapacityUnits: 4 } }],
          LocalSecondaryIndexes: [{ IndexName: 'by-l', KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'l', KeyType: 'RANGE' }], Projection: { ProjectionType: 'KEYS_ONLY' } }],
          StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
          DeletionProtectionEnabled: true,
        }),
      );
      await a.send(new UpdateTimeToLiveCommand({ TableName: 'snap-full', TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires' } }));
      for (let i = 0; i < 60; i++) await a.send(new PutItemCommand({ TableName: 'snap-full', Item: { pk: { S: `p${i % 7}` }, sk: { N: String(i) }, g: { S: 'G' }, l: { S: `l${i}` }, x: { B: new Uint8Array([i]) } } }));

      writeSnapshot(dir, await takeSnapshot(a));
      // A crash while writing the next one leaves only a temp file: the previous snapshot is what is read.
      writeFileSync(join(dir, 'snapshot.json.99999.tmp'), '{"formatVersion":1,"tab');
      const saved = readSnapshot(dir);
      expect(saved?.tables[0]?.items.length).to.equal(60);

      expect(await restoreSnapshot(b, saved ?? { formatVersion: 1, takenAt: '', tables: [] })).to.deep.equal({ tables: 1, items: 60 });
      const before = (await a.send(new DescribeTableCommand({ TableName: 'snap-full' }))).Table;
      const after = (await b.send(new DescribeTableCommand({ TableName: 'snap-full' }))).Table;
      expect(before && after && createInputOf(after)).to.deep.equal(before && createInputOf(before));
      expect(after?.DeletionProtectionEnabled).to.equal(true);
      expect(after?.StreamSpecification).to.deep.equal({ StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' });
      expect((await b.send(new DescribeTimeToLiveCommand({ TableName: 'snap-full' }))).TimeToLiveDescription?.AttributeName).to.equal('expires');
      expect(readdirSync(dir).filter((f) => f === 'snapshot.json')).to.have.length(1);
    } finally {
      a.destroy();
      b.destroy();
      await source.stop();
      await target.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
