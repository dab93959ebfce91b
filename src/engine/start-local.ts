/** `startLocal`: the embedded DynamoDB Local as a library call, for test setups and scripts. */
import { startEngine } from './dynamodb-local.js';

/** Keep the tables in `dataDir` (created if missing), or in memory only. */
export type LocalStorage = { readonly dataDir: string } | { readonly inMemory: true };

/** A running DynamoDB Local. */
export interface LocalEngine {
  /** `http://127.0.0.1:<port>`: pass it as `endpointUrl`. */
  readonly endpoint: string;
  readonly port: number;
  /** Stops the engine and waits for its process to end. Safe to call twice. */
  stop(): Promise<void>;
}

/**
 * Starts DynamoDB Local (the copy this package ships; needs Java 17+) on `port`, default a free
 * one, and resolves once it answers. Stop it with `stop()`; it is also killed when this process exits.
 */
export async function startLocal(storage: LocalStorage, port?: number): Promise<LocalEngine> {
  const engine = await startEngine({ dataDir: 'dataDir' in storage ? storage.dataDir : null, ...(port === undefined ? {} : { port }) });
  return { endpoint: engine.endpoint, port: engine.port, stop: () => engine.stop() };
}
