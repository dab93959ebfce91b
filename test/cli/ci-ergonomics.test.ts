import { expect } from 'chai';
import { DescribeTableCommand } from '@aws-sdk/client-dynamodb';
import { main } from '../../src/cli/main.js';
import { processIo, type Io } from '../../src/cli/io.js';
import { uniqueName } from '../support/engine.js';
import { runCli, useEngineProjects } from '../support/cli.js';

// eslint-disable-next-line no-control-regex
const ANSI = /\u001b\[/;

const yamlFor = (name: string, extra = '') => `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
${extra}`;

/** Runs the CLI with an Io that allows colour, as a terminal would. */
async function runColourCli(args: readonly string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: Io = { out: (t) => void (out += `${t}\n`), err: (t) => void (err += `${t}\n`), isTTY: false, color: true };
  const code = await main(args, io);
  return { code, out, err };
}

/** Sets environment variables for the length of `fn`, then restores them. */
async function withEnv<T>(vars: Record<string, string | undefined>, fn: () => Promise<T> | T): Promise<T> {
  const saved = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  const set = (values: Record<string, string | undefined>) => {
    for (const [k, v] of Object.entries(values)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
  set(vars);
  try {
    return await fn();
  } finally {
    set(saved);
  }
}

describe('cli: colour is off with NO_COLOR, --no-color or no TTY', () => {
  const stdout = process.stdout as { isTTY?: boolean };
  let wasTTY: boolean | undefined;
  beforeEach(() => {
    wasTTY = stdout.isTTY;
  });
  afterEach(() => {
    stdout.isTTY = wasTTY;
  });

  it('processIo: colour only on a TTY, without NO_COLOR and without --no-color', async () => {
    stdout.isTTY = true;
    await withEnv({ NO_COLOR: undefined }, () => {
      expect(processIo({}).color).to.equal(true);
      expect(processIo({ color: false }).color).to.equal(false);
    });
    await withEnv({ NO_COLOR: '1' }, () => expect(processIo({}).color).to.equal(false));
    // An empty NO_COLOR does not count (no-color.org).
    await withEnv({ NO_COLOR: '' }, () => expect(processIo({}).color).to.equal(true));
    stdout.isTTY = false;
    await withEnv({ NO_COLOR: undefined }, () => expect(processIo({}).color).to.equal(false));
  });
});

describe('cli: CI ergonomics (--no-color, no prompts without a TTY, --quiet, apply --format json) @engine', function () {
  this.timeout(120_000);
  const env = useEngineProjects();
  const { project, target } = env;
  const exists = (name: string) => env.client.send(new DescribeTableCommand({ TableName: name })).then(() => true, () => false);


  it('--no-color turns colour off in plan, drift and apply output', async () => {
    const name = uniqueName('colour');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    const coloured = await runColourCli(['plan', '--dir', p.dir, ...target()]);
    expect(coloured.out, 'the test can see colour when it is on').to.match(ANSI);
    for (const cmd of ['plan', 'drift', 'apply']) {
      const plain = await runColourCli([cmd, '--dir', p.dir, ...target(), '--no-color', ...(cmd === 'apply' ? ['--yes'] : [])]);
      expect(plain.out + plain.err, cmd).not.to.match(ANSI);
    }
    expect(await exists(name)).to.equal(true);
  });

  it('without a TTY, apply to a non-local env.endpoint never prompts: it fails saying --yes, and changes nothing', async () => {
    const name = uniqueName('noprompt');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    // 127.0.0.2 is this machine but not a name the tool treats as local, so apply wants a confirmation.
    const remote = env.endpoint.replace('127.0.0.1', '127.0.0.2');
    const res = await withEnv({ AWS_ACCESS_KEY_ID: 'ddbmigrate', AWS_SECRET_ACCESS_KEY: 'ddbmigrate' }, () =>
      runCli(['apply', '--dir', p.dir, '--endpoint-url', remote, '--region', 'local']),
    );
    expect(res.code, res.err).to.equal(1);
    expect(res.err).to.match(/CLI_NEEDS_YES/);
    expect(res.err).to.include('--yes');
    expect(await exists(name)).to.equal(false);
  });

  it('apply --quiet prints nothing but errors', async () => {
    const name = uniqueName('quiet');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name), [`fixtures/${name}/items.json`]: '[{"pk": "a", "sk": "b"}]' });
    const res = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--quiet']);
    expect(res.code, res.err).to.equal(0);
    expect(res.out).to.equal('');
    expect(res.err).to.equal('');
    expect(await exists(name)).to.equal(true);
    const loud = await runCli(['apply', '--dir', p.dir, ...target(), '--yes']);
    expect(loud.out, 'without --quiet the plan is printed').to.match(/No changes/);
  });

  it('apply --format json prints exactly one parseable JSON document on stdout, plan included', async () => {
    const name = uniqueName('json');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name), [`fixtures/${name}/items.json`]: '[{"pk": "a", "sk": "b"}]' });
    const res = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--format', 'json']);
    expect(res.code, res.err).to.equal(0);
    const doc = JSON.parse(res.out) as {
      ok: boolean;
      exitCode: number;
      plan: { formatVersion: string; tables: Array<{ table: string; impact: string }> };
      result: { ok: boolean; verified: boolean; steps: Array<{ kind: string; status: string }> };
      fixtures: string;
      problems: unknown[];
    };
    expect(doc.ok).to.equal(true);
    expect(doc.exitCode).to.equal(0);
    expect(doc.plan.tables.map((t) => [t.table, t.impact])).to.deep.equal([[name, 'create']]);
    expect(doc.result.verified).to.equal(true);
    expect(doc.result.steps.map((s) => [s.kind, s.status])).to.deep.equal([['CreateTable', 'done']]);
    expect(doc.fixtures).to.equal('loaded');
    expect(doc.problems).to.deep.equal([]);

    // Nothing to do: still one document.
    const again = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--format', 'json']);
    const second = JSON.parse(again.out) as { ok: boolean; result: unknown; plan: { summary: { unchanged: number } } };
    expect([second.ok, second.result, second.plan.summary.unchanged]).to.deep.equal([true, null, 1]);
  });

  it('apply --format json on a refusal still prints one document, with the problems, and exits 3', async () => {
    const name = uniqueName('json-refused');
    const p = project({ [`tables/${name}.yaml`]: yamlFor(name) });
    expect((await runCli(['apply', '--dir', p.dir, ...target(), '--yes'])).code).to.equal(0);
    p.write(`tables/${name}.yaml`, yamlFor(name).replace('sortKey: { name: sk, type: S }', 'sortKey: { name: sk, type: N }'));
    const res = await runCli(['apply', '--dir', p.dir, ...target(), '--yes', '--format', 'json']);
    expect(res.code).to.equal(3);
    const doc = JSON.parse(res.out) as { ok: boolean; exitCode: number; problems: Array<{ code: string }>; plan: { tables: unknown[] } };
    expect([doc.ok, doc.exitCode]).to.deep.equal([false, 3]);
    expect(doc.problems.map((x) => x.code)).to.include('DM001_REPLACE_TABLE');
    expect(doc.plan.tables).to.have.length(1);
    expect(res.err).to.include('DM001_REPLACE_TABLE');
  });
});
