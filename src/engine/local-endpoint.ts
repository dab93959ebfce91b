import { startEngine, type RunningEngine } from './dynamodb-local.js';
import { answers } from './port.js';
import { prepareDataDir } from './data-dir.js';

export const DEFAULT_LOCAL_ENDPOINT = 'http://localhost:8000';

export interface LocalEndpoint {
  readonly endpoint: string;
  /** The engine this command started, or null when one was already answering. */
  readonly engine: RunningEngine | null;
  /** Stops the engine if this command started it. */
  release(): Promise<void>;
}

/**
 * `--local`: the endpoint at localhost:8000 when something answers there, else the embedded engine
 * started for the length of the command on `<dir>/.ddb-local`, so later `--local` runs see the data.
 */
export async function openLocalEndpoint(dir: string, url = DEFAULT_LOCAL_ENDPOINT): Promise<LocalEndpoint> {
  if (await answers(url)) return { endpoint: url, engine: null, release: async () => {} };
  const engine = await startEngine({ dataDir: prepareDataDir(dir) });
  return { endpoint: engine.endpoint, engine, release: () => engine.stop() };
}
