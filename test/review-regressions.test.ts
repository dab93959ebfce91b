/**
 * Regression tests for the findings of the first code review (each fixed bug gets one).
 */
import { expect } from 'chai';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { CreateTableCommand, DynamoDBClient, ScanCommand, TagResourceCommand } from '@aws-sdk/client-dynamodb';
import { writeItems } from '../src/fixtures/batch-writer.js';
import type { FixtureItem } from '../src/fixtures/types.js';
import { readLiveTables } from '../src/live/read-live.js';
import type { TableShape } from '../src/model/table-shape.js';
import { isTransient } from '../src/util/retry.js';
import { onDemand, table } from './support/builders.js';
import { runCli, TempProject } from './support/cli.js';
import { engineClient, sharedEngine, uniqueName } from './support/engine.js';


function shape(name: string): TableShape {
  return table({ name, sortKey: null, billing: onDemand() });
}

describe('review regressions', () => {
  it('PITR right after CreateTable ("backups are being enabled") is retried, not fatal', () => {
    expect(isTransient(Object.assign(new Error('Backups are being enabled for the table'), { name: 'ContinuousBackupsUnavailableException' }))).to.equal(true);
    expect(isTransient(Object.assign(new Error('x'), { name: 'ValidationException' }))).to.equal(false);
  });

  describe('@engine', function () {
    this.timeout(60_000);
    let endpoint: string;
    let client: DynamoDBClient;
    before(async () => {
      endpoint = (await sharedEngine()).endpoint;
      client = engineClient(endpoint);
    });
    after(() => client.destroy());

    it('plan --prune --table is a usage error (together they can never prune anything)', async () => {
      const name = uniqueName('prune-t');
      const p = new TempProject({ [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\n` });
      try {
        const r = await runCli(['plan', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--prune', '--table', name]);
        expect(r.code).to.equal(1);
        expect(r.err).to.match(/CLI_USAGE/).and.match(/--prune/);
      } finally {
        p.remove();
      }
    });

    it('a batch refused whole whose items all succeed one by one is written, nobody blamed', async () => {
      const name = uniqueName('dupbatch');
      await client.send(new CreateTableCommand({ TableName: name, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
      // The same key twice in one batch: DynamoDB refuses the whole batch (ValidationException).
      async function* items(): AsyncGenerator<FixtureItem> {
        yield { item: { pk: 'a', v: 1 }, source: { file: 'x.json', line: 1, index: 0 } };
        yield { item: { pk: 'a', v: 2 }, source: { file: 'x.json', line: 2, index: 1 } };
        yield { item: { pk: 'b', v: 3 }, source: { file: 'x.json', line: 3, index: 2 } };
      }
      const r = await writeItems(client, shape(name), items(), { checkDuplicates: false });
      expect(r.written).to.be.at.least(2);
      expect((await client.send(new ScanCommand({ TableName: name }))).Items).to.have.length(2);
    });
  });

  describe('tags on dynalite (DynamoDB Local has none)', function () {
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
      const live = await readLiveTables(client, [name]);
      expect(live.get(name)?.shape.tags).to.deep.equal({ team: 'chat' });
    });
  });
});
