/**
 * A command's connection to its target: resolved config + flags, the endpoint (starting the
 * embedded engine for `--local` when nothing answers on localhost:8000), and an SDK client.
 * Loaded lazily by commands that talk to DynamoDB.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { resolve } from 'node:path';
import { openLocalEndpoint } from '../engine/local-endpoint.js';
import { createClient, isLocalEndpoint } from '../live/client.js';
import type { Target } from '../model/target.js';
import { resolveTarget } from '../spec/config.js';
import type { TargetArgs } from './global-options.js';
import type { Io } from './io.js';

export interface Session {
  readonly dir: string;
  readonly target: Target;
  readonly client: DynamoDBClient;
  /** The endpoint actually used, for messages ("AWS us-east-1" or a URL). */
  readonly endpointLabel: string;
  /** True when the endpoint is a local engine (the embedded one or localhost). */
  readonly isLocal: boolean;
  close(): Promise<void>;
}

export async function openSession(dirArg: string, args: TargetArgs, io: Io, quiet = false): Promise<Session> {
  const dir = resolve(dirArg);
  const target = await resolveTarget(dir, args);
  let endpoint = target.endpoint;
  let release = async (): Promise<void> => {};
  if (target.local) {
    const local = await openLocalEndpoint(dir, endpoint ?? undefined);
    endpoint = local.endpoint;
    release = () => local.release();
    if (local.engine && !quiet) io.err(`Started the embedded DynamoDB Local at ${endpoint} (data in ${dir}/.ddb-local).`);
  }
  const client = createClient({ endpoint, region: target.region, profile: target.profile });
  const isLocal = target.local || (endpoint !== null && isLocalEndpoint(endpoint));
  return {
    dir,
    target,
    client,
    endpointLabel: endpoint ?? `AWS ${target.region}`,
    isLocal,
    async close() {
      client.destroy();
      await release();
    },
  };
}

/** Opens a session, runs `fn`, and always closes it (stopping an engine this command started). */
export async function withSession<T>(dir: string, args: TargetArgs, io: Io, fn: (s: Session) => Promise<T>, quiet = false): Promise<T> {
  const session = await openSession(dir, args, io, quiet);
  const stop = () => void session.close();
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    return await fn(session);
  } finally {
    process.off('SIGINT', stop);
    process.off('SIGTERM', stop);
    await session.close();
  }
}
