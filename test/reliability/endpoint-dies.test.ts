import { expect } from 'chai';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/io.js';
import { startFaultProxy, type FaultProxy } from '../support/fault-proxy.js';
import { TempProject } from '../support/cli.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

const spec = (name: string) => `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`;

describe('the endpoint dies in the middle of apply @engine', function () {
  this.timeout(120_000);
  let proxy: FaultProxy;
  before(async () => {
    proxy = await startFaultProxy({ target: (await sharedEngine()).endpoint });
  });
  after(() => proxy.close());

  it('names the cause (connection refused), prints the apply report, and says the lock is left because the endpoint is gone', async () => {
    const [a, b] = [uniqueName('die-a'), uniqueName('die-b')];
    const p = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${uniqueName('ctl')}\n`, [`tables/${a}.yaml`]: spec(a), [`tables/${b}.yaml`]: spec(b) });
    let out = '';
    let err = '';
    let killed = false;
    const io: Io = {
      out: (t) => (out += `${t}\n`),
      err: (t) => {
        err += `${t}\n`;
        // The first step has started: the engine goes away (a killed DynamoDB Local).
        if (!killed && /^\[1\/2\]/.test(t)) {
          killed = true;
          void proxy.close();
        }
      },
      isTTY: false,
      color: false,
    };
    try {
      const code = await main(['apply', '--yes', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--request-timeout', '2s'], io);
      expect(killed, err).to.equal(true);
      expect(code, err).to.equal(1);
      expect(out, err).to.match(/Apply report:\n.*create table.*FAILED/);
      expect(err).to.match(new RegExp(`error ENDPOINT_REFUSED: create table .* failed: nothing is listening at ${proxy.endpoint.replace(/[.]/g, '\\.')}`));
      expect(err, err).to.match(/could not release the apply lock \(the endpoint could not be reached: .*connection refused\)\); it is left until its lease ends/);
      expect(err).to.not.match(/AWS_Error|INTERNAL|still throttled/);
    } finally {
      p.remove();
    }
  });
});

describe('the endpoint dies in the middle of seed @engine', function () {
  this.timeout(120_000);

  it('names the cause (connection refused) within seconds, not "still throttled … raise the write capacity" after a minute', async () => {
    const engine = (await sharedEngine()).endpoint;
    const name = uniqueName('die-seed');
    const p = new TempProject({
      [`tables/${name}.yaml`]: spec(name),
      [`fixtures/${name}/01.yaml`]: 'items:\n  - repeat: 20000\n    items: [{ pk: "p${i}", body: "an item of some size to keep the loader busy for a while" }]\n',
    });
    const proxy = await startFaultProxy({ target: engine });
    let err = '';
    const io: Io = { out: () => undefined, err: (t) => (err += `${t}\n`), isTTY: false, color: false };
    // The table exists; the proxy goes away once the loader's first batches went through it.
    const killer = setInterval(() => {
      if (proxy.counts.forwardedItems > 0) {
        clearInterval(killer);
        void proxy.close();
      }
    }, 5);
    try {
      expect(await main(['apply', '--yes', '--no-fixtures', '--dir', p.dir, '--endpoint-url', engine, '--region', 'local'], io), err).to.equal(0);
      err = '';
      const started = Date.now();
      const code = await main(['seed', '--dir', p.dir, '--endpoint-url', proxy.endpoint, '--region', 'local', '--request-timeout', '2s'], io);
      expect(proxy.counts.forwardedItems, err).to.be.above(0);
      expect(code, err).to.equal(1);
      expect(err).to.match(new RegExp(`ENDPOINT_REFUSED.*nothing is listening at ${proxy.endpoint.replace(/[.]/g, '\\.')}`));
      expect(err).to.not.match(/still throttled|raise the table|INTERNAL|AWS_Error/);
      // The batches the proxy took when it closed may have reached the table: not said to be unwritten.
      expect(err).to.match(/FIXTURE_LOAD_INCOMPLETE: \d+ items? written to .* before the failure; the batches in flight when the endpoint failed may or may not have been written/);
      expect(Date.now() - started, err).to.be.below(30_000);
    } finally {
      clearInterval(killer);
      await proxy.close().catch(() => undefined);
      p.remove();
    }
  });
});
