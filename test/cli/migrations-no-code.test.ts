/**
 * Read-only commands run no project code: a migration's metadata is read from its text, and only
 * `apply` imports it (issue 10.11). An unedited `migration new` skeleton never runs (issue 11.20).
 */
import { expect } from 'chai';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runCli, useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const tableYaml = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('cli: read-only commands never import migrations @engine', function () {
  this.timeout(90_000);
  const e = useEngineProjects();

  it('plan (text, json, markdown, --out), drift and history leave no trace of a migration\'s top-level code; apply runs it', async () => {
    const name = uniqueName('nocode');
    const p = e.project();
    const marker = join(p.dir, 'top-level-ran');
    p.write('ddb-migrate.yaml', `controlTable: ${uniqueName('ctl')}\n`);
    p.write(`tables/${name}.yaml`, tableYaml(name));
    p.write(
      'migrations/0001_marker.mjs',
      [
        "import { appendFileSync } from 'node:fs';",
        `appendFileSync(${JSON.stringify(marker)}, 'ran\\n');`,
        'console.log("AWS_SECRET_ACCESS_KEY=" + (process.env.AWS_SECRET_ACCESS_KEY ?? ""));',
        `export const meta = { phase: 'after', tables: ['${name}'], description: 'writes a marker' };`,
        'export async function up() {}',
        '',
      ].join('\n'),
    );
    const target = ['--dir', p.dir, ...e.target()];
    const readOnly = [
      ['plan', ...target, '--detailed-exitcode'],
      ['plan', ...target, '--format', 'json'],
      ['plan', ...target, '--format', 'markdown'],
      ['plan', ...target, '--out', join(p.dir, 'plan.json')],
      ['drift', ...target],
      ['history', ...target],
    ];
    for (const args of readOnly) {
      const res = await runCli(args);
      expect(res.code, `${args.join(' ')}: ${res.err}`).to.be.oneOf([0, 2]);
      expect(existsSync(marker), `${args[0]} ${args.slice(-2).join(' ')} ran the migration's top level`).to.equal(false);
    }
    const plan = await runCli(['plan', ...target, '--format', 'json']);
    expect(plan.out).to.contain('0001_marker').and.contain('writes a marker');

    const apply = await runCli(['apply', ...target, '--yes']);
    expect(apply.code, apply.err).to.equal(0);
    expect(readFileSync(marker, 'utf8')).to.contain('ran');
  });

  it('an unedited `migration new` skeleton: plan warns, apply refuses MIGRATION_UNEDITED (exit 1) and records nothing; once edited it runs', async () => {
    const name = uniqueName('skel');
    const p = e.project({ 'ddb-migrate.yaml': `controlTable: ${uniqueName('ctl')}\n`, [`tables/${name}.yaml`]: tableYaml(name) });
    const target = ['--dir', p.dir, ...e.target()];
    const created = await runCli(['migration', 'new', 'fill_later', '--dir', p.dir]);
    expect(created.code, created.err).to.equal(0);
    const file = 'migrations/0001_fill_later.ts';

    const plan = await runCli(['plan', ...target]);
    expect(plan.err).to.contain('MIGRATION_UNEDITED').and.contain(file);

    const refused = await runCli(['apply', ...target, '--yes']);
    expect(refused.code).to.equal(1);
    expect(refused.err).to.contain('MIGRATION_UNEDITED').and.contain(file);
    expect((await runCli(['plan', ...target, '--detailed-exitcode'])).code, 'the table was not created either').to.equal(2);

    // The user writes the migration and removes the marker line: it runs, and is not MIGRATION_CHANGED.
    const text = readFileSync(join(p.dir, file), 'utf8');
    p.write(file, text.split('\n').slice(1).join('\n').replace('void ctx;', 'ctx.log("written");'));
    const applied = await runCli(['apply', ...target, '--yes']);
    expect(applied.code, applied.err).to.equal(0);
    expect(applied.err).to.contain('written');
  });
});
