/**
 * `--local`'s warm engine, from the command's side: connect to the project's running engine, or
 * start one in the background (a detached supervisor, see supervisor.ts) and wait until it is
 * ready. Concurrent commands share one: the supervisor that wins the owner lock serves them all.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { closeSync, existsSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { join } from 'node:path';
import { DdbMigrateError } from '../model/errors.js';
import { sleep } from '../util/retry.js';
import { localDataDir, prepareDataDir } from './data-dir.js';
import { checkJava } from './java.js';
import { controlCall, liveRecord, LOCK_FILE, lockHolder, LOG_FILE, pidAlive, readRecord, type WarmRecord } from './warm-record.js';
import { displayPath } from '../util/display-path.js';

export const DEFAULT_IDLE_TIMEOUT_MS = 30 * 60_000;
const START_TIMEOUT_MS = 120_000;
/** Consecutive failed liveness checks of a recorded owner before its record counts as void (not one slow answer). */
const STALE_CHECKS = 20;

/** Supervisors this process spawned (pids): the test suite checks that each is gone at the end. */
export const spawnedSupervisors = new Set<number>();

export interface WarmEngineOptions {
  readonly idleTimeoutMs: number;
  /** Told once when this command has to wait for an engine to start. */
  readonly onStarting?: () => void;
  /** Aborted (Ctrl-C): stop waiting, and stop the supervisor this command spawned if it is not serving yet. */
  readonly signal?: AbortSignal;
}

export interface WarmConnection {
  readonly record: WarmRecord;
  /** True when this command had to wait for a start (not just connect). */
  readonly startedNow: boolean;
}

/** The project's warm engine, started if need be. */
export async function ensureWarmEngine(dir: string, opts: WarmEngineOptions): Promise<WarmConnection> {
  const dataDir = localDataDir(dir);
  const running = await liveRecord(dataDir);
  if (running) {
    await controlCall(running.controlPort, 'POST', '/touch', 2_000).catch(() => undefined);
    return { record: running, startedNow: false };
  }
  await checkJava();
  prepareDataDir(dir);
  opts.onStarting?.();
  const deadline = Date.now() + START_TIMEOUT_MS;
  let child: ChildProcess | null = null;
  let childExit: number | null = null;
  let staleChecks = 0;
  while (Date.now() < deadline) {
    if (opts.signal?.aborted) {
      await stopUnready(child, childExit);
      throw new DdbMigrateError({ code: 'CLI_INTERRUPTED', message: 'Interrupted while the embedded engine started; nothing was changed.' });
    }
    const record = await liveRecord(dataDir);
    if (record) return { record, startedNow: true };
    const holder = lockHolder(dataDir);
    // A dead owner's lock is taken over by the next supervisor; a live one that wrote its record
    // (so it was serving) but keeps failing the checks is not what the record says: its pid was
    // reused by another process, or it hangs. Its lock is void; the record stays, so the next
    // supervisor finds the old Java by its marker and stops it.
    staleChecks = holder !== null && pidAlive(holder) && readRecord(dataDir)?.pid === holder ? staleChecks + 1 : 0;
    if (staleChecks >= STALE_CHECKS) {
      rmSync(join(dataDir, LOCK_FILE), { force: true });
      staleChecks = 0;
      continue;
    }
    const someoneStarting = holder !== null && pidAlive(holder);
    if (!someoneStarting && (child === null || childExit !== null)) {
      // Our supervisor failed (not just lost the race, exit 3): say why, from its log.
      if (childExit !== null && childExit !== 3) throw startFailed(dataDir, childExit);
      child = spawnSupervisor(dir, dataDir, opts.idleTimeoutMs);
      childExit = null;
      const spawned = child;
      spawned.once('exit', (code) => {
        if (spawned === child) childExit = code ?? 1;
      });
    }
    await sleep(50);
  }
  throw new DdbMigrateError({ code: 'ENGINE_START_FAILED', message: `the embedded DynamoDB Local did not become ready in ${START_TIMEOUT_MS / 1000} s.`, hint: `See ${displayPath(join(dataDir, LOG_FILE))}.` });
}

/** `node warm-engine-main.js` from dist/, or the .ts through tsx when running from src/ (tests, bench). */
function supervisorCommand(): readonly string[] {
  const here = import.meta.url;
  const ext = here.endsWith('.ts') ? 'ts' : 'js';
  const main = fileURLToPath(new URL(`./warm-engine-main.${ext}`, here));
  if (ext === 'js') return [main];
  // tsx's ESM loader by absolute URL: the project dir the supervisor runs for need not have tsx.
  const tsx = pathToFileURL(createRequire(here).resolve('tsx')).href;
  return ['--import', tsx, main];
}

function spawnSupervisor(dir: string, dataDir: string, idleTimeoutMs: number): ChildProcess {
  const log = openSync(join(dataDir, LOG_FILE), 'a');
  try {
    // Detached in its own process group with no terminal: a Ctrl-C in this command's terminal
    // does not reach it, and it outlives this command (that is the point).
    const child = spawn(process.execPath, [...supervisorCommand(), dir, String(idleTimeoutMs)], {
      detached: true,
      stdio: ['ignore', log, log],
      windowsHide: true,
    });
    child.unref();
    if (child.pid) spawnedSupervisors.add(child.pid);
    return child;
  } finally {
    closeSync(log);
  }
}

/** Ctrl-C during start-up: the supervisor this command spawned is stopped, and waited for. */
async function stopUnready(child: ChildProcess | null, exit: number | null): Promise<void> {
  if (!child?.pid || exit !== null || !pidAlive(child.pid)) return;
  const pid = child.pid;
  process.kill(pid, 'SIGTERM');
  const end = Date.now() + 60_000;
  while (pidAlive(pid) && Date.now() < end) await sleep(50);
}

function startFailed(dataDir: string, code: number): DdbMigrateError {
  const path = join(dataDir, LOG_FILE);
  const tail = existsSync(path) ? readFileSync(path, 'utf8').trim().split('\n').slice(-15).join('\n') : '';
  return new DdbMigrateError({ code: 'ENGINE_START_FAILED', message: `the embedded DynamoDB Local stopped while starting (exit ${code}).\n${tail}`, hint: `Full log: ${displayPath(path)}` });
}

/** What `ddb-migrate local status` shows: the live record, or why there is none. */
export async function warmEngineStatus(dir: string): Promise<{ readonly record: WarmRecord | null; readonly stale: boolean }> {
  const dataDir = localDataDir(dir);
  const record = await liveRecord(dataDir);
  return { record, stale: record === null && readRecord(dataDir) !== null };
}

/** `ddb-migrate local stop`: asks the supervisor to snapshot and stop, and waits until it is gone. Null when none ran. */
export async function stopWarmEngine(dir: string, timeoutMs = 120_000): Promise<WarmRecord | null> {
  const record = await liveRecord(localDataDir(dir));
  if (!record) return null;
  await controlCall(record.controlPort, 'POST', '/stop', 5_000).catch(() => process.kill(record.pid, 'SIGTERM'));
  const end = Date.now() + timeoutMs;
  while ((pidAlive(record.pid) || pidAlive(record.javaPid)) && Date.now() < end) await sleep(50);
  if (pidAlive(record.pid)) {
    throw new DdbMigrateError({ code: 'ENGINE_STOP_FAILED', message: `the engine (pid ${record.pid}) did not stop in ${timeoutMs / 1000} s.`, hint: `kill ${record.pid}` });
  }
  return record;
}

/**
 * After a command: when it wrote, the engine saves a snapshot in the background (the command does
 * not wait for it; `waitForSnapshots` does); else a touch for the idle clock.
 */
export async function afterCommand(record: WarmRecord, wrote: boolean): Promise<void> {
  await controlCall(record.controlPort, 'POST', wrote ? '/snapshot-soon' : '/touch', 5_000);
}

/**
 * While a command runs, it keeps the engine's idle clock from running out under it: a touch every
 * quarter of the idle timeout (at most a minute apart), so a seed longer than the idle timeout never
 * loses its engine mid-run. The timer does not keep the process alive; call the returned stop on release.
 */
export function keepAlive(record: WarmRecord, idleTimeoutMs: number): () => void {
  const every = Math.max(100, Math.min(60_000, Math.floor(idleTimeoutMs / 4)));
  const touch = () => void controlCall(record.controlPort, 'POST', '/touch', 2_000).catch(() => undefined);
  touch();
  const timer = setInterval(touch, every);
  timer.unref();
  return () => clearInterval(timer);
}

/** Waits until the project's engine has no snapshot queued or running (tests, `local stop`-like callers). */
export async function waitForSnapshots(dir: string, timeoutMs = 120_000): Promise<void> {
  const record = await liveRecord(localDataDir(dir));
  if (!record) return;
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const status = (await controlCall(record.controlPort, 'GET', '/status', 5_000)) as { snapshotsPending?: number };
    if (!status.snapshotsPending) return;
    await sleep(50);
  }
  throw new Error(`the engine's snapshot did not finish in ${timeoutMs / 1000} s`);
}
