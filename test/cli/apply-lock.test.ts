import { expect } from 'chai';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DEFAULT_CONTROL_TABLE } from '../../src/state/control-table.js';
import { listHistory } from '../../src/state/history.js';
import { runCli, TempProject } from '../support/cli.js';
import { engineClient, sharedEngine, uniqueName } from '../support/engine.js';

const tableYaml = (name: string) => `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
globalSecondaryIndexes:
  - { name: by-a, partitionKey: { name: a, type: S }, projection: KEYS_ONLY }
`;

describe('cli: apply lock and history @engine', function () {
  this.timeout(120_000);
  let endpoint: string;
  let client: DynamoDBClient;
  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = engineClient(endpoint);
  });
  after(() => client.destroy());

  it('two applies started at the same moment never interleave: one waits, re-plans, and finds nothing to do', async () => {
    const name = uniqueName('lock');
    const p = new TempProject({ [`tables/${name}.yaml`]: tableYaml(name) });
    try {
      const args = ['apply', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--yes', '--lock-timeout', '60s'];
      const [a, b] = await Promise.all([runCli(args), runCli(args)]);
      expect([a.code, b.code], a.err + b.err).to.deep.equal([0, 0]);

      const plan = await runCli(['plan', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--detailed-exitcode']);
      expect(plan.code, plan.out).to.equal(0);

      const records = await listHistory(client, DEFAULT_CONTROL_TABLE, { table: name });
      // Both runs planned "create" before the lock; only the one that ran first may have created it.
      const creators = records.filter((r) => r.steps.some((s) => s.description.startsWith('create table')));
      expect(creators, JSON.stringify(records, null, 1)).to.have.length(1);
      expect(creators[0]?.result).to.equal('success');
    } finally {
      p.remove();
    }
  });

  it('with --lock-timeout 0s the second apply is refused with exit 3 (LOCK_HELD) while the first holds the lock', async () => {
    const name = uniqueName('lock0');
    const p = new TempProject({ [`tables/${name}.yaml`]: tableYaml(name) });
    try {
      const args = ['apply', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--yes', '--no-fixtures'];
      const { acquireLock } = await import('../../src/state/lock.js');
      const held = await acquireLock(client, { table: DEFAULT_CONTROL_TABLE, scope: 'apply', owner: 'test holder', leaseMs: 60_000, waitMs: 0 });
      try {
        const refused = await runCli([...args, '--lock-timeout', '0s']);
        expect(refused.code).to.equal(3);
        expect(refused.err).to.match(/LOCK_HELD/).and.match(/test holder/);
        const plan = await runCli(['plan', '--dir', p.dir, '--endpoint-url', endpoint, '--region', 'local', '--detailed-exitcode']);
        expect(plan.code, 'nothing was created').to.equal(2);
      } finally {
        await held.release();
      }
      expect((await runCli(args)).code).to.equal(0);
    } finally {
      p.remove();
    }
  });
});
