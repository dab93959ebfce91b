/** The app functions throw the one error shape: an endpoint or SDK failure is a DdbMigrateError by cause, not a raw SDK error. */
import { expect } from 'chai';
import { applyProject, DdbMigrateError, driftProject, history, planProject } from '../../src/index.js';
import { refusedEndpoint, startBadServer, type BadServer } from '../support/bad-servers.js';
import { TempProject } from '../support/cli.js';

const tableYaml = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('app API: endpoint failures are DdbMigrateError', () => {
  let project: TempProject;
  let refused = '';
  let html: BadServer;
  before(async () => {
    project = new TempProject({ 'tables/api-errors.yaml': tableYaml('api-errors') });
    refused = await refusedEndpoint();
    html = await startBadServer('html');
  });
  after(async () => {
    project.remove();
    await html.close();
  });

  const rejection = (p: Promise<unknown>) =>
    p.then(
      () => {
        throw new Error('expected a rejection');
      },
      (e: unknown) => e,
    );

  it('a call against a refused port rejects with ENDPOINT_REFUSED naming the endpoint (plan, apply, drift, history)', async () => {
    const opts = { dir: project.dir, endpointUrl: refused, region: 'local' };
    for (const call of [() => planProject(opts), () => applyProject({ ...opts, yes: true }), () => driftProject(opts), () => history(opts)]) {
      const e = await rejection(call());
      expect(e).to.be.instanceOf(DdbMigrateError);
      const error = e as DdbMigrateError;
      expect(error.exitCode).to.equal(1);
      expect(error.problems.map((p) => p.code)).to.deep.equal(['ENDPOINT_REFUSED']);
      expect(error.problems[0]?.message).to.include(refused);
      expect((error as { cause?: unknown }).cause, 'the SDK error is kept as cause').to.be.instanceOf(Error);
    }
  });

  it('an HTML answer is ENDPOINT_NOT_DYNAMODB', async () => {
    const e = await rejection(planProject({ dir: project.dir, endpointUrl: html.endpoint, region: 'local' }));
    expect((e as DdbMigrateError).problems?.[0]?.code).to.equal('ENDPOINT_NOT_DYNAMODB');
  });
});
