/** A load that cannot finish is refused before writing when validate can tell, and otherwise says what it wrote. */
import { expect } from 'chai';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const spec = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;
const FIVE_HUNDRED = 'items:\n  - repeat: 500\n    items: [{ pk: "p${i}" }]\n';

describe('fixture loads: refused up front, or the count written @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const count = async (name: string) => (await env.client.send(new ScanCommand({ TableName: name, Select: 'COUNT' }))).Count ?? 0;

  it('500 valid items in 01.yaml and 1e200 in 02.yaml: validate refuses, seed writes nothing', async () => {
    const name = uniqueName('fx1e200');
    const p = env.project({ [`tables/${name}.yaml`]: spec(name), [`fixtures/${name}/01.yaml`]: FIVE_HUNDRED, [`fixtures/${name}/02.yaml`]: 'items:\n  - { pk: big, n: 1e200 }\n' });
    const v = await runCli(['validate', '--dir', p.dir]);
    expect(v.code, v.err).to.equal(1);
    expect(v.err).to.match(/02\.yaml:2:1: error FIXTURE_BAD_VALUE \(n\).*1e\+?200 is beyond DynamoDB's range/);
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    const s = await runCli(['seed', '--dir', p.dir, ...env.target()]);
    expect(s.code, s.err).to.equal(1);
    expect(await count(name)).to.equal(0);
  });

  it('numbers are written exactly as the fixture spells them: beyond 2^53, large and tiny doubles', async () => {
    const name = uniqueName('fxexact');
    const p = env.project({
      [`tables/${name}.yaml`]: spec(name),
      [`fixtures/${name}/01.yaml`]: 'items:\n  - { pk: y, big: 9007199254740993, e: 1e20, f: 0.1000000000000000000001 }\n',
      [`fixtures/${name}/02.json`]: '[{"pk": "j", "big": 12345678901234567890123}]',
    });
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    const s = await runCli(['seed', '--dir', p.dir, ...env.target()]);
    expect(s.code, s.err).to.equal(0);
    const items = (await env.client.send(new ScanCommand({ TableName: name }))).Items ?? [];
    const byPk = Object.fromEntries(items.map((i) => [i['pk']?.S, i]));
    expect(byPk['y']?.['big']?.N).to.equal('9007199254740993');
    expect(Number(byPk['y']?.['e']?.N)).to.equal(1e20);
    expect(byPk['y']?.['f']?.N).to.equal('0.1000000000000000000001');
    expect(byPk['j']?.['big']?.N).to.equal('12345678901234567890123');
  });

  it('a load that fails after writing says how many items were written to the table', async () => {
    const name = uniqueName('fxpartial');
    // The live index key is N; the table file is then edited to say S, so every item passes the
    // check and DynamoDB refuses the last ten (the batches before them are written). (The items
    // are held between check and write, so a module that changes between two runs no longer
    // makes a load fail midway: test/seed/loader-fast-path.test.ts covers that when they are read twice.)
    const withIndex = (type: 'S' | 'N') => `${spec(name)}globalSecondaryIndexes:\n  - { name: by-g, partitionKey: { name: g, type: ${type} }, projection: KEYS_ONLY }\n`;
    const p = env.project({
      [`tables/${name}.yaml`]: withIndex('N'),
      [`fixtures/${name}/01.yaml`]: 'items:\n  - repeat: 500\n    items: [{ pk: "p${i}" }]\n  - repeat: 10\n    items: [{ pk: "q${i}", g: "text" }]\n',
    });
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    writeFileSync(join(p.dir, 'tables', `${name}.yaml`), withIndex('S'));
    const s = await runCli(['seed', '--dir', p.dir, ...env.target()]);
    expect(s.code, s.err).to.equal(1);
    expect(s.err).to.match(/01\.yaml:\d+:1: error FIXTURE_WRITE_FAILED: .*DynamoDB refused the write: ValidationException/);
    expect(s.err).to.include(`error FIXTURE_LOAD_INCOMPLETE: 500 items written to ${name} before the failure`);
    expect(await count(name)).to.equal(500);
  });
});
