/** A load that cannot finish is refused before writing when validate can tell, and otherwise says what it wrote. */
import { expect } from 'chai';
import { ScanCommand } from '@aws-sdk/client-dynamodb';
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
    // Passes the check (first run), then throws after 500 items while they are written (second run).
    const p = env.project({
      [`tables/${name}.yaml`]: spec(name),
      [`fixtures/${name}/01.mjs`]: 'let runs = 0;\nexport default async function* () {\n  runs += 1;\n  for (let i = 0; i < 500; i += 1) yield { pk: `p${i}` };\n  if (runs > 1) throw new Error("the source went away");\n}\n',
    });
    expect((await runCli(['apply', '--dir', p.dir, ...env.target(), '--yes', '--no-fixtures'])).code).to.equal(0);
    const s = await runCli(['seed', '--dir', p.dir, ...env.target()]);
    expect(s.code, s.err).to.equal(1);
    expect(s.err).to.match(/01\.mjs:1:1: error FIXTURE_MODULE: .*the source went away/);
    expect(s.err).to.include(`error FIXTURE_LOAD_INCOMPLETE: 500 items written to ${name} before the failure`);
    expect(await count(name)).to.equal(500);
  });
});
