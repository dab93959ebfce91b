/**
 * The value every live read and every executor run is handed: a client and what its endpoint is
 * known to support. Made once per session (or per test), so what the reader learns (no tags on
 * DynamoDB Local) the executor knows too, without a module-level cache keyed by client.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { ApplicationAutoScalingClient } from '@aws-sdk/client-application-auto-scaling';
import { Capabilities } from './capabilities.js';
import { clientEndpoint, clientForRegion, isLocalEndpoint } from './client.js';
import { scalingClientFor } from './scaling-client.js';

export interface LiveClient {
  readonly client: DynamoDBClient;
  readonly capabilities: Capabilities;
  /**
   * A client for the same endpoint and credentials in `region` (made once per Region and kept):
   * the settings of a global table's replica that live in its Region are read and set there. The
   * client's own Region gives back `client`.
   */
  readonly regionClient: (region: string) => Promise<DynamoDBClient>;
  /** The client's own Region (the home Region of the tables it reads). */
  readonly homeRegion: () => Promise<string>;
  /** Destroys the Region clients made by `regionClient` (not `client`: its owner does that). */
  readonly destroyRegionClients: () => void;
  /** Application Auto Scaling at the same endpoint (live/scaling-client.ts): autoscaling ranges. */
  readonly scaling: ApplicationAutoScalingClient;
}

/** `client` with a fresh capability cache: call once and pass the value around. */
export function liveClientFor(client: DynamoDBClient): LiveClient {
  const isLocal = async () => {
    const url = await clientEndpoint(client).catch(() => null);
    return url !== null && isLocalEndpoint(url);
  };
  const homeRegion = async () => client.config.region();
  const regional = new Map<string, DynamoDBClient>();
  const regionClient = async (region: string) => {
    if (region === (await homeRegion())) return client;
    let c = regional.get(region);
    if (!c) {
      c = clientForRegion(client, region);
      regional.set(region, c);
    }
    return c;
  };
  const destroyRegionClients = () => {
    for (const c of regional.values()) c.destroy();
    regional.clear();
  };
  return { client, capabilities: new Capabilities(isLocal), scaling: scalingClientFor(client), regionClient, homeRegion, destroyRegionClients };
}
