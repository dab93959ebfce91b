import { expect } from 'chai';
import { runCli, TempProject } from '../support/cli.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

describe('cli: plan flags that cannot be combined @engine', function () {
  this.timeout(60_000);
  let endpoint: string;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
  });

  it('plan --prune --table is a usage error (together they can never prune anything)', async () => {
    const name = uniqueName('prune-t');
    const p = new TempProject({ [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\n` });
    try {
      const r = await runCli(['plan', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--prune', '--table', name]);
      expect(r.code).to.equal(1);
      expect(r.err).to.match(/CLI_USAGE/).and.match(/--prune/);
    } finally {
      p.remove();
    }
  });
});
