/**
 * The value every live read and every executor run is handed: a client and what its endpoint is
 * known to support. Made once per session (or per test), so what the reader learns (no tags on
 * DynamoDB Local) the executor knows too, without a module-level cache keyed by client.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { Capabilities } from './capabilities.js';
import { clientEndpoint, isLocalEndpoint } from './client.js';

export interface LiveClient {
  readonly client: DynamoDBClient;
  readonly capabilities: Capabilities;
}

/** `client` with a fresh capability cache: call once and pass the value around. */
export function liveClientFor(client: DynamoDBClient): LiveClient {
  const isLocal = async () => {
    const url = await clientEndpoint(client).catch(() => null);
    return url !== null && isLocalEndpoint(url);
  };
  return { client, capabilities: new Capabilities(isLocal) };
}
