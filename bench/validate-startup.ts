/**
 * Start-up of `ddb-migrate validate` and `--help` (target: under 300 ms, so validate fits in a
 * pre-commit hook), and proof that neither loads the AWS SDK or faker.
 *
 *   node --import tsx bench/validate-startup.ts [--runs N] [--dir PROJECT]
 *
 * Builds dist/ first when it is missing. Exits 1 when a heavy module was loaded or the median is
 * over the target.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const TARGET_MS = 300;
const HEAVY = [/[\\/]@aws-sdk[\\/]/, /[\\/]@smithy[\\/]/, /[\\/]@faker-js[\\/]/, /^@aws-sdk\//, /^@faker-js\//];
const repo = resolve(fileURLToPath(new URL('..', import.meta.url)));
const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const runs = Number(arg('--runs') ?? 15);
const project = resolve(arg('--dir') ?? repo);
const bin = join(repo, 'bin', 'ddb-migrate.js');

function ensureBuilt(): void {
  if (existsSync(join(repo, 'dist', 'cli', 'main.js')) && existsSync(join(repo, 'dist', 'desired', 'validate.js'))) return;
  console.log('dist/ is missing: npm run build');
  const r = spawnSync('npm', ['run', 'build'], { cwd: repo, stdio: 'inherit' });
  if (!existsSync(join(repo, 'dist', 'desired', 'validate.js'))) throw new Error(`build failed (exit ${r.status})`);
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function time(args: readonly string[]): { median: number; exit: number | null } {
  const times: number[] = [];
  let exit: number | null = null;
  spawnSync(process.execPath, [bin, ...args], { cwd: repo }); // warm the file cache
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(process.execPath, [bin, ...args], { cwd: repo, encoding: 'utf8' });
    times.push(performance.now() - t0);
    exit = r.status;
  }
  return { median: median(times), exit };
}

/** Every module the command resolves (ESM hooks) or requires (CommonJS), one per line. */
function loadedModules(args: readonly string[]): string[] {
  const tmp = mkdtempSync(join(tmpdir(), 'ddb-migrate-bench-'));
  try {
    const log = join(tmp, 'loads.txt');
    writeFileSync(log, '');
    writeFileSync(
      join(tmp, 'hooks.mjs'),
      `import { appendFileSync } from 'node:fs';
export async function resolve(specifier, context, next) {
  const r = await next(specifier, context);
  appendFileSync(process.env.DDB_MIGRATE_LOAD_LOG, r.url + '\\n');
  return r;
}\n`,
    );
    writeFileSync(join(tmp, 'register.mjs'), `import { register } from 'node:module';\nregister(new URL('./hooks.mjs', import.meta.url));\n`);
    writeFileSync(
      join(tmp, 'cjs.cjs'),
      `const M = require('node:module'); const { appendFileSync } = require('node:fs'); const load = M._load;
M._load = function (request, parent, isMain) { appendFileSync(process.env.DDB_MIGRATE_LOAD_LOG, request + '\\n'); return load.call(this, request, parent, isMain); };\n`,
    );
    const r = spawnSync(process.execPath, ['--require', join(tmp, 'cjs.cjs'), '--import', join(tmp, 'register.mjs'), bin, ...args], {
      cwd: repo,
      encoding: 'utf8',
      env: { ...process.env, DDB_MIGRATE_LOAD_LOG: log },
    });
    if (r.error) throw r.error;
    return readFileSync(log, 'utf8').split('\n').filter(Boolean);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

ensureBuilt();
let failed = false;
// `validate --no-fixtures` is the pre-commit path held to the target; full `validate` also generates
// every fixture item (faker), so it is reported but held only to "no AWS client".
for (const [label, args] of [
  ['validate --no-fixtures', ['validate', '--no-fixtures', '--dir', project]],
  ['--help', ['--help']],
] as const) {
  const { median: ms, exit } = time(args);
  const mods = loadedModules(args);
  const heavy = [...new Set(mods.filter((m) => HEAVY.some((h) => h.test(m))))];
  const ok = ms < TARGET_MS && heavy.length === 0;
  failed ||= !ok;
  console.log(
    `${label.padEnd(22)} median ${ms.toFixed(0).padStart(4)} ms over ${runs} runs (target < ${TARGET_MS} ms), exit ${exit}, ` +
      `${mods.length} module loads, heavy: ${heavy.length ? heavy.slice(0, 3).join(', ') : 'none'}  ${ok ? 'OK' : 'FAIL'}`,
  );
}
{
  const args = ['validate', '--dir', project];
  const { median: ms, exit } = time(args);
  const client = [...new Set(loadedModules(args).filter((m) => /client-dynamodb|lib-dynamodb/.test(m)))];
  failed ||= client.length > 0 || exit !== 0;
  console.log(`validate (with fixtures) median ${ms.toFixed(0).padStart(4)} ms over ${runs} runs (generates and checks every fixture item; no target), exit ${exit}, AWS client loaded: ${client.length ? client.join(', ') : 'no'}`);
}
process.exitCode = failed ? 1 : 0;
