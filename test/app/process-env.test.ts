/** The `processEnv` option reaches what ddb-migrate itself reads: the local-credentials choice and the profile files named in messages. */
import { expect } from 'chai';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { DdbMigrateError, planProject } from '../../src/index.js';
import { refusedEndpoint } from '../support/bad-servers.js';
import { TempProject } from '../support/cli.js';

const tableYaml = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('app API: processEnv', () => {
  let project: TempProject;
  let endpoint = '';
  before(async () => {
    project = new TempProject({ 'tables/api-env.yaml': tableYaml('api-env') });
    endpoint = await refusedEndpoint();
  });
  after(() => project.remove());

  const rejection = (p: Promise<unknown>) => p.then(() => { throw new Error('expected a rejection'); }, (e: unknown) => e as DdbMigrateError);

  it('a missing profile is said with the profile files processEnv names (AWS_CONFIG_FILE, AWS_SHARED_CREDENTIALS_FILE)', async () => {
    const files = { AWS_CONFIG_FILE: join(project.dir, 'no-config'), AWS_SHARED_CREDENTIALS_FILE: join(project.dir, 'no-credentials') };
    const e = await rejection(planProject({ dir: project.dir, endpointUrl: endpoint, region: 'local', profile: 'ddbm-api-no-such-profile', processEnv: files }));
    expect(e).to.be.instanceOf(DdbMigrateError);
    expect(e.problems[0]?.code).to.equal('AWS_PROFILE_NOT_FOUND');
    expect(e.problems[0]?.message).to.include(files.AWS_CONFIG_FILE).and.include(files.AWS_SHARED_CREDENTIALS_FILE);
  });

  it("AWS_ACCESS_KEY_ID in processEnv means configured credentials: a local endpoint gets no dummy ones (the SDK's chain is asked)", async function () {
    // The SDK's chain reads the real environment: only meaningful where it finds no credentials.
    if (process.env['AWS_ACCESS_KEY_ID'] || process.env['AWS_PROFILE'] || existsSync(join(homedir(), '.aws'))) this.skip();
    const ok = await rejection(planProject({ dir: project.dir, endpointUrl: endpoint, region: 'local', processEnv: {} }));
    expect(ok.problems[0]?.code, 'without it: dummy credentials, then the refused port').to.equal('ENDPOINT_REFUSED');
    const e = await rejection(planProject({ dir: project.dir, endpointUrl: endpoint, region: 'local', processEnv: { AWS_ACCESS_KEY_ID: 'AKIAELSEWHERE' } }));
    expect(e.problems[0]?.code).to.equal('AWS_CREDENTIALS');
  });
});
