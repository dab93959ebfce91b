/**
 * `npm run bench`: every benchmark, one after the other, each printing ratios measured side by side
 * in the same run (never timed unit tests: these 2-core machines are too noisy for absolute bars).
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const BENCHES = ['validate-startup', 'validate-scale', 'plan-scale', 'seed', 'loader-ceiling', 'dry-run-memory', 'local-env', 'migrate-workers'];
const only = process.argv.slice(2);
let failed = 0;
// The benches that time the CLI as whole processes use dist/: build it once for all of them.
const WHOLE_PROCESS = ['loader-ceiling', 'local-env'];
if (WHOLE_PROCESS.some((b) => only.length === 0 || only.includes(b))) {
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('build failed');
  process.env['DDBM_BENCH_BUILT'] = '1';
}
for (const name of BENCHES) {
  if (only.length > 0 && !only.includes(name)) continue;
  const file = `bench/${name}.ts`;
  if (!existsSync(file)) continue;
  console.log(`\n== ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) {
    failed += 1;
    console.log(`   ${name} failed (exit ${r.status})`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
