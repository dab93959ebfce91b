/**
 * `plan` time for 1, 10 and 50 tables against the embedded engine (target: 50 tables well under
 * 2 s). Each table has a GSI, TTL and tags, so every describe call the live reader makes is exercised.
 * Measured in-process (the CLI's main) and as a whole process (start-up included).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { startEngine } from '../src/engine/dynamodb-local.js';
import { runCli, TempProject } from '../test/support/cli.js';

const SIZES = [1, 10, 50];
const RUNS = 5;

function tableYaml(name: string): string {
  return `table: ${name}
partitionKey: { name: pk, type: S }
sortKey: { name: sk, type: S }
billing: { mode: PROVISIONED, read: 5, write: 5 }
globalSecondaryIndexes:
  - { name: by-group, partitionKey: { name: group, type: S }, sortKey: { name: sk, type: S }, projection: ALL }
ttl: { attribute: expires_at }
tags: { project: bench }
`;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

async function main(): Promise<void> {
  if (!existsSync('dist/cli/main.js')) execFileSync('npm', ['run', 'build'], { stdio: 'inherit' });
  const engine = await startEngine();
  const rows: string[] = [];
  try {
    for (const n of SIZES) {
      const files: Record<string, string> = {};
      for (let i = 0; i < n; i++) files[`tables/bench-${n}-${i}.yaml`] = tableYaml(`bench-${n}-${i}`);
      const project = new TempProject(files);
      const target = ['--dir', project.dir, '--endpoint-url', engine.endpoint, '--region', 'local'];
      const applied = await runCli(['apply', ...target, '--yes', '--quiet']);
      if (applied.code !== 0) throw new Error(`apply failed: ${applied.err}`);

      const inProcess: number[] = [];
      const wholeProcess: number[] = [];
      for (let r = 0; r < RUNS; r++) {
        let t = performance.now();
        const plan = await runCli(['plan', ...target, '--detailed-exitcode']);
        inProcess.push(performance.now() - t);
        if (plan.code !== 0) throw new Error(`plan of ${n} tables is not empty after apply:\n${plan.out}${plan.err}`);
        t = performance.now();
        execFileSync(process.execPath, ['bin/ddb-migrate.js', 'plan', ...target, '--detailed-exitcode'], { stdio: 'pipe' });
        wholeProcess.push(performance.now() - t);
      }
      rows.push(`  ${String(n).padStart(2)} tables: plan ${median(inProcess).toFixed(0)} ms in-process, ${median(wholeProcess).toFixed(0)} ms as a process (median of ${RUNS})`);
      project.remove();
    }
  } finally {
    await engine.stop();
  }
  console.log('plan time against DynamoDB Local (target: 50 tables well under 2000 ms)');
  console.log(rows.join('\n'));
}

await main();
