import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, TagResourceCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { readLiveTables } from '../../src/live/read-live.js';
import { engineClient, uniqueName } from '../support/engine.js';
import { liveClientFor } from '../../src/live/live-client.js';

describe('live: tags on dynalite (DynamoDB Local has none)', function () {
  this.timeout(30_000);
  let server: ReturnType<typeof createServer>;
  let client: DynamoDBClient;
  before(async () => {
    const { default: dynalite } = await import('dynalite');
    server = dynalite({ createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    client = engineClient(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
  });
  after(async () => {
    client.destroy();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  });

  it('aws: tags (CloudFormation, CDK) are not part of the live shape: no perpetual untag', async () => {
    const name = uniqueName('tags');
    const out = await client.send(new CreateTableCommand({ TableName: name, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
    await client.send(new TagResourceCommand({ ResourceArn: out.TableDescription?.TableArn, Tags: [{ Key: 'aws:cloudformation:stack-name', Value: 's' }, { Key: 'team', Value: 'chat' }] }));
    const live = await readLiveTables(liveClientFor(client), [name]);
    expect(live.get(name)?.shape.tags).to.deep.equal({ team: 'chat' });
  });
});
