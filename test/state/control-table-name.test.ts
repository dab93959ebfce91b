/** `controlTable:` in ddb-migrate.yaml: optional, validated, and the default otherwise. */
import { expect } from 'chai';
import { checkConfig } from '../../src/spec/config.js';
import { controlTableName, DEFAULT_CONTROL_TABLE } from '../../src/state/control-table.js';
import { TempProject } from '../support/cli.js';

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
});
