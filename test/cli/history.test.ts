/** `ddb-migrate history` end to end on the embedded engine, with a configured control table. */
import { expect } from 'chai';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { recordHistory } from '../../src/state/history.js';
import { historyRecord } from '../state/history-fixture.js';
import { runCli, TempProject } from '../support/cli.js';
import { sharedEngine, uniqueName } from '../support/engine.js';

describe('cli: history @engine', function () {
  this.timeout(60_000);
  let endpoint: string;
  let client: DynamoDBClient;
  let project: TempProject;
  let controlTable: string;
  const history = (...args: string[]) => runCli(['history', '--dir', project.dir, '--endpoint-url', endpoint, '--region', 'local', ...args]);

  before(async () => {
    endpoint = (await sharedEngine()).endpoint;
    client = createClient({ endpoint, region: 'local', profile: null });
    controlTable = uniqueName('ctl');
    project = new TempProject({ 'ddb-migrate.yaml': `controlTable: ${controlTable}\n` });
  });
  after(() => {
    client.destroy();
    project.remove();
  });

  it('says so when nothing was recorded yet (in the configured control table)', async () => {
    const res = await history();
    expect(res.code, res.err).to.equal(0);
    expect(res.out.trim()).to.equal(`No applies recorded yet in ${controlTable}.`);
  });

  it('an apply records itself: history shows it as a success that touched the table', async () => {
    const name = uniqueName('hist');
    project.write(`tables/${name}.yaml`, `table: ${name}\npartitionKey: { name: pk, type: S }\n`);
    const applied = await runCli(['apply', '--dir', project.dir, '--endpoint-url', endpoint, '--region', 'local', '--yes', '--no-fixtures']);
    expect(applied.code, applied.err).to.equal(0);
    const json = await history('--format', 'json', '--table', name);
    const doc = JSON.parse(json.out) as { records: { result: string; tables: string[]; steps: { status: string }[]; toolVersion: string }[] };
    expect(doc.records).to.have.length(1);
    expect(doc.records[0]).to.deep.include({ result: 'success', tables: [name] });
    expect(doc.records[0]?.steps.map((s) => s.status)).to.deep.equal(['done']);
  });

  it('lists the runs newest first, filters by --table, limits, and prints JSON', async () => {
    await recordHistory(client, controlTable, historyRecord(1, ['messages']));
    await recordHistory(client, controlTable, historyRecord(2, ['users'], { result: 'failed', error: 'boom' }));
    await recordHistory(client, controlTable, historyRecord(3, ['messages', 'users']));

    const all = await history();
    expect(all.code, all.err).to.equal(0);
    // Rows of the records written here (dated 2026-11-20); the apply above wrote one dated today.
    const rows = all.out.split('\n').filter((l) => /^2026-11-20 10:/.test(l));
    expect(rows.map((r) => r.split(/\s{2,}/)[1])).to.deep.equal(['success', 'failed', 'success']);
    expect(rows[0]).to.match(/^2026-11-20 10:03:00 .* messages, users .* run-3$/);
    expect(all.out).to.include('run-2: boom');

    const users = await history('--table', 'users', '--limit', '1');
    expect(users.out.split('\n').filter((l) => /^\d{4}-/.test(l))).to.have.length(1);
    expect(users.out).to.match(/run-3$/m);

    const json = await history('--format', 'json', '--table', 'messages');
    const doc = JSON.parse(json.out) as { formatVersion: string; records: { runId: string }[] };
    expect(doc.formatVersion).to.equal('1.0');
    expect(doc.records.map((r) => r.runId)).to.deep.equal(['run-3', 'run-1']);
  });
});
