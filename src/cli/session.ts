/**
 * A command's connection to its target: resolved config + flags, the endpoint (starting the
 * embedded engine for `--local` when nothing answers on localhost:8000), and an SDK client.
 * Loaded lazily by commands that talk to DynamoDB.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { resolve } from 'node:path';
import { openLocalEndpoint, type LocalEndpoint } from '../engine/local-endpoint.js';
import { createClient } from '../live/client.js';
import { liveClientFor, type LiveClient } from '../live/live-client.js';
import { DdbMigrateError } from '../model/errors.js';
import type { Target } from '../model/target.js';
import { targetPolicy, usesLocalEndpoint, type TargetPolicy } from '../model/target-policy.js';
import { redactEndpoint } from '../util/local-endpoint.js';
import { resolveTarget } from '../spec/config.js';
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
  const target = await resolveTarget(dir, args);
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
  const client = createClient({ endpoint, region: target.region, profile: target.profile });
  local?.attach(client);
  const policy = targetPolicy(target, endpoint);
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

/**
 * Opens a session, runs `fn`, and always closes it (stopping an engine this command started).
 * The first Ctrl-C (or SIGTERM) asks for a clean stop through `session.signal`: the call in flight
 * finishes, nothing new starts, the lock is released and the report says what ran. A second one
 * quits at once (a held lock then frees itself when its lease expires).
 */
export async function withSession<T>(dir: string, args: TargetArgs, io: Io, fn: (s: Session) => Promise<T>, quiet = false): Promise<T> {
  const abort = new AbortController();
  let session: Session | null = null;
  // Installed before the session opens: a signal while the embedded engine starts must not kill
  // Node without its exit hook (which stops the engine), leaving Java running.
  const interrupt = () => {
    if (!abort.signal.aborted) {
      io.err('\nInterrupted: finishing the call in flight; no further step will start. Press Ctrl-C again to quit at once.');
      abort.abort();
      return;
    }
    void (session?.close() ?? Promise.resolve()).finally(() => process.exit(130));
  };
  process.on('SIGINT', interrupt);
  process.on('SIGTERM', interrupt);
  try {
    session = await openSession(dir, args, io, quiet, abort);
    if (abort.signal.aborted) {
      throw new DdbMigrateError({ code: 'CLI_INTERRUPTED', message: 'Interrupted while starting; nothing was changed.' });
    }
    return await fn(session);
  } finally {
    process.off('SIGINT', interrupt);
    process.off('SIGTERM', interrupt);
    await session?.close();
  }
}
