import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig, type ProjectConfig } from '../desired/config-file.js';
import { formatDuration, parseDuration } from '../state/duration.js';
import { answers } from './port.js';
import { afterCommand, DEFAULT_IDLE_TIMEOUT_MS, ensureWarmEngine, keepAlive } from './warm-engine.js';
import type { WarmRecord } from './warm-record.js';
import { displayPath } from '../util/display-path.js';
import { localDataDir } from './data-dir.js';

export const DEFAULT_LOCAL_ENDPOINT = 'http://localhost:8000';

export interface LocalEndpoint {
  readonly endpoint: string;
  /** The project's warm engine, or null when an endpoint was already answering at the URL. */
  readonly engine: WarmRecord | null;
  /** True when this command had to start the warm engine. */
  readonly startedNow: boolean;
  /** Watches the command's client for writes, so `release()` knows to ask for a snapshot. */
  attach(client: DynamoDBClient): void;
  /** Ends the command's use: a snapshot (in the background) if it wrote, else a touch of the idle clock. The engine keeps running. */
  release(): Promise<void>;
}

/**
 * What opening the local endpoint reports, for a caller to show (the CLI draws a spinner between
 * `starting` and `starting-ended`). Nothing is printed here.
 */
export type LocalEngineEvent =
  | { readonly kind: 'engine-starting' }
  | { readonly kind: 'engine-starting-ended' }
  | { readonly kind: 'engine-started'; readonly endpoint: string; readonly message: string }
  | { readonly kind: 'warning'; readonly message: string };

export interface OpenLocalOptions {
  readonly onEvent?: (e: LocalEngineEvent) => void;
  readonly signal?: AbortSignal;
  /** The project's `localEngine.idleTimeout` in ms, when the caller has read the config already. */
  readonly idleTimeoutMs?: number;
}

/** SDK commands that change tables or items: after one, the warm engine saves a snapshot. */
const WRITING_COMMANDS = new Set(
  ['CreateTable', 'DeleteTable', 'UpdateTable', 'UpdateTimeToLive', 'PutItem', 'UpdateItem', 'DeleteItem', 'BatchWriteItem', 'TransactWriteItems', 'ExecuteStatement', 'BatchExecuteStatement', 'ExecuteTransaction'].map((c) => `${c}Command`),
);

/**
 * `--local`: the endpoint at localhost:8000 when something answers there, else the project's warm
 * engine on `<dir>/.ddb-local` (started in the background when none runs, and left running for
 * the next command until its idle timeout).
 */
export async function openLocalEndpoint(dir: string, url = DEFAULT_LOCAL_ENDPOINT, opts: OpenLocalOptions = {}): Promise<LocalEndpoint> {
  if (await answers(url)) return { endpoint: url, engine: null, startedNow: false, attach: () => {}, release: async () => {} };
  const idleTimeoutMs = opts.idleTimeoutMs ?? (await idleTimeoutOf(dir));
  const emit = opts.onEvent ?? (() => undefined);
  let connection;
  let starting = false;
  try {
    const onStarting = () => {
      starting = true;
      emit({ kind: 'engine-starting' });
    };
    connection = await ensureWarmEngine(dir, { idleTimeoutMs, onStarting, ...(opts.signal ? { signal: opts.signal } : {}) });
  } finally {
    if (starting) emit({ kind: 'engine-starting-ended' });
  }
  const { record, startedNow } = connection;
  const endpoint = `http://localhost:${record.port}`;
  if (startedNow) emit({ kind: 'engine-started', endpoint, message: `Started the embedded DynamoDB Local at ${endpoint} (data in ${displayPath(localDataDir(dir))}; stops after ${idleLabel(idleTimeoutMs)} idle, or: ddb-migrate local stop).` });
  let wrote = false;
  const stopKeepingAlive = keepAlive(record, idleTimeoutMs);
  return {
    endpoint,
    engine: record,
    startedNow,
    attach(client) {
      client.middlewareStack.add(
        (next, context) => async (args) => {
          if (WRITING_COMMANDS.has(context.commandName ?? '')) wrote = true;
          return next(args);
        },
        { step: 'initialize', name: 'ddbMigrateWarmEngineWrites' },
      );
    },
    async release() {
      stopKeepingAlive();
      await afterCommand(record, wrote).catch((e: unknown) => emit({ kind: 'warning', message: `warning: the local engine could not be asked to save its snapshot: ${String(e)}` }));
    },
  };
}

async function idleTimeoutOf(dir: string): Promise<number> {
  return idleTimeoutFrom(await loadConfig(dir));
}

/** `localEngine.idleTimeout` of a loaded ddb-migrate.yaml, in ms (the default when it does not say). */
export function idleTimeoutFrom(config: ProjectConfig): number {
  const text = config.localEngine?.idleTimeout;
  return text === undefined ? DEFAULT_IDLE_TIMEOUT_MS : parseDuration(text, 'localEngine.idleTimeout');
}

/** `30 min` for whole minutes (the default), else `4s`, `1m 30s`: a 2 s idle timeout is not "0 min". */
function idleLabel(ms: number): string {
  return ms >= 60_000 && ms % 60_000 === 0 ? `${ms / 60_000} min` : formatDuration(ms);
}
