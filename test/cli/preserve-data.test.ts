import { expect } from 'chai';
import { BatchWriteItemCommand, DescribeTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

const spec = (name: string, skType: 'S' | 'N', ctl: string) => ({
  'ddb-migrate.yaml': `controlTable: ${ctl}\n`,
  [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: ${skType} }\nbilling: { mode: PAY_PER_REQUEST }\n`,
});

describe('cli: apply --preserve-data @engine', function () {
  this.timeout(120_000);
  let endpoint: string;
  let client: DynamoDBClient;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => client.destroy());

  async function seed(table: string, sks: readonly string[]): Promise<void> {
    for (let i = 0; i < sks.length; i += 25) {
      const batch = sks.slice(i, i + 25).map((sk, j) => ({ PutRequest: { Item: { pk: { S: `p${(i + j) % 7}` }, sk: { S: sk }, n: { N: String(i + j) } } } }));
      await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: batch } }));
    }
  }

  it('a sort key S → N change keeps every item (converted), and plan is then empty', async () => {
    const name = uniqueName('pres');
    const ctl = uniqueName('ctl');
    const p = new TempProject(spec(name, 'S', ctl));
    try {
      const target = ['--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      await seed(name, Array.from({ length: 120 }, (_, i) => String(1000 + i)));
      p.write(`tables/${name}.yaml`, spec(name, 'N', ctl)[`tables/${name}.yaml`] as string);

      const plan = await runCli(['plan', ...target, '--preserve-data']);
      expect(plan.out).to.match(/Data-preserving replacement of/).and.match(/copy-out/);
      // The estimate of the copy, from the live item count (120 items, two writes each).
      expect(plan.out).to.match(/estimate: ~\d+s to copy the items out and back \(--preserve-data\) \(basis: 120 items, .*240 write units/);
      const refused = await runCli(['apply', ...target, '--yes', '--preserve-data']);
      expect(refused.code, 'still needs --allow-destructive').to.equal(3);

      const r = await runCli(['apply', ...target, '--yes', '--allow-destructive', '--preserve-data']);
      expect(r.code, r.err + r.out).to.equal(0);
      const described = await client.send(new DescribeTableCommand({ TableName: name }));
      expect(described.Table?.AttributeDefinitions?.find((a) => a.AttributeName === 'sk')?.AttributeType).to.equal('N');
      const items = (await client.send(new ScanCommand({ TableName: name }))).Items ?? [];
      expect(items).to.have.length(120);
      expect(items.map((i) => Number(i['sk']?.N)).sort((a, b) => a - b)).to.deep.equal(Array.from({ length: 120 }, (_, i) => 1000 + i));
      expect((await runCli(['plan', ...target, '--detailed-exitcode'])).code).to.equal(0);
    } finally {
      p.remove();
    }
  });

  it('an item that cannot convert stops apply before anything is deleted', async () => {
    const name = uniqueName('pres-bad');
    const ctl = uniqueName('ctl');
    const p = new TempProject(spec(name, 'S', ctl));
    try {
      const target = ['--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local'];
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      await seed(name, ['1', '2', 'not-a-number']);
      p.write(`tables/${name}.yaml`, spec(name, 'N', ctl)[`tables/${name}.yaml`] as string);
      const r = await runCli(['apply', ...target, '--yes', '--allow-destructive', '--preserve-data']);
      expect(r.code).to.equal(1);
      expect(r.err).to.match(/REPLACE_UNCONVERTIBLE/).and.match(/not-a-number/);
      const described = await client.send(new DescribeTableCommand({ TableName: name }));
      expect(described.Table?.AttributeDefinitions?.find((a) => a.AttributeName === 'sk')?.AttributeType).to.equal('S');
      expect((await client.send(new ScanCommand({ TableName: name }))).Items).to.have.length(3);
    } finally {
      p.remove();
    }
  });
});
