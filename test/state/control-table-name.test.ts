/** `controlTable:` in ddb-migrate.yaml: optional, validated, and the default otherwise. */
import { expect } from 'chai';
import { checkConfig } from '../../src/desired/config.js';
import { controlTableName, DEFAULT_CONTROL_TABLE } from '../../src/state/control-table.js';
import { runValidate } from '../../src/desired/validate.js';
import { runCli, TempProject } from '../support/cli.js';
import { shown } from '../desired/project-dir.js';

describe('state: control table name', () => {
  const projects: TempProject[] = [];
  const project = (yaml: string | null) => {
    const p = new TempProject(yaml === null ? {} : { 'ddb-migrate.yaml': yaml });
    projects.push(p);
    return p.dir;
  };
  after(() => projects.forEach((p) => p.remove()));

  it('defaults to ddb-migrate-state without a config file or without the field', async () => {
    expect(DEFAULT_CONTROL_TABLE).to.equal('ddb-migrate-state');
    expect(controlTableName((await checkConfig(project(null))).config)).to.equal('ddb-migrate-state');
    expect(controlTableName((await checkConfig(project('environments: { dev: { region: eu-west-1 } }\n'))).config)).to.equal('ddb-migrate-state');
  });

  it('takes controlTable from ddb-migrate.yaml', async () => {
    const { config, problems } = await checkConfig(project('controlTable: team-a.ddb-migrate\n'));
    expect(problems).to.deep.equal([]);
    expect(controlTableName(config)).to.equal('team-a.ddb-migrate');
  });

  it('rejects a name DynamoDB would not accept, at its line', async () => {
    const { problems } = await checkConfig(project('environments: {}\ncontrolTable: "bad name"\n'));
    expect(problems.map((p) => [p.code, p.location?.line])).to.deep.equal([['CONFIG_VALUE', 2]]);
  });

  it('refuses a controlTable that is also a declared table (CONFIG_CONTROL_TABLE_DECLARED at its line); validate, plan, apply and drop all stop there', async () => {
    const p = new TempProject({
      'ddb-migrate.yaml': 'environments: {}\ncontrolTable: appdata\n',
      'tables/appdata.yaml': 'table: appdata\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n',
    });
    projects.push(p);
    const problems = await runValidate(p.dir, { fixtures: false });
    expect(problems.map((x) => [x.code, x.location?.file, x.location?.line])).to.deep.equal([['CONFIG_CONTROL_TABLE_DECLARED', shown(p.dir, 'ddb-migrate.yaml'), 2]]);
    expect(problems[0]?.message).to.contain('tables/appdata.yaml');
    // Refused before any call: the endpoint below does not exist, and no command gets as far as trying it.
    for (const args of [['validate'], ['plan'], ['apply', '--yes'], ['drop', '--allow-destructive', '--yes']]) {
      const res = await runCli([...args, '--dir', p.dir, ...(args[0] === 'validate' ? [] : ['--endpoint-url', 'http://127.0.0.1:9', '--region', 'local'])]);
      expect(res.code, `${args[0]}: ${res.err}`).to.equal(1);
      expect(res.err).to.contain('CONFIG_CONTROL_TABLE_DECLARED').and.contain('ddb-migrate.yaml:2');
    }
  });
});
