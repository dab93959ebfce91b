/** Key attributes listed in an INCLUDE projection are no change on the real engine (issue 11.17). */
import { expect } from 'chai';
import { CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { uniqueName } from '../support/engine.js';
import { runCli, useEngineProjects } from '../support/cli.js';

const spec = (name: string, include: string) => `table: ${name}
partitionKey: { name: Album, type: S }
sortKey: { name: Artist, type: S }
globalSecondaryIndexes:
  - name: by-sales
    partitionKey: { name: Sales, type: N }
    projection: { include: [${include}] }
`;

describe('cli: INCLUDE lists a key attribute @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();

  it('a table whose GSI includes the table partition key plans empty, with or without it in the spec', async () => {
    const name = uniqueName('music');
    // As AWS's CloudFormation example (and earlier versions of this tool) create it: Album, the
    // table's partition key, listed in NonKeyAttributes.
    await env.client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [
          { AttributeName: 'Album', AttributeType: 'S' },
          { AttributeName: 'Artist', AttributeType: 'S' },
          { AttributeName: 'Sales', AttributeType: 'N' },
        ],
        KeySchema: [
          { AttributeName: 'Album', KeyType: 'HASH' },
          { AttributeName: 'Artist', KeyType: 'RANGE' },
        ],
        BillingMode: 'PAY_PER_REQUEST',
        GlobalSecondaryIndexes: [
          { IndexName: 'by-sales', KeySchema: [{ AttributeName: 'Sales', KeyType: 'HASH' }], Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['Album', 'NumberOfSongs'] } },
        ],
      }),
    );
    for (const include of ['Album, NumberOfSongs', 'NumberOfSongs']) {
      const p = env.project({ [`tables/${name}.yaml`]: spec(name, include) });
      const plan = await runCli(['plan', '--dir', p.dir, ...env.target(), '--detailed-exitcode']);
      expect(plan.code, `include [${include}]: ${plan.out}${plan.err}`).to.equal(0);
      expect(plan.out).to.match(/No changes/);
      expect(plan.out).to.not.contain('forces rebuild');
    }
  });
});
