/** loadTables / checkTables over whole projects: all problems at once, environments, sorting. */
import { expect } from 'chai';
import { DdbMigrateError } from '../../src/model/errors.js';
import { checkTables, loadTables } from '../../src/desired/load-tables.js';
import { projectDir, removeProjectDirs, shown, tableYaml } from './project-dir.js';

async function thrown(p: Promise<unknown>): Promise<DdbMigrateError> {
  try {
    await p;
  } catch (e) {
    expect(e).to.be.instanceOf(DdbMigrateError);
    return e as DdbMigrateError;
  }
  throw new Error('expected a DdbMigrateError');
}

describe('loadTables', () => {
  after(removeProjectDirs);

  it('reports every problem of every file in one error, exit 1', async () => {
    const dir = await projectDir({
      'tables/one.yaml': tableYaml('one', 'globalIndexes: []\nstream: YES\n'),
      'tables/two.yml': tableYaml('two', 'billing: { mode: PROVISIONED, read: 5 }\n'),
      'tables/three.yaml': 'table: three\npartitionKey: [\n',
      'tables/fine.yaml': tableYaml('fine'),
      'tables/notes.txt': 'not a table',
    });
    const err = await thrown(loadTables(dir, null));
    expect(err.exitCode).to.equal(1);
    expect(err.problems.map((p) => [p.location?.file, p.code])).to.deep.equal([
      [shown(dir, 'tables/one.yaml'), 'SPEC_UNKNOWN_FIELD'],
      [shown(dir, 'tables/one.yaml'), 'SPEC_ENUM'],
      [shown(dir, 'tables/three.yaml'), 'SPEC_YAML_SYNTAX'],
      [shown(dir, 'tables/two.yml'), 'SPEC_BILLING_CAPACITY'],
    ]);
  });

  it('returns shapes sorted by table name, with .yml files too', async () => {
    const dir = await projectDir({
      'tables/zebra.yaml': tableYaml('zebra'),
      'tables/alpha.yml': tableYaml('alpha'),
      'tables/middle.yaml': tableYaml('middle'),
    });
    expect((await loadTables(dir, null)).map((t) => t.name)).to.deep.equal(['alpha', 'middle', 'zebra']);
  });

  it('no tables/ directory: loadTables refuses it (commands that act), validate only warns', async () => {
    const dir = await projectDir({});
    const err = await loadTables(dir, null).then(() => null, (e: unknown) => e);
    expect(err).to.be.instanceOf(DdbMigrateError);
    expect((err as DdbMigrateError).problems.map((p) => [p.code, p.severity])).to.deep.equal([['SPEC_NO_TABLES_DIR', 'error']]);
    const { problems } = await checkTables(dir);
    expect(problems.map((p) => [p.code, p.severity])).to.deep.equal([['SPEC_NO_TABLES_DIR', 'warning']]);
  });

  it('refuses a table declared in two files', async () => {
    const dir = await projectDir({ 'tables/orders.yaml': tableYaml('orders'), 'tables/orders-copy.yaml': tableYaml('orders') });
    const err = await thrown(loadTables(dir, null));
    const dup = err.problems.find((p) => p.code === 'SPEC_DUPLICATE_TABLE');
    expect(dup?.location).to.deep.equal({ file: shown(dir, 'tables/orders.yaml'), line: 1, col: 8 });
    expect(dup?.message).to.contain(shown(dir, 'tables/orders-copy.yaml'));
  });

  it('warns (does not fail) when the file name is not the table name', async () => {
    const dir = await projectDir({ 'tables/misnamed.yaml': tableYaml('orders') });
    const { problems, tables } = await checkTables(dir);
    expect(problems.map((p) => [p.code, p.severity, p.field])).to.deep.equal([['SPEC_FILE_NAME_MISMATCH', 'warning', 'table']]);
    expect(tables).to.have.length(1);
    expect(await loadTables(dir, null)).to.have.length(1);
  });

  it('validates each environment merged result and says which environment', async () => {
    const dir = await projectDir({
      'ddb-migrate.yaml': 'environments:\n  prod: {}\n  dev: {}\n',
      'tables/envs.yaml': tableYaml(
        'envs',
        'environments:\n  prod:\n    localSecondaryIndexes:\n      - { name: lsi-1, sortKey: { name: sk, type: N } }\n  dev:\n    stream: KEYS_ONLY\n',
      ),
    });
    const err = await thrown(loadTables(dir, 'dev'));
    expect(err.problems).to.have.length(1);
    expect(err.problems[0]).to.include({ code: 'SPEC_KEY_TYPE_CONFLICT', field: 'environments.prod.localSecondaryIndexes[0].sortKey.type' });
    expect(err.problems[0]?.message).to.contain("in environment 'prod'");
    expect(err.problems[0]?.location?.line).to.equal(7);
  });

  it('a problem of the base is reported once, not again per environment', async () => {
    const dir = await projectDir({
      'ddb-migrate.yaml': 'environments:\n  a: {}\n  b: {}\n',
      'tables/base.yaml': 'table: base\npartitionKey: { name: pk, type: S }\nlocalSecondaryIndexes:\n  - { name: lsi-1, sortKey: { name: s, type: S } }\nenvironments:\n  a: { stream: NEW_IMAGE }\n  b: { deletionProtection: true }\n',
    });
    const err = await thrown(loadTables(dir, null));
    expect(err.problems.map((p) => p.code)).to.deep.equal(['SPEC_LSI_NEEDS_SORT_KEY']);
  });

  it('refuses an environment ddb-migrate.yaml does not define; local is always defined', async () => {
    const dir = await projectDir({ 'ddb-migrate.yaml': 'environments:\n  prod: {}\n', 'tables/t-1.yaml': tableYaml('t-1') });
    const err = await thrown(loadTables(dir, 'staging'));
    expect(err.problems.map((p) => p.code)).to.deep.equal(['CONFIG_UNKNOWN_ENV']);
    expect(err.problems[0]?.hint).to.contain('prod');
    expect(await loadTables(dir, 'local')).to.have.length(1);
    expect(await loadTables(dir, 'prod')).to.have.length(1);
  });

  it('warns about overrides for an environment the config does not define', async () => {
    const dir = await projectDir({
      'ddb-migrate.yaml': 'environments:\n  prod: {}\n',
      'tables/t-1.yaml': tableYaml('t-1', 'environments:\n  prdo: { deletionProtection: true }\n'),
    });
    const { problems } = await checkTables(dir);
    expect(problems.map((p) => [p.code, p.severity, p.location?.line])).to.deep.equal([['SPEC_UNKNOWN_ENV', 'warning', 5]]);
  });

  it('reports config problems together with table problems', async () => {
    const dir = await projectDir({
      'ddb-migrate.yaml': 'environments:\n  prod: { regoin: eu-west-1 }\n',
      'tables/t-1.yaml': tableYaml('t-1', 'tableClass: COLD\n'),
    });
    const err = await thrown(loadTables(dir, null));
    expect(err.problems.map((p) => [p.location?.file, p.code, p.hint])).to.deep.equal([
      [shown(dir, 'ddb-migrate.yaml'), 'CONFIG_UNKNOWN_FIELD', "Did you mean 'region'?"],
      [shown(dir, 'tables/t-1.yaml'), 'SPEC_ENUM', undefined],
    ]);
  });

  it('an environment name like a prototype key is just an unknown environment', async () => {
    const dir = await projectDir({ 'ddb-migrate.yaml': 'environments:\n  prod: {}\n', 'tables/t-1.yaml': tableYaml('t-1') });
    const err = await thrown(loadTables(dir, 'constructor'));
    expect(err.problems.map((p) => p.code)).to.deep.equal(['CONFIG_UNKNOWN_ENV']);
  });
});
