/**
 * The engine's ceiling for the loader bench: a bare script that writes an NDJSON file with 32
 * BatchWriteItem calls of 25 items in flight, retrying UnprocessedItems, and nothing else (no
 * checks, no progress, no duplicate map). Each worker parses and marshals the 25 lines it takes,
 * so parsing overlaps the engine's work as it does in the loader.
 * Run (compiled, as bench/loader-ceiling.ts does): node ceiling-writer.mjs <endpoint> <table> <file.ndjson> [trim]
 * `trim`: without the SDK's logger middleware, as the loader's client is (a stricter ceiling).
 */
import { BatchWriteItemCommand, DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { readFileSync } from 'node:fs';
import { Agent } from 'node:http';

const IN_FLIGHT = 32;
const BATCH = 25;

const [endpoint, table, file, trim] = process.argv.slice(2);
if (!endpoint || !table || !file) throw new Error('usage: ceiling-writer <endpoint> <table> <file.ndjson>');
const lines = readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
const agent = new Agent({ keepAlive: true, maxSockets: IN_FLIGHT + 4 });
const client = new DynamoDBClient({ endpoint, region: 'local', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' }, maxAttempts: 1, requestHandler: { httpAgent: agent } });
if (trim === 'trim') client.middlewareStack.remove('loggerMiddleware');

let next = 0;
let written = 0;
const worker = async (): Promise<void> => {
  while (next < lines.length) {
    const start = next;
    next += BATCH;
    let pending: WriteRequest[] = lines.slice(start, start + BATCH).map((l) => ({ PutRequest: { Item: marshall(JSON.parse(l) as Record<string, unknown>) } }));
    while (pending.length > 0) {
      const out = await client.send(new BatchWriteItemCommand({ RequestItems: { [table]: pending } }));
      const left = out.UnprocessedItems?.[table] ?? [];
      written += pending.length - left.length;
      pending = left;
    }
  }
};
await Promise.all(Array.from({ length: IN_FLIGHT }, worker));
client.destroy();
agent.destroy();
console.log(`${written} items written`);
