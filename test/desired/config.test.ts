/** ddb-migrate.yaml validation and target resolution: flags > config > AWS env vars > defaults. */
import { expect } from 'chai';
import { DdbMigrateError } from '../../src/model/errors.js';
import { checkConfig, loadConfig, resolveTarget, resolveTargetWith, type ProjectConfig } from '../../src/desired/config.js';
import { projectDir, removeProjectDirs, shown } from './project-dir.js';
import { EXAMPLE_PROJECT } from '../support/inputs.js';

const CONFIG: ProjectConfig = {
  default: null,
  exists: true,
  environments: {
    prod: { region: 'eu-west-1', profile: 'prod-admin', protected: true, fixtures: false },
    staging: { endpoint: 'https://dynamodb.staging.example' },
    dev: { local: true, endpoint: 'http://localhost:8001' },
    local: { fixtures: false },
  },
};
const NO_ENV = {};
const AWS_ENV = { AWS_REGION: 'ap-south-1', AWS_DEFAULT_REGION: 'sa-east-1', AWS_PROFILE: 'from-env', AWS_ENDPOINT_URL: 'http://generic:1', AWS_ENDPOINT_URL_DYNAMODB: 'http://ddb:2' };

describe('config', () => {
  after(removeProjectDirs);

  describe('resolveTarget', () => {
    it('no flags, no config: AWS defaults', () => {
      expect(resolveTargetWith({ default: null, environments: {}, exists: false }, {}, NO_ENV)).to.deep.equal({
        envName: null, endpoint: null, region: 'us-east-1', profile: null, protected: false, fixtures: false, fixturesSetting: null, local: false,
      });
    });

    it('AWS env vars over defaults; AWS_ENDPOINT_URL_DYNAMODB over AWS_ENDPOINT_URL, AWS_REGION over AWS_DEFAULT_REGION', () => {
      const t = resolveTargetWith({ default: null, environments: {}, exists: false }, {}, AWS_ENV);
      expect([t.region, t.profile, t.endpoint]).to.deep.equal(['ap-south-1', 'from-env', 'http://ddb:2']);
      const t2 = resolveTargetWith(CONFIG, {}, { AWS_DEFAULT_REGION: 'sa-east-1', AWS_ENDPOINT_URL: 'http://generic:1' });
      expect([t2.region, t2.endpoint]).to.deep.equal(['sa-east-1', 'http://generic:1']);
    });

    it('config entry over AWS env vars', () => {
      expect(resolveTargetWith(CONFIG, { env: 'prod' }, AWS_ENV)).to.deep.equal({
        envName: 'prod', endpoint: 'http://ddb:2', region: 'eu-west-1', profile: 'prod-admin', protected: true, fixtures: false, fixturesSetting: false, local: false,
      });
      expect(resolveTargetWith(CONFIG, { env: 'staging' }, AWS_ENV).endpoint).to.equal('https://dynamodb.staging.example');
    });

    it('flags over the config entry', () => {
      const t = resolveTargetWith(CONFIG, { env: 'prod', region: 'us-west-2', profile: 'me', endpointUrl: 'http://x:9' }, AWS_ENV);
      expect([t.region, t.profile, t.endpoint, t.protected]).to.deep.equal(['us-west-2', 'me', 'http://x:9', true]);
    });

    it('--local: the local defaults merged with the config entry named local', () => {
      expect(resolveTargetWith(CONFIG, { local: true }, AWS_ENV)).to.deep.equal({
        envName: 'local', local: true, endpoint: null, region: 'local', profile: null, protected: false, fixtures: false, fixturesSetting: false,
      });
      expect(resolveTargetWith({ default: null, environments: {}, exists: false }, { local: true }, AWS_ENV)).to.deep.equal({
        envName: 'local', local: true, endpoint: null, region: 'local', profile: null, protected: false, fixtures: true, fixturesSetting: null,
      });
    });

    it('an environment with local: true behaves like --local', () => {
      expect(resolveTargetWith(CONFIG, { env: 'dev' }, AWS_ENV)).to.deep.equal({
        envName: 'dev', local: true, endpoint: 'http://localhost:8001', region: 'local', profile: null, protected: false, fixtures: true, fixturesSetting: null,
      });
    });

    it('local: true pointed off this machine gets no fixtures by default (local comes from the endpoint)', () => {
      const cfg: ProjectConfig = { ...CONFIG, environments: { ...CONFIG.environments, remote: { local: true, endpoint: 'http://127.0.0.2:8000' } } };
      expect(resolveTargetWith(cfg, { env: 'remote' }, NO_ENV)).to.include({ local: true, fixtures: false });
      expect(resolveTargetWith({ ...CONFIG, environments: {} }, { env: 'local', endpointUrl: 'http://10.0.0.5:8000' }, NO_ENV)).to.include({ fixtures: false });
    });

    it('no target flag: the config default environment; --endpoint-url alone does not use it', () => {
      const cfg = { ...CONFIG, default: 'prod' };
      expect(resolveTargetWith(cfg, { region: 'us-west-1' }, NO_ENV)).to.include({ envName: 'prod', region: 'us-west-1', protected: true });
      expect(resolveTargetWith(cfg, { endpointUrl: 'http://h:1' }, NO_ENV)).to.include({ envName: null, endpoint: 'http://h:1', fixtures: false, protected: false });
      // Regression: an AWS endpoint URL (FIPS, VPC) must never get seed data by default.
      expect(resolveTargetWith(cfg, { endpointUrl: 'https://dynamodb-fips.us-east-1.amazonaws.com' }, NO_ENV)).to.include({ fixtures: false });
      expect(resolveTargetWith(cfg, { endpointUrl: 'http://localhost:8001' }, NO_ENV)).to.include({ fixtures: true });
    });

    it('refuses an unknown environment and --local with another --env', () => {
      expect(() => resolveTargetWith(CONFIG, { env: 'qa' }, NO_ENV)).to.throw(DdbMigrateError).with.property('problems').that.satisfies((ps: { code: string }[]) => ps[0]?.code === 'CONFIG_UNKNOWN_ENV');
      expect(() => resolveTargetWith(CONFIG, { env: 'prod', local: true }, NO_ENV)).to.throw(DdbMigrateError, /CONFIG_TARGET_CONFLICT/);
    });

    it('reads ddb-migrate.yaml from the directory (the example project)', async () => {
      expect(await resolveTarget(EXAMPLE_PROJECT, { env: 'prod' }, NO_ENV)).to.deep.equal({
        envName: 'prod', endpoint: null, region: 'us-east-1', profile: null, protected: true, fixtures: false, fixturesSetting: false, local: false,
      });
      expect(await resolveTarget(EXAMPLE_PROJECT, { local: true }, NO_ENV)).to.include({ envName: 'local', local: true, fixtures: true, protected: false });
    });
  });

  describe('ddb-migrate.yaml', () => {
    it('missing file: empty configuration', async () => {
      expect(await loadConfig(await projectDir({}))).to.deep.equal({ default: null, environments: {}, exists: false });
    });

    it('an empty file is an empty configuration', async () => {
      expect((await loadConfig(await projectDir({ 'ddb-migrate.yaml': '# nothing yet\n' }))).exists).to.equal(true);
    });

    const BAD: readonly [string, string, string, number, string][] = [
      ['unknown field', 'environments:\n  prod:\n    regoin: us-east-1\n', 'CONFIG_UNKNOWN_FIELD', 3, 'environments.prod.regoin'],
      ['wrong type', 'environments:\n  prod:\n    protected: "yes"\n', 'CONFIG_TYPE', 3, 'environments.prod.protected'],
      ['bad endpoint', 'environments:\n  dev:\n    endpoint: localhost:8000\n', 'CONFIG_VALUE', 3, 'environments.dev.endpoint'],
      ['unknown default', 'default: qa\nenvironments:\n  prod: {}\n', 'CONFIG_UNKNOWN_ENV', 1, 'default'],
      ['syntax', 'environments:\n  prod: { region: x\n', 'CONFIG_YAML_SYNTAX', 2, ''],
      ['top-level typo', 'enviroments: {}\n', 'CONFIG_UNKNOWN_FIELD', 1, 'enviroments'],
    ];
    for (const [what, yaml, code, line, field] of BAD)
      it(`${what}: ${code} at line ${line}`, async () => {
        const dir = await projectDir({ 'ddb-migrate.yaml': yaml });
        const { problems } = await checkConfig(dir);
        expect(problems).to.have.length(1);
        expect(problems[0]).to.deep.include({ code, location: { file: shown(dir, 'ddb-migrate.yaml'), line, col: problems[0]?.location?.col ?? 0 } });
        expect(problems[0]?.field ?? '').to.equal(field);
      });
  });
});
