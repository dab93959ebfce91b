/** `--max-capacity-percent` on the command line: checked before anything is read or written, and shown when it paces. */
import { expect } from 'chai';
import { DescribeTableCommand, ScanCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const files = (name: string, ctl: string) => ({
  'ddb-migrate.yaml': `controlTable: ${ctl}\n`,
  [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PROVISIONED, read: 10, write: 40 }\n`,
  // 60 puts through ctx.batchWrite: batches of 25, 25 and 10 WCU.
  'migrations/0001_fill.mjs': `export async function up(ctx) {
  await ctx.batchWrite(ctx.tables['${name}'], Array.from({ length: 60 }, (_, i) => ({ pk: 'k' + i })));
}
`,
});

async function exists(client: DynamoDBClient, name: string): Promise<boolean> {
  return client.send(new DescribeTableCommand({ TableName: name })).then(
    () => true,
    () => false,
  );
}

describe('cli: --max-capacity-percent @engine', function () {
  this.timeout(60_000);
  const e = useEngineProjects();

  for (const [command, value] of [
    ['apply', '0'],
    ['apply', '101'],
    ['apply', 'half'],
    ['seed', '-5'],
    ['seed', '250'],
    ['reset', '0'],
  ] as const) {
    it(`${command} --max-capacity-percent ${value}: exit 1, the flag and its range named, nothing written`, async () => {
      const name = uniqueName('capcli');
      const ctl = uniqueName('ctl');
      const p = e.project(files(name, ctl));
      const r = await runCli([command, '--dir', p.dir, ...e.target(), '--yes', '--max-capacity-percent', value]);
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.match(/--max-capacity-percent must be a number above 0 and at most 100/).and.match(/CLI_BAD_CAPACITY_PERCENT/);
      expect(await exists(e.client, name), 'the table').to.equal(false);
      expect(await exists(e.client, ctl), 'the control table').to.equal(false);
    });
  }

  it('apply --max-capacity-percent 50 paces a data migration to 20 of the 40 provisioned WCU and says so', async () => {
    const name = uniqueName('capcli');
    const ctl = uniqueName('ctl');
    const p = e.project(files(name, ctl));
    const t0 = performance.now();
    const r = await runCli(['apply', '--dir', p.dir, ...e.target(), '--yes', '--max-capacity-percent', '50']);
    const secs = (performance.now() - t0) / 1000;
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.include(`${name} (data migrations): pacing writes to 50% of 40 WCU (provisioned) = 20 WCU/s, reads to 50% of 10 RCU (provisioned) = 5 RCU/s`);
    expect((await e.client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count).to.equal(60);
    // Batches of 25, 25 and 10 WCU at 20 WCU/s start at 0, 1.25 and 2.5 s; unpaced, well under a second.
    expect(secs).to.be.at.least(2.5);
  });

  it('seed --max-capacity-percent 50 paces the fixture load and says so', async () => {
    const name = uniqueName('capcli');
    const ctl = uniqueName('ctl');
    const p = e.project({ ...files(name, ctl), [`fixtures/${name}/items.json`]: JSON.stringify(Array.from({ length: 60 }, (_, i) => ({ pk: `f${i}` }))) });
    expect((await runCli(['apply', '--dir', p.dir, ...e.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    const t0 = performance.now();
    const r = await runCli(['seed', '--dir', p.dir, ...e.target(), '--yes', '--max-capacity-percent', '50']);
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.include(`${name} (fixtures): pacing writes to 50% of 40 WCU (provisioned) = 20 WCU/s`);
    // 60 WCU at 20 WCU/s: three slots of batches at the least.
    expect((performance.now() - t0) / 1000).to.be.at.least(2);
  });

  it('apply --preserve-data --max-capacity-percent 50 paces the copy, keeps every item, and says so', async () => {
    const name = uniqueName('capcli');
    const ctl = uniqueName('ctl');
    const spec = (skType: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nsortKey: { name: sk, type: ${skType} }\nbilling: { mode: PROVISIONED, read: 40, write: 40 }\n`;
    const p = e.project({ 'ddb-migrate.yaml': `controlTable: ${ctl}\n`, [`tables/${name}.yaml`]: spec('S'), [`fixtures/${name}/items.json`]: JSON.stringify(Array.from({ length: 30 }, (_, i) => ({ pk: 'p', sk: String(i) }))) });
    expect((await runCli(['apply', '--dir', p.dir, ...e.target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, spec('N'));
    const r = await runCli(['apply', '--dir', p.dir, ...e.target(), '--yes', '--allow-destructive', '--preserve-data', '--no-fixtures', '--max-capacity-percent', '50']);
    expect(r.code, r.err).to.equal(0);
    expect(r.err).to.include(`${name} (--preserve-data copy): pacing writes to 50% of 40 WCU (provisioned) = 20 WCU/s, reads to 50% of 40 RCU (provisioned) = 20 RCU/s`);
    expect(r.err).to.match(/__ddbm_tmp \(--preserve-data copy\): not paced: on demand without a maximum/);
    expect((await e.client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count).to.equal(30);
  });

  it('on a local endpoint the default is 100%: nothing is paced and no line is printed', async () => {
    const name = uniqueName('capcli');
    const ctl = uniqueName('ctl');
    const p = e.project(files(name, ctl));
    const r = await runCli(['apply', '--dir', p.dir, ...e.target(), '--yes']);
    expect(r.code, r.err).to.equal(0);
    expect(r.err).not.to.match(/pacing|not paced/);
  });
});
