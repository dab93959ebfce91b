import { expect } from 'chai';
import { DynamoDBClient, GetItemCommand } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

/** A migration that counts its runs on one item (ADD is not idempotent: a second run would show). */
const migration = (table: string, note: string) => `// ${note}
export const meta = { phase: 'after', tables: ['${table}'] };
export async function up(ctx) {
  await ctx.update(ctx.tables['${table}'], {
    Key: { pk: 'counter' },
    UpdateExpression: 'ADD runs :one',
    ExpressionAttributeValues: { ':one': 1 },
  });
}
`;

describe('cli: apply runs data migrations @engine', function () {
  this.timeout(60_000);
  let endpoint: string;
  let client: DynamoDBClient;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => client.destroy());

  it('plan lists it (exit 2), apply runs it once after the schema, a changed applied file is refused unless --allow-changed', async () => {
    const name = uniqueName('mig');
    const ctl = uniqueName('ctl');
    const p = new TempProject({
      'ddb-migrate.yaml': `controlTable: ${ctl}\n`,
      [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`,
      'migrations/0001_count.mjs': migration(name, 'v1'),
    });
    const runs = async () => Number((await client.send(new GetItemCommand({ TableName: name, Key: { pk: { S: 'counter' } } }))).Item?.['runs']?.N ?? 0);
    try {
      const target = ['--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local'];
      const plan = await runCli(['plan', ...target, '--detailed-exitcode']);
      expect(plan.code).to.equal(2);
      expect(plan.out).to.match(/0001_count/);

      const first = await runCli(['apply', ...target, '--yes']);
      expect(first.code, first.err).to.equal(0);
      expect(await runs()).to.equal(1);

      const nothing = await runCli(['plan', ...target, '--detailed-exitcode']);
      expect(nothing.code, nothing.out).to.equal(0);
      expect((await runCli(['apply', ...target, '--yes'])).code).to.equal(0);
      expect(await runs(), 'not run again').to.equal(1);

      p.write('migrations/0001_count.mjs', migration(name, 'v2 (edited after it was applied)'));
      const changed = await runCli(['apply', ...target, '--yes']);
      expect(changed.code).to.equal(1);
      expect(changed.err).to.match(/MIGRATION_CHANGED/).and.match(/0001_count/);
      const accepted = await runCli(['apply', ...target, '--yes', '--allow-changed']);
      expect(accepted.code, accepted.err).to.equal(0);
      expect(await runs(), '--allow-changed records the new checksum without running it again').to.equal(1);
    } finally {
      p.remove();
    }
  });
});
