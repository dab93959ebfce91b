/**
 * Multi-attribute GSI keys end to end on DynamoDB Local, which implements them (KeySchema with
 * several HASH then several RANGE elements, described back in order): apply then plan again is
 * empty, a reorder rebuilds the index, import round-trips, and the bug of issue 14 stays fixed (a
 * live PK1+PK2 index against a spec naming PK1 alone is a change, not "No changes").
 */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTableCommand, DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const specYaml = (name: string, indexes: string): string =>
  `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\nglobalSecondaryIndexes:\n${indexes}`;

const BY_MATCH = [
  '  - name: by-match',
  '    partitionKey:',
  '      - { name: tournamentId, type: S }',
  '      - { name: region, type: S }',
  '    sortKey:',
  '      - { name: round, type: N }',
  '      - { name: bracket, type: S }',
  '    projection: KEYS_ONLY',
  '',
].join('\n');

describe('cli: multi-attribute GSI keys @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;
  const apply = (p: TempProject, ...args: string[]) => runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures', ...args]);
  const plan = (p: TempProject) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
  const keySchema = async (table: string, index: string) => {
    const d = await env.client.send(new DescribeTableCommand({ TableName: table }));
    return d.Table?.GlobalSecondaryIndexes?.find((g) => g.IndexName === index)?.KeySchema;
  };

  it('creates a table with a 2+2 key index, then plan again is "No changes"', async () => {
    const name = uniqueName('mk-create');
    const p = project({ [`tables/${name}.yaml`]: specYaml(name, BY_MATCH) });
    const applied = await apply(p);
    expect(applied.code, applied.out + applied.err).to.equal(0);
    expect(await keySchema(name, 'by-match')).to.deep.equal([
      { AttributeName: 'tournamentId', KeyType: 'HASH' },
      { AttributeName: 'region', KeyType: 'HASH' },
      { AttributeName: 'round', KeyType: 'RANGE' },
      { AttributeName: 'bracket', KeyType: 'RANGE' },
    ]);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);
  });

  it('adds a multi-key index to an existing table (UpdateTable), then a reorder rebuilds it; each time plan again is empty', async () => {
    const name = uniqueName('mk-update');
    const p = project({ [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n` });
    expect((await apply(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, specYaml(name, BY_MATCH));
    const added = await apply(p);
    expect(added.code, added.out + added.err).to.equal(0);
    expect(added.out).to.include('create GSI by-match');
    expect((await plan(p)).code).to.equal(0);

    p.write(`tables/${name}.yaml`, specYaml(name, BY_MATCH.replace('tournamentId, type: S }\n      - { name: region', 'region, type: S }\n      - { name: tournamentId')));
    const planned = await plan(p);
    expect(planned.code, planned.out).to.equal(2);
    expect(planned.out).to.include('partition key reordered: tournamentId (S) + region (S) → region (S) + tournamentId (S) (forces rebuild)');
    const refused = await apply(p);
    expect(refused.code, 'a rebuild is destructive').to.equal(3);
    const rebuilt = await apply(p, '--allow-destructive');
    expect(rebuilt.code, rebuilt.out + rebuilt.err).to.equal(0);
    expect((await keySchema(name, 'by-match'))?.map((k) => k.AttributeName)).to.deep.equal(['region', 'tournamentId', 'round', 'bracket']);
    const again = await plan(p);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);
  });

  describe('a table made by hand with GSI1 on PK1 + PK2 (both HASH)', () => {
    let name = '';
    before(async () => {
      name = uniqueName('mk-handmade');
      await env.client.send(
        new CreateTableCommand({
          TableName: name,
          AttributeDefinitions: [
            { AttributeName: 'pk', AttributeType: 'S' },
            { AttributeName: 'PK1', AttributeType: 'S' },
            { AttributeName: 'PK2', AttributeType: 'N' },
          ],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
          GlobalSecondaryIndexes: [
            {
              IndexName: 'GSI1',
              KeySchema: [
                { AttributeName: 'PK1', KeyType: 'HASH' },
                { AttributeName: 'PK2', KeyType: 'HASH' },
              ],
              Projection: { ProjectionType: 'ALL' },
            },
          ],
        }),
      );
    });

    it('regression (issue 14): a spec naming PK1 alone is a change (rebuild), not "No changes"', async () => {
      const p = project({ [`tables/${name}.yaml`]: specYaml(name, '  - name: GSI1\n    partitionKey: { name: PK1, type: S }\n') });
      const planned = await plan(p);
      expect(planned.code, planned.out + planned.err).to.equal(2);
      expect(planned.out).to.not.match(/No changes/);
      expect(planned.out).to.include('partition key changed: PK1 (S) + PK2 (N) → PK1 (S) (forces rebuild)');
    });

    it('imports as a list of both attributes in order, and the import plans as "No changes"', async () => {
      const p = project();
      const imported = await runCli(['import', '--dir', p.dir, ...target(), '--table', name]);
      expect(imported.code, imported.err).to.equal(0);
      expect(imported.err, 'DynamoDB Local describes nothing the format cannot express').to.not.include('IMPORT_UNMAPPED_FIELD');
      const yaml = readFileSync(join(p.dir, `tables/${name}.yaml`), 'utf8');
      expect(yaml).to.include('  - name: GSI1\n    partitionKey: [ { name: PK1, type: S }, { name: PK2, type: N } ]\n');
      const planned = await plan(p);
      expect(planned.code, planned.out + planned.err).to.equal(0);
      expect(planned.out).to.match(/No changes/);
      const valid = await runCli(['validate', '--dir', p.dir]);
      expect(valid.code, valid.out + valid.err).to.equal(0);
    });
  });
});
