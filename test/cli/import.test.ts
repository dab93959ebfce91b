/** `ddb-migrate import` on the embedded engine: import then plan shows no changes; never overwrites. */
import { expect } from 'chai';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CreateTableCommand, UpdateTimeToLiveCommand } from '@aws-sdk/client-dynamodb';
import { ensureControlTable } from '../../src/state/control-table.js';
import { runCli, TempProject, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { exampleFile } from '../support/inputs.js';
import { displayPath } from '../../src/util/display-path.js';
import { startFaultProxy } from '../support/fault-proxy.js';

describe('cli: import @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;
  const importInto = (p: TempProject, ...args: string[]) => runCli(['import', '--dir', p.dir, ...target(), ...args]);
  const planIn = (p: TempProject) => runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
  const read = (p: TempProject, path: string) => readFileSync(join(p.dir, path), 'utf8');
  /** How messages name a project's file: from the current directory (the temp project is elsewhere). */
  const shown = (p: TempProject, path: string) => displayPath(join(p.dir, path));


  it('round-trips the example table: apply tables/cruddur-messages.yaml, import, plan shows no changes', async () => {
    const name = uniqueName('cruddur-messages');
    const example = readFileSync(exampleFile('tables/cruddur-messages.yaml'), 'utf8').replace(/^table: cruddur-messages$/m, `table: ${name}`);
    const source = project({ [`tables/${name}.yaml`]: example });
    const applied = await runCli(['apply', '--dir', source.dir, ...target(), '--yes', '--no-fixtures']);
    expect(applied.code, applied.err).to.equal(0);

    const adopted = project();
    const imported = await importInto(adopted, '--table', name);
    expect(imported.code, imported.err).to.equal(0);
    expect(imported.out.trim()).to.equal(`wrote ${shown(adopted, `tables/${name}.yaml`)}`);
    const yaml = read(adopted, `tables/${name}.yaml`);
    expect(yaml).to.match(/^# yaml-language-server: \$schema=\S+\/schema\/table\.schema\.json$/m);
    expect(yaml).to.include('billing: { mode: PROVISIONED, read: 5, write: 5 }');
    expect(yaml).to.include('  - name: message-group-sk-index\n    partitionKey: { name: message_group_uuid, type: S }');
    expect(yaml).to.include('stream: NEW_IMAGE');
    // DynamoDB Local has no tags or PITR and drops the table class, SSE and warm throughput: left out, with a comment.
    // It has no Application Auto Scaling either: the provisioned table's read / write are its units.
    expect(yaml).to.match(/# Not imported: pointInTimeRecovery, tableClass, sse, warmThroughput, contributorInsights, resourcePolicy, kinesisDestination, tags, replicas, autoscaling ranges \(read \/ write are the current units\)\./);

    const plan = await planIn(adopted);
    expect(plan.code, plan.out + plan.err).to.equal(0);
    expect(plan.out).to.match(/No changes/);
    const valid = await runCli(['validate', '--dir', adopted.dir]);
    expect(valid.code, valid.out + valid.err).to.equal(0);
  });

  it('round-trips a table made by hand with two GSIs, an LSI, a stream and TTL', async () => {
    const name = uniqueName('handmade');
    await env.client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [
          { AttributeName: 'pk', AttributeType: 'S' },
          { AttributeName: 'sk', AttributeType: 'S' },
          { AttributeName: 'created', AttributeType: 'N' },
          { AttributeName: 'email', AttributeType: 'S' },
          { AttributeName: 'group', AttributeType: 'S' },
        ],
        KeySchema: [
          { AttributeName: 'pk', KeyType: 'HASH' },
          { AttributeName: 'sk', KeyType: 'RANGE' },
        ],
        BillingMode: 'PROVISIONED',
        ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 4 },
        GlobalSecondaryIndexes: [
          {
            IndexName: 'by-email',
            KeySchema: [{ AttributeName: 'email', KeyType: 'HASH' }],
            Projection: { ProjectionType: 'KEYS_ONLY' },
            ProvisionedThroughput: { ReadCapacityUnits: 3, WriteCapacityUnits: 2 },
          },
          {
            IndexName: 'by-group',
            KeySchema: [
              { AttributeName: 'group', KeyType: 'HASH' },
              { AttributeName: 'created', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: ['title', 'body'] },
            ProvisionedThroughput: { ReadCapacityUnits: 7, WriteCapacityUnits: 4 },
          },
        ],
        LocalSecondaryIndexes: [
          {
            IndexName: 'by-created',
            KeySchema: [
              { AttributeName: 'pk', KeyType: 'HASH' },
              { AttributeName: 'created', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
        StreamSpecification: { StreamEnabled: true, StreamViewType: 'NEW_AND_OLD_IMAGES' },
      }),
    );
    await env.client.send(new UpdateTimeToLiveCommand({ TableName: name, TimeToLiveSpecification: { Enabled: true, AttributeName: 'expires_at' } }));

    const adopted = project();
    const imported = await importInto(adopted, '--table', name);
    expect(imported.code, imported.err).to.equal(0);
    const yaml = read(adopted, `tables/${name}.yaml`);
    expect(yaml).to.include('billing: { mode: PROVISIONED, read: 7, write: 4 }');
    expect(yaml).to.include('  - name: by-email\n    partitionKey: { name: email, type: S }\n    projection: KEYS_ONLY\n    read: 3\n    write: 2\n');
    expect(yaml).to.include('projection: { include: [ body, title ] }\nlocalSecondaryIndexes:');
    expect(yaml).to.include('localSecondaryIndexes:\n  - name: by-created\n    sortKey: { name: created, type: N }\n    projection: ALL\n');
    expect(yaml).to.include('stream: NEW_AND_OLD_IMAGES\nttl: { attribute: expires_at }\n');

    const plan = await planIn(adopted);
    expect(plan.code, plan.out + plan.err).to.equal(0);
  });

  it('round-trips an on-demand table with deletion protection', async () => {
    const name = uniqueName('ondemand');
    await env.client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'id', AttributeType: 'N' }],
        KeySchema: [{ AttributeName: 'id', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
        DeletionProtectionEnabled: true,
      }),
    );
    // A project with the package installed: the schema comment points into its node_modules.
    const adopted = project({ 'node_modules/@ddb-migrate/cli/schema/table.schema.json': '{}' });
    expect((await importInto(adopted, '--table', name)).code).to.equal(0);
    const yaml = read(adopted, `tables/${name}.yaml`);
    expect(yaml).to.match(/^# yaml-language-server: \$schema=\.\.\/node_modules\/@ddb-migrate\/cli\/schema\/table\.schema\.json$/m);
    expect(yaml).to.include('billing: { mode: PAY_PER_REQUEST }\ndeletionProtection: true\n');
    expect((await planIn(adopted)).code).to.equal(0);
  });

  it('never overwrites an existing file without --force (exit 1 naming it, nothing written); --force does', async () => {
    const name = uniqueName('exists');
    const mine = `# my own notes\ntable: ${name}\npartitionKey: { name: pk, type: S }\n`;
    const p = project({ [`tables/${name}.yaml`]: mine });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures'])).code).to.equal(0);

    const refused = await importInto(p, '--table', name);
    expect(refused.code).to.equal(1);
    expect(refused.err).to.include(`${shown(p, `tables/${name}.yaml`)}:1:1: error IMPORT_FILE_EXISTS: ${shown(p, `tables/${name}.yaml`)} already exists`);
    expect(refused.err).to.include('--force');
    expect(read(p, `tables/${name}.yaml`)).to.equal(mine);

    const forced = await importInto(p, '--table', name, '--force');
    expect(forced.code, forced.err).to.equal(0);
    expect(read(p, `tables/${name}.yaml`)).to.include('Imported from the live table');
    expect((await planIn(p)).code).to.equal(0);
  });

  it('refuses a table another file already declares, and a table that does not exist', async () => {
    const name = uniqueName('declared');
    const p = project({ 'tables/other-name.yaml': `table: ${name}\npartitionKey: { name: pk, type: S }\n` });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    const twice = await importInto(p, '--table', name);
    expect(twice.code).to.equal(1);
    expect(twice.err).to.include(`IMPORT_ALREADY_DECLARED: table '${name}' is already declared in ${shown(p, 'tables/other-name.yaml')};`);

    const missing = await importInto(project(), '--table', 'no-such-table-here');
    expect(missing.code).to.equal(1);
    expect(missing.err).to.match(/no-such-table-here: error IMPORT_TABLE_NOT_FOUND/);
  });

  it('--out-dir writes elsewhere; without --table it imports every table but the control table', async () => {
    await ensureControlTable(env.client);
    const p = project();
    const res = await importInto(p, '--out-dir', 'imported');
    expect(res.code, res.err).to.equal(0);
    const written = res.out.trim().split('\n');
    expect(written.length).to.be.above(0);
    expect(written.every((l) => l.startsWith(`wrote ${shown(p, 'imported')}/`))).to.equal(true);
    expect(written).not.to.include(`wrote ${shown(p, 'imported/ddb-migrate-state.yaml')}`);
  });
});

describe('cli: import safety net @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();

  it('a described field the format cannot express is written as a comment and warned about, not dropped', async () => {
    const name = uniqueName('unmapped');
    await env.client.send(
      new CreateTableCommand({
        TableName: name,
        AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
        KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
        BillingMode: 'PAY_PER_REQUEST',
      }),
    );
    // Multi-Region strong consistency is not in the format (docs/spec-reference.md, replicas): a
    // proxy makes DescribeTable report it, as AWS does for such a global table.
    const consistency = 'STRONG';
    const proxy = await startFaultProxy({
      target: env.endpoint,
      rewriteAnswer: (op, answer) => (op === 'DescribeTable' ? { ...answer, Table: { ...(answer['Table'] as object), MultiRegionConsistency: consistency } } : answer),
    });
    try {
      const p = new TempProject();
      try {
        const imported = await runCli(['import', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--table', name]);
        expect(imported.code, imported.err).to.equal(0);
        expect(imported.err).to.include(`warning IMPORT_UNMAPPED_FIELD (${name}): MultiRegionConsistency cannot be expressed in a table file; written as a comment in ${displayPath(join(p.dir, `tables/${name}.yaml`))}.`);
        const yaml = readFileSync(join(p.dir, `tables/${name}.yaml`), 'utf8');
        expect(yaml).to.include(`#   MultiRegionConsistency: ${JSON.stringify(consistency)}`);
        const valid = await runCli(['validate', '--dir', p.dir]);
        expect(valid.code, valid.out + valid.err).to.equal(0);
      } finally {
        p.remove();
      }
    } finally {
      await proxy.close();
    }
  });
});
