/**
 * One call's project and connection: ddb-migrate.yaml read once, the target resolved once, the
 * endpoint opened (the warm embedded engine for `local` when nothing answers on localhost:8000),
 * credentials checked before any work, and an SDK client. Every application function runs inside
 * {@link withProject}, which always closes what it opened and turns endpoint and SDK failures
 * into DdbMigrateError.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { setMaxListeners } from 'node:events';
import { resolve } from 'node:path';
import { loadConfig, resolveTargetWith, type ProjectConfig } from '../desired/config.js';
import { configuredRequestTimeoutMs } from '../desired/request-timeout.js';
import { loadTablesWithWarnings } from '../desired/load-tables.js';
import { idleTimeoutFrom, openLocalEndpoint, type LocalEndpoint } from '../engine/local-endpoint.js';
import { abandonCalls, createClient, extendClients } from '../live/client.js';
import { liveClientFor, type LiveClient } from '../live/live-client.js';
import { asDdbMigrateError } from '../live/endpoint-errors.js';
import { checkCredentials, checkEndpointUrl, type EndpointSource } from '../live/preflight.js';
import { DdbMigrateError, type Problem } from '../model/errors.js';
import type { TableShape } from '../model/table-shape.js';
import type { Target } from '../model/target.js';
import { targetPolicy, usesLocalEndpoint, type TargetPolicy } from '../model/target-policy.js';
import { controlTableName } from '../state/control-table.js';
import { checkCapacityPercent, defaultCapacityPercent } from '../model/capacity-share.js';
import { MAX_TIMER_MS, parseDuration } from '../util/duration.js';
import { redactEndpoint } from '../util/local-endpoint.js';
import { ignoreEvents, type EventSink, type TargetInfo } from './events.js';
import type { ProjectOptions } from './options.js';

/** After `signal` aborts, how long the call in flight may take to finish before it is abandoned. */
export const ABORT_GRACE_MS = 5_000;

type ProcessEnv = Readonly<Record<string, string | undefined>>;

/** The project as files: read once per call, before any endpoint is opened. */
/** An opened project: its files, the client for its endpoint, the policy of its target. */
export interface ProjectFiles {
  readonly dir: string;
  readonly config: ProjectConfig;
  readonly target: Target;
  /** The control table (history, lock, applied migrations, fixture digests). */
  readonly controlTable: string;
  /** The declared tables for the target's environment (read on first use, then kept). */
  tables(): Promise<readonly TableShape[]>;
  /** The warnings of the table files, as `validate` reports them (read with {@link tables}). */
  tableWarnings(): Promise<readonly Problem[]>;
}

export interface Project extends ProjectFiles {
  readonly client: DynamoDBClient;
  /** The client with its endpoint's capability cache: what live reads and the executor are handed. */
  readonly liveClient: LiveClient;
  /** The endpoint actually used, for messages and records ("AWS us-east-1" or a URL without user-info). */
  readonly endpointLabel: string;
  /** What this target allows, decided from the endpoint actually used: every guard reads it. */
  readonly policy: TargetPolicy;
  readonly isLocal: boolean;
  /** The share of a table's capacity data work may consume (`maxCapacityPercent`, else by endpoint). */
  readonly capacityPercent: number;
  /** Aborted by the caller's signal or by a lost lock: long-running work stops at the next safe point. */
  readonly signal: AbortSignal;
  abort(): void;
  readonly emit: EventSink;
  readonly processEnv: ProcessEnv;
  readonly info: TargetInfo;
  close(): Promise<void>;
}

/** Reads ddb-migrate.yaml and resolves the target (no network). */
export async function readProject(opts: ProjectOptions): Promise<ProjectFiles> {
  const dir = resolve(opts.dir);
  const config = await loadConfig(dir);
  const target = resolveTargetWith(config, opts, opts.processEnv ?? process.env);
  let loaded: ReturnType<typeof loadTablesWithWarnings> | null = null;
  const load = () => (loaded ??= loadTablesWithWarnings(dir, target.envName, config));
  return {
    dir,
    config,
    target,
    controlTable: controlTableName(config),
    tables: async () => (await load()).tables,
    tableWarnings: async () => (await load()).warnings,
  };
}

/** Opens the project's target: the endpoint, a client, the credentials checked. */
export async function openProject(opts: ProjectOptions): Promise<Project> {
  const emit = opts.onEvent ?? ignoreEvents;
  const processEnv = opts.processEnv ?? process.env;
  const files = await readProject(opts);
  const { dir, target } = files;
  const requestTimeoutMs = requestTimeoutFor(files.config, target, opts.requestTimeout);
  if (target.endpoint !== null) checkEndpointUrl(target.endpoint, endpointSource(target, opts, processEnv, files.config));
  const controller = new AbortController();
  // Every call in flight and the fixture loader's batches listen on it: more than Node's default 10 is expected.
  setMaxListeners(0, controller.signal);
  const onAbort = () => controller.abort();
  opts.signal?.addEventListener('abort', onAbort, { once: true });
  if (opts.signal?.aborted) controller.abort();
  let endpoint = target.endpoint;
  let local: LocalEndpoint | null = null;
  // A local target pointed off this machine (`--env local --endpoint-url http://10.0.0.5:8000`)
  // talks to that endpoint as it is: no embedded engine, and not local for any guard.
  if (target.local && usesLocalEndpoint(target, endpoint)) {
    try {
      // The project's warm engine (started in the background if need be); it outlives this call.
      local = await openLocalEndpoint(dir, endpoint ?? undefined, { onEvent: emit, signal: controller.signal, idleTimeoutMs: idleTimeoutFrom(files.config) });
    } catch (e) {
      opts.signal?.removeEventListener('abort', onAbort);
      throw e;
    }
    endpoint = local.endpoint;
  }
  const client = createClient({ endpoint, region: target.region, profile: target.profile, requestTimeoutMs, env: processEnv });
  // The fixture loader's derived client too: its writes are what make the engine save a snapshot.
  if (local) extendClients(client, local.attach);
  const policy = targetPolicy(target, endpoint);
  const endpointLabel = endpoint === null ? `AWS ${target.region}` : redactEndpoint(endpoint);
  let grace: NodeJS.Timeout | undefined;
  const startGrace = () => {
    grace = setTimeout(() => abandonCalls(client), opts.abortGraceMs ?? ABORT_GRACE_MS);
    grace.unref();
  };
  opts.signal?.addEventListener('abort', startGrace, { once: true });
  const onForce = () => abandonCalls(client);
  opts.forceStop?.addEventListener('abort', onForce, { once: true });
  let closed: Promise<void> | null = null;
  const liveClient = liveClientFor(client);
  const close = () =>
    (closed ??= (async () => {
      clearTimeout(grace);
      opts.signal?.removeEventListener('abort', onAbort);
      opts.signal?.removeEventListener('abort', startGrace);
      opts.forceStop?.removeEventListener('abort', onForce);
      liveClient.destroyRegionClients();
      client.destroy();
      liveClient.scaling.destroy();
      await local?.release();
    })());
  let capacityPercent: number;
  try {
    capacityPercent = checkCapacityPercent(opts.maxCapacityPercent ?? defaultCapacityPercent(policy.local));
    // No call is made: a missing profile or credentials are said now, before any work starts.
    await checkCredentials(client, target.profile, processEnv);
  } catch (e) {
    await close();
    throw e;
  }
  const info: TargetInfo = { env: target.envName, endpoint: endpointLabel, local: policy.local };
  emit({ kind: 'connected', target: info });
  return { ...files, client, liveClient, endpointLabel, policy, isLocal: policy.local, capacityPercent, signal: controller.signal, abort: () => controller.abort(), emit, processEnv, info, close };
}

/**
 * Opens the project, runs `fn`, and always closes it (the warm engine keeps running). A signal
 * that aborted while the endpoint was opened stops here: nothing was changed.
 */
export async function withProject<T>(opts: ProjectOptions, fn: (p: Project) => Promise<T>): Promise<T> {
  let endpoint: string | undefined;
  try {
    const project = await openProject(opts);
    endpoint = project.endpointLabel;
    try {
      if (project.signal.aborted) {
        throw new DdbMigrateError({ code: 'CLI_INTERRUPTED', message: 'Interrupted while starting; nothing was changed.' });
      }
      return await fn(project);
    } finally {
      await project.close();
    }
  } catch (e) {
    // Callers get the one error shape: an endpoint or SDK failure becomes a DdbMigrateError by cause.
    throw asDdbMigrateError(e, endpoint);
  }
}

/**
 * One attempt's time limit: `requestTimeout` (the `--request-timeout` flag), else the target
 * environment's `requestTimeout:` in ddb-migrate.yaml, else its top-level one, else the client's
 * default (undefined). The config's values were checked when it was read (CONFIG_VALUE).
 */
function requestTimeoutFor(config: ProjectConfig, target: Target, option: string | undefined): number | undefined {
  if (option !== undefined) return positiveDuration(option, '--request-timeout');
  const envEntry = target.envName !== null && Object.hasOwn(config.environments, target.envName) ? config.environments[target.envName] : undefined;
  return configuredRequestTimeoutMs(config.requestTimeout, envEntry?.requestTimeout);
}

/** A duration option that must not be zero (a zero timeout would mean none at all), nor beyond a timer's range. */
function positiveDuration(text: string, flag: string): number {
  const ms = parseDuration(text, flag);
  if (ms > MAX_TIMER_MS) throw new DdbMigrateError({ code: 'CLI_BAD_DURATION', field: flag, message: `${flag} ${JSON.stringify(text)} is longer than the longest timeout Node.js can set (about 24 days).`, hint: 'Use e.g. 30s, 5m or 1h.' });
  if (ms > 0) return ms;
  throw new DdbMigrateError({ code: 'CLI_BAD_DURATION', field: flag, message: `${flag} ${JSON.stringify(text)} must be longer than zero.`, hint: 'Use e.g. 500ms, 10s or 1m.' });
}

/** Which flag, variable or config entry gave the target its endpoint URL. */
function endpointSource(target: Target, opts: ProjectOptions, env: ProcessEnv, config: ProjectConfig): EndpointSource {
  if (opts.endpointUrl !== undefined) return { kind: 'flag' };
  for (const name of ['AWS_ENDPOINT_URL_DYNAMODB', 'AWS_ENDPOINT_URL']) {
    if (!target.local && env[name] === target.endpoint) return { kind: 'env-var', name };
  }
  // At its ddb-migrate.yaml line, not a bare 'ddb-migrate.yaml:1'.
  const envName = target.envName ?? '';
  const location = config.endpointAt?.[envName];
  return { kind: 'config', envName, ...(location ? { location } : {}) };
}
