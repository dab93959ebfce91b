/**
 * Issue 11 item 15: a migration module's console.log must not land in `apply --format json`
 * (the JSON would no longer parse). As a process, where the CLI routes project code's console to
 * stderr (src/cli/process-entry.ts); in-process runs would not see it.
 */
import { expect } from 'chai';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { useEngineProjects } from '../support/cli.js';
import { uniqueName } from '../support/engine.js';

const ENTRY = fileURLToPath(new URL('../reliability/cli-entry.ts', import.meta.url));
const ROOT = fileURLToPath(new URL('../..', import.meta.url));

function run(args: readonly string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', ENTRY, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (b: Buffer) => (stdout += b.toString()));
  child.stderr?.on('data', (b: Buffer) => (stderr += b.toString()));
  const killer = setTimeout(() => child.kill('SIGKILL'), 50_000);
  return new Promise((resolve) =>
    child.on('close', (code) => {
      clearTimeout(killer);
      resolve({ code, stdout, stderr });
    }),
  );
}

describe('a migration module printing to the console @engine', function () {
  this.timeout(60_000);
  const env = useEngineProjects();

  it('apply --format json: stdout is the JSON document alone; the module\'s console and its process.stdout.write are on stderr', async () => {
    const name = uniqueName('mig-console');
    const p = env.project({
      'ddb-migrate.yaml': `controlTable: ${uniqueName('ctl')}\n`,
      [`tables/${name}.yaml`]: `table: ${name}\npartitionKey: { name: pk, type: S }\nbilling: { mode: PAY_PER_REQUEST }\n`,
      'migrations/0001_chatty.mjs': [
        'console.log("top level of the migration");',
        `export const meta = { phase: 'after', tables: ['${name}'] };`,
        'export async function up(ctx) { console.log("inside up"); console.info("info"); process.stdout.write("raw stdout write\\n"); ctx.log("ctx.log line"); }',
        '',
      ].join('\n'),
    });
    const r = await run(['apply', '--dir', p.dir, ...env.target(), '--yes', '--format', 'json']);
    expect(r.code, r.stderr).to.equal(0);
    const doc = JSON.parse(r.stdout) as { migrations?: unknown };
    expect(doc).to.be.an('object');
    expect(r.stderr).to.include('top level of the migration').and.include('inside up').and.include('raw stdout write');
  });
});
