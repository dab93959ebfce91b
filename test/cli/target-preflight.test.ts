import { expect } from 'chai';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, TempProject } from '../support/cli.js';

/**
 * Credentials and endpoint URLs are checked when the session opens, before any work and without
 * any network: AWS_* variables are cleared, the profile files are empty temp files, the EC2
 * instance metadata service is switched off, and the AWS environment's endpoint is a `.invalid`
 * host (RFC 2606), so nothing could reach AWS even if a check let a call through.
 */
describe('target preflight: endpoint URL, profile and credentials are checked before any work', () => {
  let saved: NodeJS.ProcessEnv;
  let home: string;
  let project: TempProject;
  before(() => {
    home = mkdtempSync(join(tmpdir(), 'ddbm-aws-'));
    writeFileSync(join(home, 'config'), '[profile dev]\nregion = eu-west-1\n');
    writeFileSync(join(home, 'credentials'), '');
    project = new TempProject({
      'ddb-migrate.yaml': 'environments:\n  prod: { region: eu-west-1, endpoint: "https://dynamodb.invalid" }\n',
      'tables/pre-things.yaml': 'table: pre-things\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n',
      'fixtures/pre-things/items.yaml': 'items:\n  - { pk: a }\n',
    });
  });
  after(() => {
    rmSync(home, { recursive: true, force: true });
    project.remove();
  });
  beforeEach(() => {
    saved = { ...process.env };
    for (const k of Object.keys(process.env)) if (k.startsWith('AWS_')) delete process.env[k];
    process.env['AWS_CONFIG_FILE'] = join(home, 'config');
    process.env['AWS_SHARED_CREDENTIALS_FILE'] = join(home, 'credentials');
    process.env['AWS_EC2_METADATA_DISABLED'] = 'true';
  });
  afterEach(() => {
    process.env = saved;
  });

  for (const command of [['plan'], ['seed'], ['history']]) {
    it(`${command[0]} --env prod with no credentials: AWS_CREDENTIALS with what to do, not INTERNAL or a fixture line`, async () => {
      const r = await runCli([...command, '--dir', project.dir, '--env', 'prod']);
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.match(/^error AWS_CREDENTIALS: no AWS credentials could be found through the default credential chain/m);
      expect(r.err).to.include('AWS_ACCESS_KEY_ID').and.include('aws sso login');
      expect(r.err).to.not.match(/INTERNAL|CredentialsProviderError:|fixtures\/|ENDPOINT_/);
    });
  }

  it('--profile nosuchprofile: AWS_PROFILE_NOT_FOUND naming the profile and both files', async () => {
    const r = await runCli(['plan', '--dir', project.dir, '--env', 'prod', '--profile', 'nosuchprofile']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include(`error AWS_PROFILE_NOT_FOUND (--profile): AWS profile 'nosuchprofile' is not defined in ${join(home, 'config')} or ${join(home, 'credentials')}`);
  });

  it('a defined profile without credentials: AWS_CREDENTIALS naming it and `aws sso login --profile`', async () => {
    const r = await runCli(['plan', '--dir', project.dir, '--env', 'prod', '--profile', 'dev']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/error AWS_CREDENTIALS: no AWS credentials could be found through profile 'dev'/).and.include('aws sso login --profile dev');
  });

  it('--endpoint-url "not a url": CLI_ENDPOINT_URL', async () => {
    const r = await runCli(['plan', '--dir', project.dir, '--endpoint-url', 'not a url', '--region', 'local']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include('error CLI_ENDPOINT_URL (--endpoint-url): --endpoint-url "not a url" is not an http:// or https:// URL');
  });

  it('AWS_ENDPOINT_URL_DYNAMODB that is not a URL: ENV_ENDPOINT_URL naming the variable', async () => {
    process.env['AWS_ENDPOINT_URL_DYNAMODB'] = 'dynamodb here';
    const r = await runCli(['plan', '--dir', project.dir]);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include('error ENV_ENDPOINT_URL (AWS_ENDPOINT_URL_DYNAMODB): AWS_ENDPOINT_URL_DYNAMODB "dynamodb here" is not an http');
  });

  it('--request-timeout 1000h: CLI_BAD_DURATION (a Node.js timer that long would fire after 1 ms)', async () => {
    const r = await runCli(['plan', '--dir', project.dir, '--endpoint-url', 'http://127.0.0.1:9', '--request-timeout', '1000h']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.include('CLI_BAD_DURATION (--request-timeout): --request-timeout "1000h" is longer than the longest timeout Node.js can set');
  });

  for (const bad of ['abc', '0', '0s']) {
    it(`--request-timeout ${bad}: CLI_BAD_DURATION (zero would mean no timeout at all)`, async () => {
      const r = await runCli(['plan', '--dir', project.dir, '--endpoint-url', 'http://127.0.0.1:9', '--request-timeout', bad]);
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.include('CLI_BAD_DURATION (--request-timeout)');
    });
  }
});
