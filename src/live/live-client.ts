/**
 * The value every live read and every executor run is handed: a client and what its endpoint is
 * known to support. Made once per session (or per test), so what the reader learns (no tags on
 * DynamoDB Local) the executor knows too, without a module-level cache keyed by client.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { Capabilities } from './capabilities.js';
import { clientEndpoint, isLocalEndpoint } from './client.js';
import { scalingClientFor } from './scaling-client.js';

export interface LiveClient {
  readonly client: DynamoDBClient;
  readonly capabilities: Capabilities;
  /** Application Auto Scaling at the same endpoint (live/scaling-client.ts): autoscaling ranges. */
  readonly scaling: ApplicationAutoScalingClient;
}

/** `client` with a fresh capability cache: call once and pass the value around. */
export function liveClientFor(client: DynamoDBClient): LiveClient {
  const isLocal = async () => {
    const url = await clientEndpoint(client).catch(() => null);
    return url !== null && isLocalEndpoint(url);
  };
  return { client, capabilities: new Capabilities(isLocal), scaling: scalingClientFor(client) };
}
