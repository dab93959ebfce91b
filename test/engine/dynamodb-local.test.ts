import { expect } from 'chai';
import { mkdtempSync, rmSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ListTablesCommand, CreateTableCommand } from '@aws-sdk/client-dynamodb';
import { createClient } from '../../src/live/client.js';
import { startEngine } from '../../src/engine/dynamodb-local.js';
import { answers } from '../../src/engine/port.js';
import { openLocalEndpoint } from '../../src/engine/local-endpoint.js';

const client = (endpoint: string) => createClient({ endpoint, region: 'local', profile: null });

describe('engine: DynamoDB Local @engine', () => {
  it('starts on a free port, answers, and is gone after stop', async () => {
    const engine = await startEngine();
    expect(engine.endpoint).to.match(/^http:\/\/127\.0\.0\.1:\d+$/);
    const out = await client(engine.endpoint).send(new ListTablesCommand({}));
    expect(out.TableNames).to.deep.equal([]);
    await engine.stop();
    expect(await answers(engine.endpoint)).to.equal(false);
    await engine.stop(); // idempotent
  });

  it('keeps data in the data dir across restarts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-engine-'));
    try {
      const first = await startEngine({ dataDir: dir });
      await client(first.endpoint).send(
        new CreateTableCommand({
          TableName: 'kept',
          AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }],
          KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }],
          BillingMode: 'PAY_PER_REQUEST',
        }),
      );
      await first.stop();
      expect(readdirSync(dir).length).to.be.greaterThan(0);
      const second = await startEngine({ dataDir: dir });
      const out = await client(second.endpoint).send(new ListTablesCommand({}));
      await second.stop();
      expect(out.TableNames).to.deep.equal(['kept']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('--local uses an endpoint that already answers instead of starting one', async () => {
    const engine = await startEngine();
    try {
      const local = await openLocalEndpoint('/nonexistent-dir', engine.endpoint);
      expect(local.engine).to.equal(null);
      expect(local.endpoint).to.equal(engine.endpoint);
      await local.release();
      expect(await answers(engine.endpoint)).to.equal(true);
    } finally {
      await engine.stop();
    }
  });
});
