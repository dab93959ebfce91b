/**
 * Local environment benchmark, each command timed as a whole process (`node bin/ddb-migrate.js`,
 * built first) on a fresh copy of the example project:
 *   cold `apply --local` (engine start included), warm `plan --local`, `apply --local` with nothing
 *   changed (must load nothing), warm `reset --local --yes`;
 * then the store: items/s into DynamoDB Local on disk (-dbPath), in memory, and in memory plus the
 * snapshot the warm engine saves after a writing command (write + snapshot time).
 * Exits 1 when a target is missed. Run: node --import tsx bench/local-env.ts
 */
import { BatchWriteItemCommand, CreateTableCommand, DynamoDBClient, type WriteRequest } from '@aws-sdk/client-dynamodb';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEngine } from '../src/engine/dynamodb-local.js';
import { takeSnapshot, writeSnapshot } from '../src/engine/snapshot.js';
import { stopWarmEngine } from '../src/engine/warm-engine.js';

const ROOT = process.cwd();
const STORE_ITEMS = 3_000;

function cli(dir: string, args: readonly string[]): { seconds: number; out: string } {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [join(ROOT, 'bin/ddb-migrate.js'), ...args, '--dir', dir], { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  if (r.status !== 0) throw new Error(`ddb-migrate ${args.join(' ')} exited ${r.status}:\n${r.stdout}\n${r.stderr}`);
  return { seconds, out: `${r.stdout}\n${r.stderr}` };
}

async function storeRate(dataDir: string | null, withSnapshot: boolean): Promise<number> {
  const engine = await startEngine({ dataDir });
  const client = new DynamoDBClient({ endpoint: engine.endpoint, region: 'local', credentials: { accessKeyId: 'x', secretAccessKey: 'x' } });
  try {
    await client.send(new CreateTableCommand({ TableName: 'bench', AttributeDefinitions: [{ AttributeName: 'pk', AttributeType: 'S' }], KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }], BillingMode: 'PAY_PER_REQUEST' }));
    const batches: WriteRequest[][] = [];
    for (let i = 0; i < STORE_ITEMS; i += 25) {
      batches.push(Array.from({ length: 25 }, (_, j) => ({ PutRequest: { Item: { pk: { S: `item-${i + j}` }, body: { S: `Message number ${i + j} about Babylon 5 and Deep Space Nine.` } } } })));
    }
    const t0 = performance.now();
    let next = 0;
    const worker = async () => {
      while (next < batches.length) {
        let pending = batches[next++] as WriteRequest[];
        while (pending.length > 0) pending = (await client.send(new BatchWriteItemCommand({ RequestItems: { bench: pending } }))).UnprocessedItems?.['bench'] ?? [];
      }
    };
    await Promise.all(Array.from({ length: 8 }, worker));
    if (withSnapshot) {
      const dir = mkdtempSync(join(tmpdir(), 'ddbm-bench-snap-'));
      writeSnapshot(dir, await takeSnapshot(client));
      rmSync(dir, { recursive: true, force: true });
    }
    return STORE_ITEMS / ((performance.now() - t0) / 1000);
  } finally {
    client.destroy();
    await engine.stop();
  }
}

async function main(): Promise<void> {
  if (process.env['DDBM_BENCH_BUILT'] !== '1') {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const dir = mkdtempSync(join(tmpdir(), 'ddbm-bench-'));
  for (const part of ['tables', 'fixtures', 'migrations', 'ddb-migrate.yaml']) if (existsSync(part)) cpSync(part, join(dir, part), { recursive: true });
  const rows: [string, number, number | null, string][] = [];
  let failed = false;
  const row = (label: string, s: number, target: number | null, note = '') => {
    rows.push([label, s, target, note]);
    if (target !== null && s > target) failed = true;
  };
  try {
    row('cold apply --local (engine start included)', cli(dir, ['apply', '--local']).seconds, null);
    row('warm plan --local', cli(dir, ['plan', '--local']).seconds, 1);
    const unchanged = cli(dir, ['apply', '--local']);
    const loaded = /items in/.test(unchanged.out);
    if (loaded) failed = true;
    row('apply --local, nothing changed', unchanged.seconds, 1.5, loaded ? 'LOADED FIXTURES' : 'loads nothing');
    row('warm reset --local --yes', cli(dir, ['reset', '--local', '--yes']).seconds, 4);
  } finally {
    await stopWarmEngine(dir);
    rmSync(dir, { recursive: true, force: true });
  }
  console.log(`${'command (whole process)'.padEnd(46)} ${'seconds'.padStart(8)}  target`);
  for (const [label, s, target, note] of rows) console.log(`${label.padEnd(46)} ${s.toFixed(2).padStart(8)}  ${target === null ? '-' : `<= ${target} s`} ${note}`);

  const diskDir = mkdtempSync(join(tmpdir(), 'ddbm-bench-disk-'));
  try {
    const disk = await storeRate(diskDir, false);
    const memory = await storeRate(null, false);
    const warm = await storeRate(null, true);
    console.log(`\nstore (${STORE_ITEMS} items, BatchWriteItem 8 in flight)      items/s   × in-memory`);
    for (const [label, rate] of [['on disk (-dbPath, SQLite)', disk], ['in memory (-inMemory)', memory], ['in memory + snapshot (the warm engine)', warm]] as const) {
      console.log(`${label.padEnd(46)} ${Math.round(rate).toString().padStart(8)}   ${(rate / memory).toFixed(2)}`);
    }
    if (warm / memory < 0.8) failed = true;
  } finally {
    rmSync(diskDir, { recursive: true, force: true });
  }
  process.exitCode = failed ? 1 : 0;
}

await main();
