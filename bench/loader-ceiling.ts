/**
 * The loader against the engine's ceiling, both timed as whole processes on one in-memory
 * DynamoDB Local (started here, on 127.0.0.1, stopped by pid at the end), on the same 50,000-line
 * NDJSON file of cruddur messages (~300 bytes each):
 *   ceiling — bench/ceiling-writer.ts compiled to plain JS: read, parse, marshal, 32 BatchWriteItem
 *             calls of 25 in flight, retry UnprocessedItems; nothing else;
 *   seed    — `node bin/ddb-migrate.js seed --endpoint-url <engine> --yes` (the built dist/ CLI):
 *             start-up, session, every check, the duplicate-key map, the digest, the load.
 * Rounds alternate the order; the table is deleted and created again before every run. Prints each run, the medians and seed/ceiling; exits 1
 * when the median ratio is below 0.90.
 * Run: node --import tsx bench/loader-ceiling.ts [--items 50000] [--rounds 5] [--no-build] [--profile <dir>] [--before <bin/ddb-migrate.js>] [--trimmed-ceiling]
 * (--profile: the seed runs write V8 CPU profiles there, `node --cpu-prof`; --before: another build's
 * CLI, e.g. of an older commit, timed in the same rounds; --trimmed-ceiling: also the ceiling script
 * without the SDK's logger middleware, as the loader's own client runs).
 */
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient, ScanCommand } from '@aws-sdk/client-dynamodb';
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ts from 'typescript';
import { startEngine } from '../src/engine/dynamodb-local.js';

// The SDK's Node-version notice, off for this process and both children alike.
process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

const ROOT = process.cwd();
const arg = (name: string, dflt: number): number => {
  const i = process.argv.indexOf(name);
  return i > 0 ? Number(process.argv[i + 1]) : dflt;
};
const flag = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const N = arg('--items', 50_000);
const ROUNDS = arg('--rounds', 5);
const TABLE = 'cruddur-messages';
const TARGET = 0.9;

/** Cruddur messages as the example's fixtures hold them (~300 bytes of JSON each), every key distinct. */
function ndjson(n: number): string {
  const base = Date.parse('2023-03-01T00:00:00Z');
  const out: string[] = [];
  for (let i = 0; i < n; i += 1) {
    const g = i % 200;
    const group = `5ae290ed-55d1-47a0-bc6d-${String(g).padStart(12, '0')}`;
    out.push(JSON.stringify({
      pk: `MSG#${group}`,
      sk: new Date(base + i * 1000).toISOString(),
      message_group_uuid: group,
      message_uuid: `1a2b3c4d-0000-4000-8000-${String(i).padStart(12, '0')}`,
      message: `Message ${i}: have you seen the one where Sheridan meets the Vorlons?`,
      user_uuid: `90e0c0f1-${String(i % 50).padStart(4, '0')}-4b1e-9d57-2c3ab8e1f0aa`,
      user_display_name: `Andrew Brown ${i % 50}`,
      user_handle: `andrewbrown${i % 50}`,
    }));
  }
  return `${out.join('\n')}\n`;
}

const TABLE_YAML = `table: ${TABLE}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PAY_PER_REQUEST }
globalSecondaryIndexes:
  - name: message-group-sk-index
    partitionKey: { name: message_group_uuid, type: S }
    sortKey: { name: sk, type: S }
    projection: ALL
`;

/** bench/ceiling-writer.ts as plain JS next to it (so it starts as fast as the dist/ CLI does). */
function compileCeiling(): string {
  const src = join(ROOT, 'bench', 'ceiling-writer.ts');
  const outDir = join(ROOT, 'bench', '.out');
  mkdirSync(outDir, { recursive: true });
  const out = join(outDir, 'ceiling-writer.mjs');
  const js = ts.transpileModule(readFileSync(src, 'utf8'), { compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 } }).outputText;
  writeFileSync(out, js);
  return out;
}

const GNU_TIME = '/usr/bin/time';
const haveTime = existsSync(GNU_TIME);

/** Runs `node <args>` to its exit: wall seconds (start-up included) and, with GNU time, CPU seconds (user + system). */
function timedProcess(args: readonly string[], cpuFile: string): Promise<{ seconds: number; cpu: number | null; out: string }> {
  const [cmd, ...rest] = haveTime ? [GNU_TIME, '-f', '%U %S', '-o', cpuFile, process.execPath, ...args] : [process.execPath, ...args];
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(cmd as string, rest, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', (d: Buffer) => (out += d.toString()));
    child.once('error', reject);
    child.once('exit', (code) => {
      const seconds = (performance.now() - t0) / 1000;
      if (code !== 0) return reject(new Error(`${args.join(' ')} exited ${code}:\n${out}`));
      const cpu = haveTime ? readFileSync(cpuFile, 'utf8').trim().split(/\s+/).map(Number).reduce((a, b) => a + b, 0) : null;
      resolve({ seconds, cpu, out });
    });
  });
}

async function freshTable(client: DynamoDBClient): Promise<void> {
  await client.send(new DeleteTableCommand({ TableName: TABLE })).catch(() => undefined);
  const s = { AttributeType: 'S' as const };
  await client.send(new CreateTableCommand({
    TableName: TABLE,
    BillingMode: 'PAY_PER_REQUEST',
    AttributeDefinitions: [{ AttributeName: 'pk', ...s }, { AttributeName: 'sk', ...s }, { AttributeName: 'message_group_uuid', ...s }],
    KeySchema: [{ AttributeName: 'pk', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }],
    GlobalSecondaryIndexes: [{ IndexName: 'message-group-sk-index', KeySchema: [{ AttributeName: 'message_group_uuid', KeyType: 'HASH' }, { AttributeName: 'sk', KeyType: 'RANGE' }], Projection: { ProjectionType: 'ALL' } }],
  }));
}

async function count(client: DynamoDBClient): Promise<number> {
  let n = 0;
  let start: Record<string, never> | undefined;
  do {
    const out = await client.send(new ScanCommand({ TableName: TABLE, Select: 'COUNT', ...(start ? { ExclusiveStartKey: start } : {}) }));
    n += out.Count ?? 0;
    start = out.LastEvaluatedKey as Record<string, never> | undefined;
  } while (start);
  return n;
}

const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 === 1 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
};

async function main(): Promise<void> {
  if (!process.argv.includes('--no-build') && process.env['DDBM_BENCH_BUILT'] !== '1') {
    const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
    if (build.status !== 0) throw new Error('build failed');
  }
  const ceilingJs = compileCeiling();
  const dir = mkdtempSync(join(tmpdir(), 'ddbm-bench-loader-'));
  mkdirSync(join(dir, 'tables'));
  mkdirSync(join(dir, 'fixtures', TABLE), { recursive: true });
  writeFileSync(join(dir, 'tables', `${TABLE}.yaml`), TABLE_YAML);
  const file = join(dir, 'fixtures', TABLE, 'messages.ndjson');
  const text = ndjson(N);
  writeFileSync(file, text);
  const engine = await startEngine({});
  const client = new DynamoDBClient({ endpoint: engine.endpoint, region: 'local', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
  const profileDir = flag('--profile');
  const beforeCli = flag('--before');
  const seedArgs = (bin: string) => [bin, 'seed', '--endpoint-url', engine.endpoint, '--region', 'local', '--dir', dir, '--yes'];
  const runs: Record<string, readonly string[]> = {
    ceiling: [ceilingJs, engine.endpoint, TABLE, file],
    seed: [...(profileDir ? ['--cpu-prof', '--cpu-prof-dir', profileDir] : []), ...seedArgs(join(ROOT, 'bin', 'ddb-migrate.js'))],
    ...(beforeCli ? { before: seedArgs(beforeCli) } : {}),
    ...(process.argv.includes('--trimmed-ceiling') ? { trimmed: [ceilingJs, engine.endpoint, TABLE, file, 'trim'] } : {}),
  };
  const names = Object.keys(runs);
  const wall: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  const cpu: Record<string, number[]> = Object.fromEntries(names.map((k) => [k, []]));
  const cpuFile = join(dir, 'cpu.txt');
  const run = async (which: string) => {
    await freshTable(client);
    const r = await timedProcess(runs[which] as readonly string[], cpuFile);
    const n = await count(client);
    if (n !== N) throw new Error(`${which} left ${n} items in the table, expected ${N}`);
    return r;
  };
  try {
    console.log(`DynamoDB Local ${engine.endpoint} (in memory, pid ${engine.pid}); ${N.toLocaleString('en-US')} NDJSON items, ~${Math.round(text.length / N)} B of JSON each`);
    console.log(`seed: the built CLI (node bin/ddb-migrate.js -> dist/); ceiling: bench/ceiling-writer.ts compiled to plain JS${beforeCli ? `; before: ${beforeCli}` : ''}\n`);
    // Warm the JVM (JIT) with unmeasured runs, so the first measured runs are not penalised.
    for (const which of ['ceiling', ...names.filter((k) => k !== 'ceiling'), 'ceiling']) await run(which);
    for (let round = 1; round <= ROUNDS; round += 1) {
      // Each round in another order (rotated): neither the order nor a slow moment of the shared
      // machine should decide the ratio.
      for (const which of names.map((_, i) => names[(i + round - 1) % names.length] as string)) {
        const r = await run(which);
        wall[which]?.push(r.seconds);
        if (r.cpu !== null) cpu[which]?.push(r.cpu);
        const cpuText = r.cpu === null ? '' : `  cpu ${r.cpu.toFixed(2).padStart(5)} s`;
        console.log(`round ${round}  ${which.padEnd(8)} ${r.seconds.toFixed(2).padStart(6)} s  ${Math.round(N / r.seconds).toLocaleString('en-US').padStart(7)} items/s${cpuText}`);
      }
    }
  } finally {
    client.destroy();
    await engine.stop();
    rmSync(dir, { recursive: true, force: true });
  }
  const c = median(wall['ceiling'] ?? []);
  const label: Record<string, string> = { ceiling: 'ceiling: bare 32-in-flight BatchWriteItem script', seed: 'ddb-migrate seed (dist/ CLI)', before: `ddb-migrate seed, --before build`, trimmed: 'ceiling without the SDK logger middleware' };
  console.log(`\n${`whole process, median of ${ROUNDS}`.padEnd(50)} ${'wall s'.padStart(7)}  ${'items/s'.padStart(8)}  ${'× ceiling'.padStart(9)}${haveTime ? '    cpu s  µs/item' : ''}`);
  for (const k of names) {
    const w = median(wall[k] ?? []);
    const cpuCol = (cpu[k] ?? []).length > 0 ? `  ${median(cpu[k] ?? []).toFixed(2).padStart(7)}  ${((median(cpu[k] ?? []) * 1e6) / N).toFixed(0).padStart(7)}` : '';
    console.log(`${(label[k] ?? k).padEnd(50)} ${w.toFixed(2).padStart(7)}  ${Math.round(N / w).toLocaleString('en-US').padStart(8)}  ${(c / w).toFixed(2).padStart(9)}${cpuCol}`);
  }
  const ratio = c / median(wall['seed'] ?? []);
  console.log(`seed / ceiling (throughput, median wall times)    ${ratio.toFixed(2)}  (target >= ${TARGET.toFixed(2)})`);
  console.log(`per round: ${(wall['seed'] ?? []).map((x, i) => (((wall['ceiling'] ?? [])[i] as number) / x).toFixed(2)).join('  ')}`);
  if (ratio < TARGET) process.exitCode = 1;
}

await main();
