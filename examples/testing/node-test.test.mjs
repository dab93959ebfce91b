// node:test with a database per test file: the tables and fixtures once, a reset before each test.
//
//   node --test examples/testing/node-test.test.mjs
//
// With DYNAMODB_ENDPOINT set (by a global setup, see run-with-global-setup.mjs) it reuses that
// engine; otherwise it starts its own. Uses only the documented API (docs/api.md).
import assert from 'node:assert/strict';
import { after, before, beforeEach, test } from 'node:test';
import { DynamoDBClient, PutItemCommand, ScanCommand } from '@aws-sdk/client-dynamodb';
import { resetLocalDatabase, setupLocalDatabase } from '@ddb-migrate/cli/testing';

const dir = process.env.DDB_MIGRATE_DIR ?? '.';
let db;
let client;
let tables;

before(async () => {
  db = await setupLocalDatabase({ dir, endpointUrl: process.env.DYNAMODB_ENDPOINT });
  client = new DynamoDBClient(db.clientConfig);
  tables = db.applied.plan.tables.map((t) => t.table);
});

// Every test starts from the fixtures: what the previous test wrote is gone.
beforeEach(async () => {
  await resetLocalDatabase(db);
});

after(async () => {
  client?.destroy();
  await db?.stop();
});

async function count(table) {
  const { Items = [] } = await client.send(new ScanCommand({ TableName: table }));
  return Items.length;
}

test('every table exists with its fixtures loaded', async () => {
  assert.ok(tables.length > 0, 'the project declares at least one table');
  for (const table of tables) assert.ok((await count(table)) > 0, `${table} has its fixtures`);
});

test('a test writes an item', async () => {
  const before = await count(tables[0]);
  // The table's key attributes, from the plan the setup applied (its target shape).
  const { partitionKey, sortKey } = db.applied.plan.tables[0].target;
  const value = (key) => ({ [key.type]: key.type === 'N' ? '424242' : key.type === 'B' ? new Uint8Array([42]) : 'written-by-a-test' });
  const item = { [partitionKey.name]: value(partitionKey), ...(sortKey ? { [sortKey.name]: value(sortKey) } : {}) };
  await client.send(new PutItemCommand({ TableName: tables[0], Item: item }));
  assert.equal(await count(tables[0]), before + 1);
});

test('the next test does not see it: the reset reloaded the fixtures only', async () => {
  const seeded = db.applied.fixtures.counts.find((c) => c.table === tables[0]);
  assert.equal(await count(tables[0]), seeded.written);
});
