/**
 * A command's connection to its target: resolved config + flags, the endpoint (starting the
 * embedded engine for `--local` when nothing answers on localhost:8000), and an SDK client.
 * Loaded lazily by commands that talk to DynamoDB.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { setMaxListeners } from 'node:events';
import { resolve } from 'node:path';
import { openLocalEndpoint, type LocalEndpoint } from '../engine/local-endpoint.js';
import { abandonCalls, createClient } from '../live/client.js';
import { endpointProblem } from '../live/endpoint-errors.js';
import { liveClientFor, type LiveClient } from '../live/live-client.js';
import { checkCredentials, checkEndpointUrl, type EndpointSource } from '../live/preflight.js';
import { DdbMigrateError } from '../model/errors.js';
import { MAX_TIMER_MS, parseDuration } from '../state/duration.js';
import type { Target } from '../model/target.js';
import { targetPolicy, usesLocalEndpoint, type TargetPolicy } from '../model/target-policy.js';
import { redactEndpoint } from '../util/local-endpoint.js';
import { loadConfig, resolveTargetWith, type ProjectConfig } from '../desired/config.js';
import { configuredRequestTimeoutMs } from '../desired/request-timeout.js';
import type { TargetArgs } from './global-options.js';
import type { Io } from './io.js';

export interface Session {
  readonly dir: string;
  readonly target: Target;
  readonly client: DynamoDBClient;
  /** The client with its endpoint's capability cache: what live reads and the executor are handed. */
  readonly liveClient: LiveClient;
  /** The endpoint actually used, for messages and records ("AWS us-east-1" or a URL without user-info). */
  readonly endpointLabel: string;
  /** What this target allows, decided from the endpoint actually used: every guard reads it. */
  readonly policy: TargetPolicy;
  /** `policy.local`: the endpoint is on this machine (the embedded engine or localhost). */
  readonly isLocal: boolean;
  /** Aborted by the first Ctrl-C: long-running work stops cleanly at the next safe point. */
  readonly signal: AbortSignal;
  /** Asks long-running work to stop at the next safe point (as Ctrl-C does). */
  abort(): void;
  close(): Promise<void>;
}

export async function openSession(dirArg: string, args: TargetArgs, io: Io, quiet = false, controller: AbortController = new AbortController()): Promise<Session> {
  const dir = resolve(dirArg);
  const config = await loadConfig(dir);
  const target = resolveTargetWith(config, args, process.env);
  // --request-timeout, else the environment's requestTimeout:, else the top-level one, else the client's default.
  const envEntry = target.envName !== null && Object.hasOwn(config.environments, target.envName) ? config.environments[target.envName] : undefined;
  const requestTimeoutMs =
    args.requestTimeout === undefined ? configuredRequestTimeoutMs(config.requestTimeout, envEntry?.requestTimeout) : positiveDuration(args.requestTimeout, '--request-timeout');
  if (target.endpoint !== null) checkEndpointUrl(target.endpoint, endpointSource(target, args, config));
  let endpoint = target.endpoint;
  let release = async (): Promise<void> => {};
  let local: LocalEndpoint | null = null;
  // A local target pointed off this machine (`--env local --endpoint-url http://10.0.0.5:8000`)
  // talks to that endpoint as it is: no embedded engine, and not local for any guard.
  if (target.local && usesLocalEndpoint(target, endpoint)) {
    // The project's warm engine (started in the background if need be); it outlives this command.
    local = await openLocalEndpoint(dir, endpoint ?? undefined, { output: { isTTY: io.isTTY, quiet, err: io.err, warn: io.err }, signal: controller.signal });
    endpoint = local.endpoint;
    const opened = local;
    release = () => opened.release();
  }
  const client = createClient({ endpoint, region: target.region, profile: target.profile, requestTimeoutMs });
  local?.attach(client);
  const policy = targetPolicy(target, endpoint);
  try {
    // No call is made: a missing profile or credentials are said now, before any work starts.
    await checkCredentials(client, target.profile);
  } catch (e) {
    client.destroy();
    await release();
    throw e;
  }
  return {
    dir,
    target,
    client,
    liveClient: liveClientFor(client),
    endpointLabel: endpoint === null ? `AWS ${target.region}` : redactEndpoint(endpoint),
    policy,
    isLocal: policy.local,
    signal: controller.signal,
    abort: () => controller.abort(),
    async close() {
      client.destroy();
      await release();
    },
  };
}

/** A duration flag that must not be zero (a zero timeout would mean none at all), nor beyond a timer's range. */
function positiveDuration(text: string, flag: string): number {
  const ms = parseDuration(text, flag);
  if (ms > MAX_TIMER_MS) throw new DdbMigrateError({ code: 'CLI_BAD_DURATION', field: flag, message: `${flag} ${JSON.stringify(text)} is longer than the longest timeout Node.js can set (about 24 days).`, hint: 'Use e.g. 30s, 5m or 1h.' });
  if (ms > 0) return ms;
  throw new DdbMigrateError({ code: 'CLI_BAD_DURATION', field: flag, message: `${flag} ${JSON.stringify(text)} must be longer than zero.`, hint: 'Use e.g. 500ms, 10s or 1m.' });
}

/** Which flag, variable or config entry gave the target its endpoint URL. */
function endpointSource(target: Target, args: TargetArgs, config: ProjectConfig): EndpointSource {
  if (args.endpointUrl !== undefined) return { kind: 'flag' };
  for (const name of ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL']) {
    if (!target.local && process.env[name] === target.endpoint) return { kind: 'env-var', name };
  }
  const envName = target.envName ?? '';
  const location = config.endpointAt?.[envName];
  return { kind: 'config', envName, ...(location ? { location } : {}) };
}

/** After a signal, how long the call in flight may take to finish before it is abandoned. */
export const SIGNAL_GRACE_MS = 5_000;

/** 128 + the signal's number, as shells report a command a signal ended. */
const SIGNAL_EXIT: Readonly<Record<'SIGINT' | 'SIGTERM', number>> = { SIGINT: 130, SIGTERM: 143 };

/**
 * Opens a session, runs `fn`, and always closes it (stopping an engine this command started).
 * The first Ctrl-C (or SIGTERM) asks for a clean stop through `session.signal`: the call in flight
 * may finish, nothing new starts, the lock is released and the report says what ran. A call still
 * in flight {@link SIGNAL_GRACE_MS} after the signal is abandoned (an endpoint that never answers
 * must not keep the command alive), and so is every later call. The command then exits 130
 * (SIGINT) or 143 (SIGTERM). A second signal quits at once (a held lock frees itself when its
 * lease expires).
 */
export async function withSession(dir: string, args: TargetArgs, io: Io, fn: (s: Session) => Promise<number>, quiet = false): Promise<number> {
  const abort = new AbortController();
  // Every call in flight and the fixture loader's batches listen on it: more than Node's default 10 is expected.
  setMaxListeners(0, abort.signal);
  let session: Session | null = null;
  let received: 'SIGINT' | 'SIGTERM' | null = null;
  let grace: NodeJS.Timeout | undefined;
  // Installed before the session opens: a signal while the embedded engine starts must not kill
  // Node without its exit hook (which stops the engine), leaving Java running.
  const interrupt = (signal: 'SIGINT' | 'SIGTERM') => {
    if (received === null) {
      received = signal;
      io.err(`\nInterrupted (${signal}): finishing the call in flight (at most ${SIGNAL_GRACE_MS / 1000} s); no further step will start. Press Ctrl-C again to quit at once.`);
      abort.abort();
      grace = setTimeout(() => {
        if (session) abandonCalls(session.client);
      }, SIGNAL_GRACE_MS);
      grace.unref();
      return;
    }
    void (session?.close() ?? Promise.resolve()).finally(() => process.exit(SIGNAL_EXIT[signal]));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    session = await openSession(dir, args, io, quiet, abort);
    if (abort.signal.aborted) {
      throw new DdbMigrateError({ code: 'CLI_INTERRUPTED', message: 'Interrupted while starting; nothing was changed.' });
    }
    const code = await fn(session);
    return received ? SIGNAL_EXIT[received] : code;
  } catch (e) {
    if (!received) throw e;
    // Whatever stopped the command, it was the signal that ended it: the exit code says so.
    const problems = e instanceof DdbMigrateError ? e.problems : [endpointProblem(e, session?.endpointLabel) ?? { code: 'CLI_INTERRUPTED', message: `interrupted by ${received}` }];
    throw new DdbMigrateError(problems, SIGNAL_EXIT[received]);
  } finally {
    clearTimeout(grace);
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await session?.close();
  }
}
