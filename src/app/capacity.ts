/**
 * `maxCapacityPercent` for the app's data work: a client paced to the project's share of each
 * table's capacity (live/paced-client.ts), the share reported as a `capacity-share` event the first
 * time a table is touched. At 100% (the default on local endpoints) the project's own client.
 */
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { CapacityShare, pacedClient } from '../live/paced-client.js';
import type { LiveClient } from '../live/live-client.js';
import type { DataWork } from './events.js';
import type { Project } from './project.js';

export interface DataClient {
  readonly client: DynamoDBClient;
  /** The same client with the project's capability cache (for the replacement's table steps). */
  readonly live: LiveClient;
  /** Releases the paced client's sockets (no-op when not paced). */
  close(): void;
}

/** The client `work` sends its data requests through. */
export function dataClient(project: Pick<Project, 'client' | 'liveClient' | 'capacityPercent' | 'controlTable' | 'signal' | 'emit'>, work: DataWork): DataClient {
  if (project.capacityPercent >= 100) return { client: project.client, live: project.liveClient, close: () => undefined };
  const share = new CapacityShare({
    client: project.client,
    percent: project.capacityPercent,
    except: [project.controlTable],
    onShare: (s) => project.emit({ kind: 'capacity-share', work, share: s }),
    signal: project.signal,
  });
  const client = pacedClient(project.client, share);
  return { client, live: { ...project.liveClient, client }, close: () => client.destroy() };
}

/** Runs `fn` with a data client for `work`, closed after. */
export async function withDataClient<T>(project: Parameters<typeof dataClient>[0], work: DataWork, fn: (data: DataClient) => Promise<T>): Promise<T> {
  const data = dataClient(project, work);
  try {
    return await fn(data);
  } finally {
    data.close();
  }
}
