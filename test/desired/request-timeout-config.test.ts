import { expect } from 'chai';
import { checkConfig } from '../../src/desired/config-file.js';
import { runCli, TempProject } from '../support/cli.js';
import { startBadServer, type BadServer } from '../support/bad-servers.js';

const spec = 'table: slow-things\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n';

describe('spec: requestTimeout in ddb-migrate.yaml', function () {
  this.timeout(30_000);
  const projects: TempProject[] = [];
  const project = (config: string): TempProject => {
    const p = new TempProject({ 'ddb-migrate.yaml': config, 'tables/slow-things.yaml': spec });
    projects.push(p);
    return p;
  };
  after(() => projects.forEach((p) => p.remove()));

  it('takes a duration or a number of seconds, at the top level and per environment', async () => {
    const p = project('requestTimeout: 45s\nenvironments:\n  slow: { region: eu-west-1, requestTimeout: 2 }\n');
    const { config, problems } = await checkConfig(p.dir);
    expect(problems).to.deep.equal([]);
    expect(config.requestTimeout).to.equal('45s');
    expect(config.environments['slow']?.requestTimeout).to.equal(2);
  });

  for (const [yaml, line, field, reason] of [
    ['requestTimeout: 0s\n', 1, 'requestTimeout', 'must be longer than zero (a zero timeout would mean none at all); got "0s"'],
    ['requestTimeout: 1000h\n', 1, 'requestTimeout', 'is longer than the longest timeout Node.js can set (about 24 days); got "1000h"'],
    ['# top\nrequestTimeout: half a minute\n', 2, 'requestTimeout', 'is not a duration; got "half a minute"'],
    ['environments:\n  prod:\n    region: us-east-1\n    requestTimeout: 0\n', 4, 'environments.prod.requestTimeout', 'must be longer than zero (a zero timeout would mean none at all); got 0'],
    ['requestTimeout: -5\n', 1, 'requestTimeout', 'must be longer than zero (a zero timeout would mean none at all); got -5'],
  ] as const) {
    it(`refuses ${JSON.stringify(yaml.trim().split('\n').at(-1))} with CONFIG_VALUE at ddb-migrate.yaml:${line}`, async () => {
      const p = project(yaml);
      const { problems } = await checkConfig(p.dir);
      expect(problems).to.have.length(1);
      expect(problems[0]).to.include({ code: 'CONFIG_VALUE', field });
      expect(problems[0]?.message).to.include(`${field} ${reason}`);
      expect(problems[0]?.location?.line).to.equal(line);
      expect(problems[0]?.location?.file).to.match(/ddb-migrate\.yaml$/);
    });
  }

  it('refuses a list, or .inf ("got Infinity", not null), with CONFIG_TYPE', async () => {
    const { problems } = await checkConfig(project('requestTimeout: [10s]\n').dir);
    expect(problems.map((p) => p.code)).to.deep.equal(['CONFIG_TYPE']);
    const inf = await checkConfig(project('requestTimeout: .inf\n').dir);
    expect(inf.problems.map((p) => p.code)).to.deep.equal(['CONFIG_TYPE']);
    expect(inf.problems[0]?.message).to.include('got Infinity');
  });

  it('a bad value stops plan before any call: exit 1, ddb-migrate.yaml:line in the message', async () => {
    const p = project('requestTimeout: 0ms\n');
    const r = await runCli(['plan', '--dir', p.dir, '--endpoint-url', 'http://127.0.0.1:9', '--region', 'local']);
    expect(r.code, r.err).to.equal(1);
    expect(r.err).to.match(/ddb-migrate\.yaml:1:\d+: error CONFIG_VALUE \(requestTimeout\): requestTimeout must be longer than zero/);
  });

  describe('against a server that never answers', () => {
    let server: BadServer;
    before(async () => {
      server = await startBadServer('silent');
    });
    after(() => server.close());

    const planAgainst = (p: TempProject, extra: readonly string[] = []) => runCli(['plan', '--dir', p.dir, '--endpoint-url', server.endpoint, '--region', 'local', ...extra]);

    it('the top-level requestTimeout bounds every call', async () => {
      const r = await planAgainst(project('requestTimeout: 300ms\n'));
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.match(/error ENDPOINT_NO_ANSWER: the endpoint did not answer within 0\.3 s/);
    });

    it("the environment's requestTimeout wins over the top-level one", async () => {
      const p = project(`requestTimeout: 1m\nenvironments:\n  dead: { endpoint: "${server.endpoint}", region: local, requestTimeout: 400ms }\n`);
      const r = await runCli(['plan', '--dir', p.dir, '--env', 'dead']);
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.match(/did not answer within 0\.4 s/);
    });

    it('--request-timeout wins over ddb-migrate.yaml', async () => {
      const r = await planAgainst(project('requestTimeout: 1m\n'), ['--request-timeout', '200ms']);
      expect(r.code, r.err).to.equal(1);
      expect(r.err).to.match(/did not answer within 0\.2 s/);
    });
  });
});
