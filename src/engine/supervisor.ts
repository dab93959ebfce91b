/**
 * The warm engine's supervisor: owns one in-memory DynamoDB Local for a data directory, restores
 * its snapshot on start, saves one when asked (after a command wrote), on idle, on stop and on
 * SIGTERM, and stops Java before it exits itself. Runs detached (warm-engine-main.ts) or in the
 * foreground (`ddb-migrate local`).
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { DdbMigrateError } from '../model/errors.js';
import { prepareDataDir } from './data-dir.js';
import { startEngine, type RunningEngine } from './dynamodb-local.js';
import { readSnapshot, restoreSnapshot, takeSnapshot, writeSnapshot, type SnapshotSummary } from './snapshot.js';
import { pidAlive, readRecord, releaseOwnerLock, removeRecord, tryTakeOwnerLock, writeRecord, type WarmRecord } from './warm-record.js';
import { displayPath } from '../util/display-path.js';

export interface SupervisorOptions {
  /** The project directory; everything lives in `<dir>/.ddb-local/`. */
  readonly dir: string;
  /** 0: a free port. */
  readonly port: number;
  /** null: never stops for idleness. */
  readonly idleTimeoutMs: number | null;
  readonly foreground: boolean;
  readonly delayTransientStatuses?: boolean;
  /** Stops the engine when aborted (SIGTERM / Ctrl-C are wired to it by the callers). */
  readonly signal: AbortSignal;
  readonly log: (line: string) => void;
  /** Called once the engine is restored and the record written. */
  readonly onReady?: (record: WarmRecord, restored: SnapshotSummary | null) => void;
}

export type StopReason = 'requested' | 'idle' | 'engine-exited' | 'data-dir-removed';

/** Runs until stopped; resolves to why it stopped. Throws ENGINE_ALREADY_RUNNING when the data dir has an engine. */
export async function runSupervisor(opts: SupervisorOptions): Promise<StopReason> {
  const dataDir = prepareDataDir(opts.dir);
  if (!tryTakeOwnerLock(dataDir)) {
    const other = readRecord(dataDir);
    throw new DdbMigrateError({
      code: 'ENGINE_ALREADY_RUNNING',
      message: `an engine already runs on ${displayPath(dataDir)}${other ? ` (pid ${other.pid}, http://localhost:${other.port})` : ' (starting)'}.`,
      hint: 'Use it (ddb-migrate plan --local), or stop it first: ddb-migrate local stop',
    });
  }
  let engine: RunningEngine | null = null;
  let server: Server | null = null;
  try {
    killOrphanedJava(dataDir);
    engine = await startEngine({ port: opts.port, dataDir: null, marker: dataDir, delayTransientStatuses: opts.delayTransientStatuses ?? false });
    // Stopped while Java started (Ctrl-C of the command that spawned it): nothing to save yet.
    if (opts.signal.aborted) return 'requested';
    process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true'; // as src/live/client.ts
    const client = new DynamoDBClient({ endpoint: engine.endpoint, region: 'local', credentials: { accessKeyId: 'ddbmigrate', secretAccessKey: 'ddbmigrate' } });
    const saved = readSnapshot(dataDir);
    const restored = saved ? await restoreSnapshot(client, saved) : null;
    if (restored) opts.log(`restored ${restored.items} item(s) in ${restored.tables} table(s) from the snapshot`);

    let lastUse = Date.now();
    // Snapshots run one at a time: a second request waits for the first and then takes its own.
    let chain: Promise<unknown> = Promise.resolve();
    let pending = 0;
    const snapshot = (): Promise<SnapshotSummary> => {
      pending += 1;
      const next = chain.then(async () => writeSnapshot(dataDir, await takeSnapshot(client))).finally(() => (pending -= 1));
      chain = next.catch((e: unknown) => opts.log(`snapshot failed: ${String(e)}`));
      return next;
    };
    // After a writing command: saved in the background, so the command does not wait for it. A
    // request while one is queued adds nothing (the queued one will see the newer writes).
    const snapshotSoon = (): void => {
      if (pending < 2) void snapshot().catch(() => undefined);
    };
    const stop = new AbortController();
    let reason: StopReason = 'requested';
    const stopFor = (why: StopReason) => {
      if (stop.signal.aborted) return;
      reason = why;
      stop.abort();
    };
    server = await controlServer({
      status: () => ({ pid: process.pid, port: engine?.port, lastUse: new Date(lastUse).toISOString(), snapshotsPending: pending }),
      touch: () => (lastUse = Date.now()),
      snapshot,
      snapshotSoon,
      stop: () => stopFor('requested'),
    });
    const address = server.address();
    const record: WarmRecord = {
      pid: process.pid,
      javaPid: engine.pid,
      port: engine.port,
      controlPort: typeof address === 'object' && address ? address.port : 0,
      dataMode: 'in-memory+snapshot',
      startedAt: new Date().toISOString(),
      idleTimeoutMs: opts.idleTimeoutMs,
      foreground: opts.foreground,
    };
    writeRecord(dataDir, record);
    opts.log(`engine ready: pid ${process.pid}, java ${engine.pid}, port ${engine.port}`);
    opts.onReady?.(record, restored);

    opts.signal.addEventListener('abort', () => stopFor('requested'), { once: true });
    if (opts.signal.aborted) stopFor('requested');
    void engine.exited.then(() => stopFor('engine-exited'));
    const every = Math.max(200, Math.min(30_000, Math.floor((opts.idleTimeoutMs ?? 30_000) / 4)));
    const timer = setInterval(() => {
      // The project (or its .ddb-local) was deleted: there is nothing to save to, nor anyone to serve.
      if (!existsSync(dataDir)) stopFor('data-dir-removed');
      else if (opts.idleTimeoutMs !== null && Date.now() - lastUse >= opts.idleTimeoutMs) stopFor('idle');
    }, every);
    await new Promise<void>((res) => stop.signal.addEventListener('abort', () => res(), { once: true }));
    clearInterval(timer);
    // Gone from the record first: a command arriving now waits for the owner lock and starts a
    // new engine after this one saved its snapshot, instead of connecting to one that is stopping.
    if (existsSync(dataDir)) removeRecord(dataDir, process.pid);
    if (reason === 'requested' || reason === 'idle') {
      const saved = await snapshot();
      opts.log(`stopping (${reason}): saved ${saved.items} item(s) in ${saved.tables} table(s)`);
    } else {
      opts.log(`stopping (${reason}): nothing saved; the last snapshot stays as it was`);
    }
    client.destroy();
    return reason;
  } finally {
    server?.close();
    await engine?.stop();
    if (existsSync(dataDir)) {
      removeRecord(dataDir, process.pid);
      releaseOwnerLock(dataDir);
    }
  }
}

interface ControlHandlers {
  status(): unknown;
  touch(): void;
  snapshot(): Promise<SnapshotSummary>;
  snapshotSoon(): void;
  stop(): void;
}

/** The supervisor's control port on 127.0.0.1: GET /status, POST /touch, /snapshot (waits), /snapshot-soon, /stop. */
async function controlServer(h: ControlHandlers): Promise<Server> {
  const server = createServer((req, res) => {
    const send = (code: number, body: unknown) => {
      res.writeHead(code, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    const route = `${req.method ?? ''} ${req.url ?? ''}`;
    if (route !== 'GET /status') h.touch();
    if (route === 'GET /status') send(200, h.status());
    else if (route === 'POST /touch') send(200, { ok: true });
    else if (route === 'POST /snapshot-soon') {
      h.snapshotSoon();
      send(200, { queued: true });
    } else if (route === 'POST /snapshot') h.snapshot().then((s) => send(200, s), (e: unknown) => send(500, { error: String(e) }));
    else if (route === 'POST /stop') {
      send(200, { ok: true });
      h.stop();
    } else send(404, { error: `unknown ${route}` });
  });
  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res());
  });
  return server;
}

/**
 * A Java left by a supervisor that was killed (kill -9 cannot be caught) still holds its port:
 * stop it, but only if its command line carries this data dir's marker.
 */
function killOrphanedJava(dataDir: string): void {
  const old = readRecord(dataDir);
  if (!old || !pidAlive(old.javaPid) || process.platform === 'win32') return;
  try {
    const args = execFileSync('ps', ['-o', 'args=', '-p', String(old.javaPid)], { encoding: 'utf8' });
    if (args.includes(`-Dddbmigrate.dataDir=${dataDir}`)) process.kill(old.javaPid, 'SIGKILL');
  } catch {
    // Gone in the meantime.
  }
}
