import { expect } from 'chai';
import { runCli, TempProject } from '../support/cli.js';
import { refusedEndpoint, startBadServer, type BadServer, type BadServerKind } from '../support/bad-servers.js';

/** Every command that talks to an endpoint, with the flags that let it run unattended. */
const COMMANDS: readonly (readonly string[])[] = [
  ['plan'],
  ['apply', '--yes'],
  ['seed'],
  ['drift'],
  ['history'],
  ['drop', '--allow-destructive', '--yes'],
  ['reset', '--force', '--yes'],
  ['import'],
];

/** What each misbehaving server must be reported as. */
const EXPECTED: Readonly<Record<BadServerKind, RegExp>> = {
  silent: /error ENDPOINT_NO_ANSWER: the endpoint did not answer within 0\.3 s \(http:\/\/127\.0\.0\.1:\d+\)/,
  'stalled-headers': /error ENDPOINT_NO_ANSWER: the endpoint did not answer within 0\.3 s \(http:\/\/127\.0\.0\.1:\d+\)/,
  garbage: /error ENDPOINT_NOT_HTTP: http:\/\/127\.0\.0\.1:\d+ answered with bytes that are not HTTP/,
  html: /error ENDPOINT_NOT_DYNAMODB: http:\/\/127\.0\.0\.1:\d+ answered HTTP 200 with an HTML page/,
};

/** Well within the test's timeout: 3 SDK attempts of 0.3 s plus backoff, per command. */
const COMMAND_BUDGET_MS = 8_000;

const spec = 'table: dead-things\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n';

describe('dead and wrong endpoints: every command ends with a named error', function () {
  this.timeout(120_000);
  let project: TempProject;
  before(() => {
    project = new TempProject({ 'tables/dead-things.yaml': spec, 'fixtures/dead-things/items.yaml': 'items:\n  - { pk: a }\n' });
  });
  after(() => project.remove());

  for (const kind of Object.keys(EXPECTED) as BadServerKind[]) {
    describe(`a server that ${kind === 'silent' ? 'accepts and never answers' : kind === 'stalled-headers' ? 'never finishes its headers' : kind === 'garbage' ? 'answers bytes that are not HTTP' : 'answers an HTML 200 page'}`, () => {
      let server: BadServer;
      before(async () => {
        server = await startBadServer(kind);
      });
      after(() => server.close());

      for (const command of COMMANDS) {
        it(`${command.join(' ')}: exit 1 with ${EXPECTED[kind].source.split(':')[0]?.replace('error ', '')}`, async () => {
          const started = Date.now();
          const r = await runCli([...command, '--dir', project.dir, '--endpoint-url', server.endpoint, '--region', 'local', '--request-timeout', '300ms']);
          const took = Date.now() - started;
          expect(r.err, r.err).to.match(EXPECTED[kind]);
          expect(r.err).to.not.match(/INTERNAL|Check credentials|still throttled/);
          expect(r.code, r.err).to.equal(1);
          expect(took, r.err).to.be.below(COMMAND_BUDGET_MS);
          // Nothing of the command is left behind: its client closed every connection it opened.
          for (let i = 0; i < 40 && server.openConnections() > 0; i++) await new Promise((res) => setTimeout(res, 25));
          expect(server.openConnections(), 'connections left open').to.equal(0);
        });
      }
    });
  }

  describe('a port nothing listens on', () => {
    for (const command of COMMANDS) {
      it(`${command.join(' ')}: ENDPOINT_REFUSED naming the endpoint, not "kept throttling"`, async () => {
        const endpoint = await refusedEndpoint();
        const r = await runCli([...command, '--dir', project.dir, '--endpoint-url', endpoint, '--region', 'local', '--request-timeout', '300ms']);
        expect(r.err, r.err).to.include(`error ENDPOINT_REFUSED: nothing is listening at ${endpoint}`);
        expect(r.err).to.not.match(/INTERNAL|kept throttling|Check credentials/);
        expect(r.code, r.err).to.equal(1);
      });
    }
  });
});
