import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { loadConfig } from '../desired/config-file.js';
import { parseDuration } from '../state/duration.js';
import { answers } from './port.js';
import { startingIndicator, type StartingOutput } from './starting-indicator.js';
import { afterCommand, DEFAULT_IDLE_TIMEOUT_MS, ensureWarmEngine } from './warm-engine.js';
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

export interface OpenLocalOptions {
  /** Where "starting the embedded DynamoDB Local…" goes; nothing is printed without it. */
  readonly output?: StartingOutput;
  readonly signal?: AbortSignal;
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
  const idleTimeoutMs = await idleTimeoutOf(dir);
  const indicator = opts.output ? startingIndicator(opts.output) : null;
  let connection;
  try {
    connection = await ensureWarmEngine(dir, { idleTimeoutMs, onStarting: () => indicator?.start(), ...(opts.signal ? { signal: opts.signal } : {}) });
  } finally {
    indicator?.stop();
  }
  const { record, startedNow } = connection;
  const endpoint = `http://localhost:${record.port}`;
  if (startedNow) indicator?.done(`Started the embedded DynamoDB Local at ${endpoint} (data in ${displayPath(localDataDir(dir))}; stops after ${Math.round(idleTimeoutMs / 60_000)} min idle, or: ddb-migrate local stop).`);
  let wrote = false;
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
      await afterCommand(record, wrote).catch((e: unknown) => opts.output?.warn(`warning: the local engine could not be asked to save its snapshot: ${String(e)}`));
    },
  };
}

async function idleTimeoutOf(dir: string): Promise<number> {
  const text = (await loadConfig(dir)).localEngine?.idleTimeout;
  return text === undefined ? DEFAULT_IDLE_TIMEOUT_MS : parseDuration(text, 'localEngine.idleTimeout');
}
