/**
 * Data migrations shared by workers: the same migration (scan, one UpdateItem per item, a
 * checkpoint per page) over the same 20,000 items, run by 1, 2 and 4 `migrate run --worker`
 * processes, in one run, on one in-memory DynamoDB Local (a fresh table and control table each).
 * Timed as whole processes, from the first spawn until the last worker exits (what a CI job or a
 * Kubernetes Job waits for). Prints items/s for each and the ratios to one worker.
 * Run: node --import tsx bench/migrate-workers.ts [--items 20000]
 */
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CreateTableCommand, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { startEngine } from '../src/engine/dynamodb-local.js';

const ENTRY = fileURLToPath(new URL('../test/reliability/cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../', import.meta.url));
const argIndex = process.argv.indexOf('--items');
const N = argIndex > 0 ? Number(process.argv[argIndex + 1]) : 20_000;
const WORKERS = [1, 2, 4];

const migration = (table: string) => `export const meta = { tables: ['${table}'] };
export async function up(ctx) {
  const t = ctx.tables['${table}'];
  for await (const page of ctx.scan(t, { startFrom: ctx.lastCheckpoint(), Limit: 250 })) {
    await Promise.all(page.items.map((item) => ctx.update(t, { Key: { pk: item.pk }, UpdateExpression: 'ADD n :one', ExpressionAttributeValues: { ':one': 1 } })));
    ctx.progress(page.items.length);
    await ctx.checkpoint(page.cursor);
  }
}
`;

async function load(doc: DynamoDBDocumentClient, table: string): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < N) {
      const from = next;
      next += 25;
      let items = Array.from({ length: Math.min(25, N - from) }, (_, j) => ({ PutRequest: { Item: { pk: `item-${from + j}`, body: 'x'.repeat(40) } } }));
      while (items.length > 0) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: { [table]: items } }));
        items = (out.UnprocessedItems?.[table] ?? []) as typeof items;
      }
    }
  };
  await Promise.all(Array.from({ length: 16 }, lane));
}

function runWorkers(k: number, dir: string, endpoint: string): Promise<number[]> {
  return Promise.all(
    Array.from({ length: k }, () => {
      const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, 'migrate', 'run', '--worker', '--dir', dir, '--endpoint-url', endpoint, '--region', 'local', '--segments', '16', '--quiet'], { cwd: ROOT, stdio: 'ignore' });
      return new Promise<number>((res) => child.on('exit', (code) => res(code ?? -1)));
    }),
  );
}

const engine = await startEngine();
const client = new DynamoDBClient({ endpoint: engine.endpoint, region: 'local', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
const doc = DynamoDBDocumentClient.from(client);
const rates = new Map<number, number>();
try {
  for (const k of WORKERS) {
    const table = `bench-workers-${k}`;
    const dir = mkdtempSync(join(tmpdir(), 'ddbm-bench-workers-'));
    try {
      await client.send(new CreateTableCommand({ TableName: table, AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
      await load(doc, table);
      mkdirSync(join(dir, 'tables'));
      mkdirSync(join(dir, 'migrations'));
      writeFileSync(join(dir, 'ddb-migrate.yaml'), `controlTable: bench-ctl-${k}\n`);
      writeFileSync(join(dir, 'tables', `${table}.yaml`), `table: ${table}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`);
      writeFileSync(join(dir, 'migrations', '0001_count.mjs'), migration(table));
      const t0 = performance.now();
      const codes = await runWorkers(k, dir, engine.endpoint);
      const s = (performance.now() - t0) / 1000;
      if (codes.some((c) => c !== 0)) throw new Error(`a worker exited ${codes.join(', ')}`);
      rates.set(k, N / s);
      console.log(`${`${k} worker${k === 1 ? '' : 's'}`.padEnd(12)} ${s.toFixed(2).padStart(7)} s ${Math.round(N / s).toLocaleString('en-US').padStart(9)} items/s`);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const one = rates.get(1) ?? 1;
  console.log(`ratios to 1 worker: ${WORKERS.slice(1).map((k) => `${k} workers ${((rates.get(k) ?? 0) / one).toFixed(2)}x`).join(', ')} (one engine process on this machine: DynamoDB Local, not the workers, sets the ceiling)`);
} finally {
  client.destroy();
  await engine.stop();
}
