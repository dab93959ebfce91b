import { expect } from 'chai';
import { DeleteTableCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { runCli } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';
import { useEngineProjects } from '../support/cli.js';

describe('cli: apply loads fixtures only when they changed @engine', function () {
  this.timeout(120_000);
  const engine = useEngineProjects();

  const setup = () => {
    const name = uniqueName('fx');
    const ctl = uniqueName('ctl');
    const p = engine.project({
      'ddb-migrate.yaml': `controlTable: ${ctl}\n`,
      [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`,
      [`fixtures/${name}/items.ndjson`]: '{"pk":"a","v":1}\n{"pk":"b","v":1}\n',
    });
    const apply = (...extra: string[]) => runCli(['apply', '--dir', p.dir, ...engine.target(), '--yes', ...extra]);
    const count = async () => (await engine.client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count ?? 0;
    return { name, p, apply, count };
  };

  it('loads on create, skips when unchanged, loads after an edit to a fixture file and after --reload-fixtures', async () => {
    const { name, p, apply, count } = setup();
    const first = await apply();
    expect(first.code, first.err).to.equal(0);
    expect(first.out).to.include(`${name}: will load (the table is created)`);
    expect(await count()).to.equal(2);

    const second = await apply();
    expect(second.code, second.err).to.equal(0);
    expect(second.out).to.include(`${name}: unchanged since the last load, not loaded`);
    expect(second.err).to.not.match(/items in/);

    const plan = await runCli(['plan', '--dir', p.dir, ...engine.target()]);
    expect(plan.out).to.include(`Fixtures (apply):\n  ${name}: unchanged`);

    p.write(`fixtures/${name}/items.ndjson`, '{"pk":"a","v":1}\n{"pk":"b","v":1}\n{"pk":"c","v":2}\n');
    expect((await runCli(['plan', '--dir', p.dir, ...engine.target()])).out).to.include(`${name}: will load (fixtures, seed or key schema changed`);
    const third = await apply();
    expect(third.out).to.include(`${name}: will load (fixtures, seed or key schema changed`);
    expect(await count()).to.equal(3);

    const forced = await apply('--reload-fixtures');
    expect(forced.out).to.include(`${name}: will load (--reload-fixtures)`);
    expect(forced.err).to.match(/3 items in/);
  });

  it('loads again after the table is recreated, and seed always loads', async () => {
    const { name, p, apply, count } = setup();
    expect((await apply()).code).to.equal(0);
    await engine.client.send(new DeleteTableCommand({ TableName: name }));
    const again = await apply();
    expect(again.code, again.err).to.equal(0);
    expect(again.out).to.include(`${name}: will load (the table is created)`);
    expect(await count()).to.equal(2);

    const seeded = await runCli(['seed', '--dir', p.dir, ...engine.target()]);
    expect(seeded.code, seeded.err).to.equal(0);
    expect(seeded.err).to.match(/2 items in/);
  });
});
