/**
 * The record of a project's warm engine (`<dir>/.ddb-local/engine.json`) and the owner lock
 * (`engine.lock`) that makes sure one data directory never has two engines.
 */
import { closeSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, writeSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';

export const RECORD_FILE = 'engine.json';
export const LOCK_FILE = 'engine.lock';
export const LOG_FILE = 'engine.log';

export interface WarmRecord {
  /** The supervisor (the Node process that owns Java and the snapshot). */
  readonly pid: number;
  readonly javaPid: number;
  /** DynamoDB Local's port on 127.0.0.1. */
  readonly port: number;
  /** The supervisor's control port on 127.0.0.1 (status, touch, snapshot, stop). */
  readonly controlPort: number;
  readonly dataMode: 'in-memory+snapshot';
  readonly startedAt: string;
  /** null: no idle stop (the foreground `ddb-migrate local`). */
  readonly idleTimeoutMs: number | null;
  readonly foreground: boolean;
}

/** True when a process with this pid exists (EPERM: it exists but is someone else's). */
export function pidAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
  return !isZombie(pid);
}

/** A process that exited but was not reaped yet (its parent died, and the reaper is slow) still answers kill(0). */
function isZombie(pid: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3) === 'Z';
  } catch {
    return false;
  }
}

export function readRecord(dataDir: string): WarmRecord | null {
  try {
    return JSON.parse(readFileSync(join(dataDir, RECORD_FILE), 'utf8')) as WarmRecord;
  } catch {
    return null;
  }
}

/** Written with a rename so a reader never sees half a record. */
export function writeRecord(dataDir: string, record: WarmRecord): void {
  const path = join(dataDir, RECORD_FILE);
  writeFileSync(`${path}.tmp`, JSON.stringify(record, null, 2));
  renameSync(`${path}.tmp`, path);
}

export function removeRecord(dataDir: string, pid: number): void {
  if (readRecord(dataDir)?.pid === pid) rmSync(join(dataDir, RECORD_FILE), { force: true });
}

/**
 * The record, if its engine is really there: the supervisor's pid is alive, its control port
 * says it is that pid, and the DynamoDB port answers a DynamoDB call. Anything else is stale.
 */
export async function liveRecord(dataDir: string): Promise<WarmRecord | null> {
  const record = readRecord(dataDir);
  if (!record || !pidAlive(record.pid)) return null;
  const status = await controlCall(record.controlPort, 'GET', '/status', 1_000).catch(() => null);
  if (!status || (status as { pid?: unknown }).pid !== record.pid) return null;
  return (await answersAsDynamoDb(record.port)) ? record : null;
}

/** True when `port` answers ListTables the way DynamoDB does (not just any HTTP server). */
export async function answersAsDynamoDb(port: number, timeoutMs = 1_000): Promise<boolean> {
  return new Promise((resolve) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        method: 'POST',
        path: '/',
        timeout: timeoutMs,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.ListTables',
          // DynamoDB Local checks that a signature is there, not what it is.
          authorization: 'AWS4-HMAC-SHA256 Credential=ddbmigrate/20260101/local/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
      },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve(res.statusCode === 200 && body.includes('TableNames')));
      },
    );
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(false));
    req.end('{"Limit":1}');
  });
}

/** One call to a supervisor's control port; resolves to its JSON answer. */
export async function controlCall(port: number, method: 'GET' | 'POST', path: string, timeoutMs = 60_000): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, timeout: timeoutMs }, (res) => {
      let body = '';
      res.on('data', (d: Buffer) => (body += d.toString()));
      res.on('end', () => {
        try {
          const parsed = JSON.parse(body) as unknown;
          if (res.statusCode === 200) resolve(parsed);
          else reject(new Error((parsed as { error?: string }).error ?? `HTTP ${res.statusCode}`));
        } catch (e) {
          reject(e as Error);
        }
      });
    });
    req.on('timeout', () => req.destroy(new Error(`no answer from the engine's control port in ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end();
  });
}

interface LockContent {
  readonly pid: number;
  readonly at: number;
}

/**
 * Takes the owner lock of a data directory (an exclusive create of `engine.lock` with our pid).
 * A lock whose pid is dead is stale and taken over. Returns false when a live process holds it.
 */
export function tryTakeOwnerLock(dataDir: string): boolean {
  const path = join(dataDir, LOCK_FILE);
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ pid: process.pid, at: Date.now() } satisfies LockContent));
      closeSync(fd);
      return true;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const holder = lockHolder(dataDir);
    if (holder !== null && pidAlive(holder)) return false;
    // Unreadable and brand new: its owner is writing its pid right now.
    if (holder === null && Date.now() - mtimeMs(path) < 5_000) return false;
    // Stale (its owner died without cleaning up): remove it and race for it again. Two removers
    // at once are fine: only one exclusive create succeeds.
    rmSync(path, { force: true });
  }
  return false;
}

/** The pid in the owner lock, or null (none, or unreadable: being written right now). */
export function lockHolder(dataDir: string): number | null {
  try {
    return (JSON.parse(readFileSync(join(dataDir, LOCK_FILE), 'utf8')) as LockContent).pid;
  } catch {
    return null;
  }
}

function mtimeMs(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return 0;
  }
}

export function releaseOwnerLock(dataDir: string): void {
  if (lockHolder(dataDir) === process.pid) rmSync(join(dataDir, LOCK_FILE), { force: true });
}
