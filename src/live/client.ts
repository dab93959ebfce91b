/**
 * The one place a DynamoDB client is made: default credential chain and profiles for AWS, dummy
 * credentials for an engine on this machine, and retry settings that suit a control-plane tool.
 */
import { DynamoDBClient, type DynamoDBClientConfig } from '@aws-sdk/client-dynamodb';
import { isLocalEndpoint } from '../util/local-endpoint.js';

export { isLocalEndpoint };

export interface ClientOptions {
  /** Endpoint URL, or null for AWS's own (the SDK then honours AWS_ENDPOINT_URL(_DYNAMODB)). */
  readonly endpoint: string | null;
  readonly region: string;
  readonly profile: string | null;
}

/** The endpoint the SDK will use when none is passed: the documented environment overrides. */
function effectiveEndpoint(endpoint: string | null): string | null {
  return endpoint ?? process.env['AWS_ENDPOINT_URL_DYNAMODB'] ?? process.env['AWS_ENDPOINT_URL'] ?? null;
}

function credentialsConfigured(profile: string | null): boolean {
  return Boolean(profile || process.env['AWS_PROFILE'] || process.env['AWS_ACCESS_KEY_ID']);
}

/**
 * A client for `opts`. Local endpoints get static dummy credentials unless some are configured
 * (DynamoDB Local runs with -sharedDb, so any key sees the same tables), fewer SDK retries (a
 * refused connection should fail fast) and no adaptive rate limiting.
 */
export function createClient(opts: ClientOptions): DynamoDBClient {
  // The SDK warns on every run that releases after January 2027 need Node 22. The documented
  // switch (aws/aws-sdk-js-v3#7983) is this variable; a user who sets it keeps their value.
  process.env['AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED'] ??= 'true';

  const endpoint = effectiveEndpoint(opts.endpoint);
  const local = endpoint !== null && isLocalEndpoint(endpoint);
  const config: DynamoDBClientConfig = {
    region: opts.region,
    // Throttling on the control plane is retried by the SDK; LimitExceeded / ResourceInUse are
    // retried by the executor, which knows to wait for ACTIVE first.
    maxAttempts: local ? 3 : 8,
    retryMode: local ? 'standard' : 'adaptive',
  };
  if (opts.endpoint) config.endpoint = opts.endpoint;
  if (opts.profile) config.profile = opts.profile;
  if (local && !credentialsConfigured(opts.profile)) {
    // DynamoDB Local 2+ refuses access key ids with anything but letters and digits.
    config.credentials = { accessKeyId: 'ddbmigrate', secretAccessKey: 'ddbmigrate' };
  }
  return new DynamoDBClient(config);
}

/** The endpoint URL a client talks to, or null when it resolves AWS's own per region. */
export async function clientEndpoint(client: DynamoDBClient): Promise<string | null> {
  const provider = client.config.endpoint;
  if (!provider) return effectiveEndpoint(null);
  const ep = await provider();
  const port = ep.port ? `:${ep.port}` : '';
  return `${ep.protocol}//${ep.hostname}${port}${ep.path ?? ''}`;
}
