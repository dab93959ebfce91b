/**
 * The one place a DynamoDB client is made: default credential chain and profiles for AWS, dummy
 * credentials for an engine on this machine, retry settings that suit a control-plane tool, a
 * bounded time for every call, and calls in flight that a signal can abandon.
 */
import { setMaxListeners } from 'node:events';
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import type { Agent as HttpAgent } from 'node:http';
import type { Agent as HttpsAgent } from 'node:https';
import { isLocalEndpoint } from '../util/local-endpoint.js';
import { rememberEndpoint, type EndpointContext } from './endpoint-errors.js';

export { isLocalEndpoint };

/** Per-attempt time limits when none is given: an engine on this machine answers at once, AWS within seconds. */
export const DEFAULT_REQUEST_TIMEOUT_MS = { local: 10_000, aws: 30_000 } as const;

export interface ClientOptions {
  /** Endpoint URL, or null for AWS's own (the SDK then honours AWS_ENDPOINT_URL(_DYNAMODB)). */
  readonly endpoint: string | null;
  readonly region: string;
  readonly profile: string | null;
  /** Time one attempt of a call may take (connect, answer, body), in ms; default {@link DEFAULT_REQUEST_TIMEOUT_MS}. */
  readonly requestTimeoutMs?: number | undefined;
  /**
   * The environment read for AWS_ENDPOINT_URL(_DYNAMODB), AWS_PROFILE and AWS_ACCESS_KEY_ID (whether
   * a local endpoint gets dummy credentials). Default `process.env`. The SDK's own credential chain
   * and endpoint resolution read the real process environment whatever this says.
   */
  readonly env?: Readonly<Record<string, string | undefined>> | undefined;
}

type Env = Readonly<Record<string, string | undefined>>;

/** The endpoint the SDK will use when none is passed: the documented environment overrides. */
function effectiveEndpoint(endpoint: string | null, env: Env): string | null {
  return endpoint ?? env['AWS_ENDPOINT_URL_DYNAMODB'] ?? env['AWS_ENDPOINT_URL'] ?? null;
}

function credentialsConfigured(profile: string | null, env: Env): boolean {
  return Boolean(profile || env['AWS_PROFILE'] || env['AWS_ACCESS_KEY_ID']);
}

type HandleArgs = Parameters<NodeHttpHandler['handle']>;
type HttpHandlerOptions = NonNullable<HandleArgs[1]>;

/**
 * The SDK's Node handler, whose calls can all be abandoned at once: a signal must not wait for an
 * endpoint that never answers. Once abandoned, later calls fail at once too (the command is ending).
 */
class AbandonableHttpHandler extends NodeHttpHandler {
  constructor(
    private readonly abandoned: AbortSignal,
    options: ConstructorParameters<typeof NodeHttpHandler>[0],
  ) {
    super(options);
  }

  override handle(request: HandleArgs[0], options: HttpHandlerOptions = {}): ReturnType<NodeHttpHandler['handle']> {
    const given = options.abortSignal as AbortSignal | undefined;
    return super.handle(request, { ...options, abortSignal: given ? AbortSignal.any([given, this.abandoned]) : this.abandoned });
  }
}

/** What createClient knows about a client, shared with the clients derived from it. */
interface ClientRecord {
  readonly context: EndpointContext;
  /** Aborted by {@link abandonCalls}: every call of the client and of its derived clients ends. */
  readonly abandon: AbortController;
  /** Run on every client derived from this one (see {@link extendClients}). */
  readonly extensions: ((client: DynamoDBClient) => void)[];
}

const records = new WeakMap<DynamoDBClient, ClientRecord>();

interface Agents {
  readonly httpAgent?: HttpAgent;
  readonly httpsAgent?: HttpsAgent;
}

/**
 * DynamoDB has no long-polling call, so one bound serves all three: connecting, the whole attempt
 * (a server that never finishes its headers), and silence while reading the body.
 */
function boundedHandler(record: ClientRecord, agents: Agents = {}): AbandonableHttpHandler {
  const ms = record.context.requestTimeoutMs;
  return new AbandonableHttpHandler(record.abandon.signal, { connectionTimeout: ms, requestTimeout: ms, throwOnRequestTimeout: true, socketTimeout: ms, ...agents });
}

/** Outermost (around the retries): what finally leaves send() is tagged with where it came from. */
function tagErrors(client: DynamoDBClient, context: EndpointContext): void {
  client.middlewareStack.add(
    (next) => async (args) => {
      try {
        return await next(args);
      } catch (e) {
        rememberEndpoint(e, context);
        throw e;
      }
    },
    { step: 'initialize', name: 'ddbMigrateEndpointContext', priority: 'high' },
  );
}

/**
 * A client for `opts`. Local endpoints get static dummy credentials unless some are configured
 * (DynamoDB Local runs with -sharedDb, so any key sees the same tables), fewer SDK retries (a
 * refused connection should fail fast) and no adaptive rate limiting. Every attempt of every call
 * is bounded by the request timeout (the SDK retries a timeout like any transient error), and an
 * error that leaves the client remembers which endpoint it came from (see endpoint-errors.ts).
 */
export function createClient(opts: ClientOptions): DynamoDBClient {
  // The SDK warns on every run that releases after January 2027 need Node 22. The documented
  // switch (aws/aws-sdk-js-v3#7983) is this variable; a user who sets it keeps their value.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

  const env = opts.env ?? process.env;
  const endpoint = effectiveEndpoint(opts.endpoint, env);
  const local = endpoint !== null && isLocalEndpoint(endpoint);
  const requestTimeoutMs = opts.requestTimeoutMs ?? (local ? DEFAULT_REQUEST_TIMEOUT_MS.local : DEFAULT_REQUEST_TIMEOUT_MS.aws);
  const record: ClientRecord = { context: { endpoint: endpoint ?? `AWS ${opts.region}`, requestTimeoutMs }, abandon: new AbortController(), extensions: [] };
  // One listener per call in flight (concurrent batch writes): more than Node's default 10 is expected.
  setMaxListeners(0, record.abandon.signal);
  const config: DynamoDBClientConfig = {
    region: opts.region,
    // Throttling on the control plane is retried by the SDK; LimitExceeded / ResourceInUse are
    // retried by the executor, which knows to wait for ACTIVE first.
    maxAttempts: local ? 3 : 8,
    retryMode: local ? 'standard' : 'adaptive',
    requestHandler: boundedHandler(record),
  };
  if (opts.endpoint) config.endpoint = opts.endpoint;
  if (opts.profile) config.profile = opts.profile;
  if (local && !credentialsConfigured(opts.profile, env)) {
    // DynamoDB Local 2+ refuses access key ids with anything but letters and digits.
    config.credentials = { accessKeyId: 'ddbmigrate', secretAccessKey: 'ddbmigrate' };
  }
  const client = new DynamoDBClient(config);
  tagErrors(client, record.context);
  records.set(client, record);
  return client;
}

/**
 * A client for `base`'s endpoint, region and credentials with settings of its own (the fixture
 * loader's: no SDK retries, its own keep-alive sockets). A base made by createClient passes on its
 * timeout, its error tagging, its abandonment and its extensions; any other base (a test's client)
 * passes on none. `extend` is run on the new client and on every client derived from it (not on
 * `base`'s other ones): the capacity share's pacing reaches the loader's client this way.
 */
export function deriveClient(
  base: DynamoDBClient,
  opts: Agents & { readonly maxAttempts: number | (() => Promise<number>); readonly retryMode?: DynamoDBClientConfig['retryMode']; readonly extend?: (client: DynamoDBClient) => void },
): DynamoDBClient {
  const record = records.get(base);
  const agents: Agents = { ...(opts.httpAgent ? { httpAgent: opts.httpAgent } : {}), ...(opts.httpsAgent ? { httpsAgent: opts.httpsAgent } : {}) };
  const client = new DynamoDBClient({
    region: base.config.region,
    ...(base.config.isCustomEndpoint && base.config.endpoint ? { endpoint: base.config.endpoint } : {}),
    credentials: base.config.credentials,
    maxAttempts: opts.maxAttempts,
    ...(opts.retryMode !== undefined ? { retryMode: opts.retryMode } : {}),
    requestHandler: record ? boundedHandler(record, agents) : agents,
  });
  if (record) {
    tagErrors(client, record.context);
    // Shared (extensions added to base later reach it), unless this client brings one of its own.
    const own = opts.extend ? { ...record, extensions: [...record.extensions, opts.extend] } : record;
    records.set(client, own);
    for (const extend of record.extensions) extend(client);
  }
  opts.extend?.(client);
  return client;
}

/**
 * Runs `extend` on `client` and on every client derived from it later (the fixture loader's): a
 * middleware that must see every call of the command, such as the warm engine's write tracking.
 */
export function extendClients(client: DynamoDBClient, extend: (client: DynamoDBClient) => void): void {
  extend(client);
  records.get(client)?.extensions.push(extend);
}

/**
 * Abandons every call `client` (and every client derived from it) has in flight, and every later
 * one: they reject with AbortError at once. After a signal, once the call in flight had its grace
 * period: the command is ending.
 */
export function abandonCalls(client: DynamoDBClient): void {
  records.get(client)?.abandon.abort();
}

/** The endpoint URL a client talks to, or null when it resolves AWS's own per region. */
export async function clientEndpoint(client: DynamoDBClient): Promise<string | null> {
  const provider = client.config.endpoint;
  // No endpoint configured: the SDK resolves it from the real process environment.
  if (!provider) return effectiveEndpoint(null, process.env);
  const ep = await provider();
  const port = ep.port ? `:${ep.port}` : '';
  return `${ep.protocol}//${ep.hostname}${port}${ep.path ?? ''}`;
}

/**
 * A client for `base`'s endpoint, credentials and settings in another Region: a global table's
 * replica settings that live in its Region (PITR, deletion protection, tags) are read and set there.
 * A base made by createClient passes on its timeout, error tagging, abandonment and extensions.
 */
export function clientForRegion(base: DynamoDBClient, region: string): DynamoDBClient {
  const record = records.get(base);
  const client = new DynamoDBClient({
    region,
    ...(base.config.isCustomEndpoint && base.config.endpoint ? { endpoint: base.config.endpoint } : {}),
    credentials: base.config.credentials,
    maxAttempts: base.config.maxAttempts,
    retryMode: base.config.retryMode,
    ...(record ? { requestHandler: boundedHandler(record) } : {}),
  });
  if (record) {
    tagErrors(client, record.context);
    records.set(client, record);
    for (const extend of record.extensions) extend(client);
  }
  return client;
}
