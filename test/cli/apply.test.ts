import { expect } from 'chai';
import {
  DescribeTableCommand,
  PutItemCommand,
  ScanCommand,
} from '@aws-sdk/client-dynamodb';
import { createSchemaLoadTable, uniqueName } from '../support/engine.js';
import { runCli, useEngineProjects } from '../support/cli.js';

/** The seed documents' table, in our YAML. */
function messagesYaml(name: string, extra = ''): string {
  return `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
${extra}`;
}

const gsi = (name: string, attr: string) => `  - name: ${name}
    partitionKey: { name: ${attr}, type: S }
    sortKey: { name: sk, type: S }
    projection: ALL
`;

describe('cli: plan / apply / drop on the embedded engine @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;


  it('apply creates the table, then plan again shows no changes (exit 0 with --detailed-exitcode)', async () => {
    const name = uniqueName('msgs');
    const p = project({
      [`tables/${name}.yaml`]: messagesYaml(name, `globalSecondaryIndexes:\n${gsi('message-group-sk-index', 'message_group_uuid')}stream: NEW_IMAGE\n`),
    });
    const before = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(before.code, before.err).to.equal(2);
    expect(before.out).to.match(/Plan: 1 to create, 0 to update, 0 to replace, 0 to destroy\./);

    const applied = await runCli(['apply', '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code, applied.err + applied.out).to.equal(0);
    const described = await env.client.send(new DescribeTableCommand({ TableName: name }));
    expect(described.Table?.GlobalSecondaryIndexes?.map((g) => g.IndexName)).to.deep.equal(['message-group-sk-index']);
    expect(described.Table?.StreamSpecification?.StreamViewType).to.equal('NEW_IMAGE');

    const again = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(again.code, again.out + again.err).to.equal(0);
    expect(again.out).to.match(/No changes/);
  });

  it('adding two GSIs applies as two steps (DynamoDB Local refuses two at once) and converges', async () => {
    const name = uniqueName('two-gsi');
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, messagesYaml(name, `globalSecondaryIndexes:\n${gsi('by-a', 'a')}${gsi('by-b', 'b')}`));
    const plan = await runCli(['plan', '--dir', p.dir, ...target()]);
    expect(plan.out.match(/^\s+\d+\. create GSI/gm)?.length, plan.out).to.equal(2);

    const applied = await runCli(['apply', '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code, applied.err + applied.out).to.equal(0);
    const described = await env.client.send(new DescribeTableCommand({ TableName: name }));
    const indexes = described.Table?.GlobalSecondaryIndexes ?? [];
    expect(indexes.map((g) => g.IndexName).sort()).to.deep.equal(['by-a', 'by-b']);
    expect(indexes.every((g) => g.IndexStatus === 'ACTIVE')).to.equal(true);
    expect((await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode'])).code).to.equal(0);
  });

  it("a table made the seed documents' schema-load way plans as unchanged against the equivalent YAML", async () => {
    const name = uniqueName('schema-load');
    await createSchemaLoadTable(env.client, name);
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name) });
    const plan = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(plan.code, plan.out + plan.err).to.equal(0);
  });

  it('a key change is refused with exit 3 and the table and its data are untouched', async () => {
    const name = uniqueName('keychange');
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    await env.client.send(new PutItemCommand({ TableName: name, Item: { pk: { S: 'GRP#1' }, sk: { S: '2023' }, note: { S: 'keep me' } } }));
    p.write(`tables/${name}.yaml`, messagesYaml(name).replace('sortKey: { name: sk, type: S }', 'sortKey: { name: sk, type: N }'));

    const applied = await runCli(['apply', '--dir', p.dir, ...target(), '--yes']);
    expect(applied.code).to.equal(3);
    expect(applied.err).to.match(/DM001_REPLACE_TABLE/);
    const described = await env.client.send(new DescribeTableCommand({ TableName: name }));
    expect(described.Table?.AttributeDefinitions?.find((a) => a.AttributeName === 'sk')?.AttributeType).to.equal('S');
    const scan = await env.client.send(new ScanCommand({ TableName: name }));
    expect(scan.Items).to.deep.equal([{ pk: { S: 'GRP#1' }, sk: { S: '2023' }, note: { S: 'keep me' } }]);
  });

  it('apply to a non-local env.endpoint without a TTY and without --yes refuses and changes nothing', async () => {
    const name = uniqueName('noyes');
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name) });
    // 127.0.0.2 is still this machine's engine, but not "localhost" to the tool: it must ask.
    const nonLocal = ['--endpoint-url', env.endpoint.replace('127.0.0.1', '127.0.0.2'), '--region', 'local'];
    const saved = { id: process.env['AWS_ACCESS_KEY_ID'], secret: process.env['AWS_SECRET_ACCESS_KEY'] };
    process.env['AWS_ACCESS_KEY_ID'] = 'x';
    process.env['AWS_SECRET_ACCESS_KEY'] = 'x';
    const r = await runCli(['apply', '--dir', p.dir, ...nonLocal]).finally(() => {
      if (saved.id === undefined) delete process.env['AWS_ACCESS_KEY_ID'];
      else process.env['AWS_ACCESS_KEY_ID'] = saved.id;
      if (saved.secret === undefined) delete process.env['AWS_SECRET_ACCESS_KEY'];
      else process.env['AWS_SECRET_ACCESS_KEY'] = saved.secret;
    });
    expect(r.code).to.equal(1);
    expect(r.err).to.match(/CLI_NEEDS_YES/);
    const list = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(list.code).to.equal(2);
  });

  it('drop refuses without --allow-destructive (exit 3), then drops with it', async () => {
    const name = uniqueName('drop');
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    const refused = await runCli(['drop', '--dir', p.dir, ...target(), '--yes']);
    expect(refused.code).to.equal(3);
    expect(refused.err).to.match(/DM002_DROP_TABLE/);
    await env.client.send(new DescribeTableCommand({ TableName: name }));
    const dropped = await runCli(['drop', '--dir', p.dir, ...target(), '--yes', '--allow-destructive']);
    expect(dropped.code, dropped.err).to.equal(0);
    const plan = await runCli(['plan', '--dir', p.dir, ...target(), '--detailed-exitcode']);
    expect(plan.code).to.equal(2);
  });

  it('--table limits the plan to the named tables and rejects undeclared names', async () => {
    const a = uniqueName('only-a');
    const b = uniqueName('only-b');
    const p = project({ [`tables/${a}.yaml`]: messagesYaml(a), [`tables/${b}.yaml`]: messagesYaml(b) });
    const r = await runCli(['plan', '--dir', p.dir, ...target(), '--table', a]);
    expect(r.out).to.contain(a).and.not.contain(b);
    const bad = await runCli(['plan', '--dir', p.dir, ...target(), '--table', 'nope-nope']);
    expect(bad.code).to.equal(1);
    expect(bad.err).to.match(/CLI_UNKNOWN_TABLE/);
  });
  it('a project without tables/ is an error for plan and apply, never "nothing declared" (regression: --prune would drop everything)', async () => {
    const p = project({ 'README.txt': 'not a project' });
    for (const cmd of [['plan'], ['apply', '--yes', '--prune', '--allow-destructive']]) {
      const r = await runCli([...cmd, '--dir', p.dir, ...target()]);
      expect(r.code, r.out).to.equal(1);
      expect(r.err).to.match(/SPEC_NO_TABLES_DIR/);
    }
  });

  it('a key change on a deletion-protected table is refused (exit 3) even with --allow-destructive (regression: exited 0, changed nothing)', async () => {
    const name = uniqueName('protected');
    const p = project({ [`tables/${name}.yaml`]: messagesYaml(name, 'deletionProtection: true\n') });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, messagesYaml(name, 'deletionProtection: true\n').replace('sortKey: { name: sk, type: S }', 'sortKey: { name: sk, type: N }'));
    const r = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--allow-destructive']);
    expect(r.code, r.err).to.equal(3);
    expect(r.err).to.match(/DM011_DELETION_PROTECTED/);
    const described = await env.client.send(new DescribeTableCommand({ TableName: name }));
    expect(described.Table?.AttributeDefinitions?.find((a) => a.AttributeName === 'sk')?.AttributeType).to.equal('S');
  });
});
