/** `ddb-migrate validate` through the CLI entry point: exit codes, text and JSON output. */
import { expect } from 'chai';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import type { Problem } from '../../src/model/errors.js';
import { projectDir, removeProjectDirs, shown, tableYaml } from '../desired/project-dir.js';

function capture(): Io & { stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  return { out: (t) => stdout.push(t), err: (t) => stderr.push(t), isTTY: false, color: false, stdout, stderr };
}

describe('ddb-migrate validate', () => {
  after(removeProjectDirs);

  it('passes on the example repository (exit 0)', async () => {
    const io = capture();
    expect(await main(['validate'], io)).to.equal(0);
    expect(io.stdout.join('\n')).to.contain('valid');
    expect(io.stderr).to.deep.equal([]);
  });

  it('prints every problem as file:line:col with code and field, exit 1', async () => {
    const dir = await projectDir({
      'tables/one.yaml': tableYaml('one', 'globalIndexes: []\n'),
      'tables/two.yaml': tableYaml('two', 'billing: { mode: PROVISIONED, read: 0, write: 1 }\n'),
    });
    const io = capture();
    expect(await main(['validate', '--dir', dir], io)).to.equal(1);
    const text = io.stderr.join('\n');
    expect(text).to.contain("tables/one.yaml:4:1: error SPEC_UNKNOWN_FIELD (globalIndexes): unknown field 'globalIndexes'");
    expect(text).to.contain("hint: Did you mean 'globalSecondaryIndexes'?");
    expect(text).to.contain('tables/two.yaml:4:37: error SPEC_CAPACITY (billing.read)');
    expect(text).to.contain('2 errors in 2 files');
  });

  it('--format json prints { ok, problems } on stdout', async () => {
    const dir = await projectDir({ 'tables/one.yaml': tableYaml('one', 'stream: NEW\n') });
    const io = capture();
    expect(await main(['validate', '--dir', dir, '--format', 'json'], io)).to.equal(1);
    const out = JSON.parse(io.stdout.join('')) as { ok: boolean; problems: Problem[] };
    expect(out.ok).to.equal(false);
    expect(out.problems).to.have.length(1);
    expect(out.problems[0]).to.deep.include({ code: 'SPEC_ENUM', field: 'stream', location: { file: shown(dir, 'tables/one.yaml'), line: 4, col: 9 } });
  });

  it('--format json on a valid project: ok true, warnings kept, exit 0', async () => {
    const dir = await projectDir({ 'tables/misnamed.yaml': tableYaml('other') });
    const io = capture();
    expect(await main(['validate', '--dir', dir, '--format', 'json'], io)).to.equal(0);
    const out = JSON.parse(io.stdout.join('')) as { ok: boolean; problems: Problem[] };
    expect(out).to.deep.include({ ok: true });
    expect(out.problems.map((p) => p.code)).to.deep.equal(['SPEC_FILE_NAME_MISMATCH']);
  });

  it('--env must name a defined environment', async () => {
    const io = capture();
    expect(await main(['validate', '--env', 'staging'], io)).to.equal(1);
    expect(io.stderr.join('\n')).to.contain('CONFIG_UNKNOWN_ENV');
    expect(await main(['validate', '--env', 'prod'], capture())).to.equal(0);
  });

  it('--help lists the options and examples', async () => {
    const io = capture();
    const saved = process.stdout.write;
    let printed = '';
    // yargs prints help through console.log; collect it.
    const log = console.log;
    console.log = (...a: unknown[]) => { printed += `${a.join(' ')}\n`; };
    try {
      await main(['validate', '--help'], io);
    } finally {
      console.log = log;
      process.stdout.write = saved;
    }
    const help = printed + io.stdout.join('\n');
    expect(help).to.contain('--format');
    expect(help).to.contain('--env');
    expect(help).to.contain('Examples:');
    expect(help).to.contain('validate --format json');
  });
});
