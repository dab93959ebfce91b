/**
 * The one place a DynamoDB client is made: default credential chain and profiles for AWS, dummy
 * credentials for an engine on this machine, retry settings that suit a control-plane tool, a
 * bounded time for every call, and calls in flight that a signal can abandon.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { NodeHttpHandler } from '@smithy/node-http-handler';
import { isLocalEndpoint } from '../util/local-endpoint.js';
import { rememberEndpoint } from './endpoint-errors.js';

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
}

/** The endpoint the SDK will use when none is passed: the documented environment overrides. */
function effectiveEndpoint(endpoint: string | null): string | null {
  return endpoint ?? process.env['AWS_ENDPOINT_URL_DYNAMODB'] ?? process.env['AWS_ENDPOINT_URL'] ?? null;
}

function credentialsConfigured(profile: string | null): boolean {
  return Boolean(profile || process.env['AWS_PROFILE'] || process.env['AWS_ACCESS_KEY_ID']);
}

type HandleArgs = Parameters<NodeHttpHandler['handle']>;
type HttpHandlerOptions = NonNullable<HandleArgs[1]>;

/**
 * The SDK's Node handler, whose calls can all be abandoned at once: a signal must not wait for an
 * endpoint that never answers. Once abandoned, later calls fail at once too (the command is ending).
 */
class AbandonableHttpHandler extends NodeHttpHandler {
  private readonly abandoned = new AbortController();

  override handle(request: HandleArgs[0], options: HttpHandlerOptions = {}): ReturnType<NodeHttpHandler['handle']> {
    const own = this.abandoned.signal;
    const given = options.abortSignal as AbortSignal | undefined;
    return super.handle(request, { ...options, abortSignal: given ? AbortSignal.any([given, own]) : own });
  }

  /** Aborts every call in flight now, and every later one, with an AbortError. */
  abandon(): void {
    this.abandoned.abort();
  }
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

  const endpoint = effectiveEndpoint(opts.endpoint);
  const local = endpoint !== null && isLocalEndpoint(endpoint);
  const timeoutMs = opts.requestTimeoutMs ?? (local ? DEFAULT_REQUEST_TIMEOUT_MS.local : DEFAULT_REQUEST_TIMEOUT_MS.aws);
  const config: DynamoDBClientConfig = {
    region: opts.region,
    // Throttling on the control plane is retried by the SDK; LimitExceeded / ResourceInUse are
    // retried by the executor, which knows to wait for ACTIVE first.
    maxAttempts: local ? 3 : 8,
    retryMode: local ? 'standard' : 'adaptive',
    // DynamoDB has no long-polling call, so one bound serves all three: connecting, the whole
    // attempt (a server that never finishes its headers), and silence while reading the body.
    requestHandler: new AbandonableHttpHandler({
      connectionTimeout: timeoutMs,
      requestTimeout: timeoutMs,
      throwOnRequestTimeout: true,
      socketTimeout: timeoutMs,
    }),
  };
  if (opts.endpoint) config.endpoint = opts.endpoint;
  if (opts.profile) config.profile = opts.profile;
  if (local && !credentialsConfigured(opts.profile)) {
    // DynamoDB Local 2+ refuses access key ids with anything but letters and digits.
    config.credentials = { accessKeyId: 'ddbmigrate', secretAccessKey: 'ddbmigrate' };
  }
  const client = new DynamoDBClient(config);
  const context = { endpoint: endpoint ?? `AWS ${opts.region}`, requestTimeoutMs: timeoutMs };
  // Outermost (around the retries): what finally leaves send() is tagged with where it came from.
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
  return client;
}

/**
 * Abandons every call `client` has in flight and every later one (they reject with AbortError at
 * once). After a signal, once the call in flight had its grace period: the command is ending.
 */
export function abandonCalls(client: DynamoDBClient): void {
  const handler = client.config.requestHandler;
  if (handler instanceof AbandonableHttpHandler) handler.abandon();
}

/** The endpoint URL a client talks to, or null when it resolves AWS's own per region. */
export async function clientEndpoint(client: DynamoDBClient): Promise<string | null> {
  const provider = client.config.endpoint;
  if (!provider) return effectiveEndpoint(null);
  const ep = await provider();
  const port = ep.port ? `:${ep.port}` : '';
  return `${ep.protocol}//${ep.hostname}${port}${ep.path ?? ''}`;
}
