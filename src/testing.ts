/**
 * `@ddb-migrate/cli/testing`: a DynamoDB Local with the project's tables and fixtures, for a test
 * run's global setup (Jest, Vitest, mocha, node:test), and a reset between tests.
 *
 * ```ts
 * const db = await setupLocalDatabase({ dir: 'infra/dynamodb' });
 * process.env.DYNAMODB_ENDPOINT = db.endpoint;   // the tests' clients use db.clientConfig
 * await resetLocalDatabase(db);                  // between tests: tables emptied, fixtures reloaded
 * await db.stop();                               // global teardown
 * ```
 */
import { applyProject, type ApplyResult } from './app/apply.js';
import type { AppEvent } from './app/events.js';
import { resetProject, type ResetResult } from './app/reset.js';
import { startLocal } from './engine/start-local.js';

export { startLocal, type LocalEngine, type LocalStorage } from './engine/start-local.js';

/** Options of {@link setupLocalDatabase}. */
export interface SetupLocalDatabaseOptions {
  /** The project directory (tables/, fixtures/, ddb-migrate.yaml). */
  readonly dir: string;
  /** Reuse the engine already running here (e.g. started by an earlier setup); default: start one. */
  readonly endpointUrl?: string | undefined;
  /** Port of the engine to start (default: a free one). Ignored with `endpointUrl`. */
  readonly port?: number | undefined;
  /** Keep the engine's tables in this directory instead of in memory. Ignored with `endpointUrl`. */
  readonly dataDir?: string | undefined;
  /** The environment of ddb-migrate.yaml whose overrides the tables get (default: none). */
  readonly env?: string | undefined;
  /** Load the fixtures after creating the tables. Default true. */
  readonly fixtures?: boolean | undefined;
  /** Progress of the apply and the fixture load (nothing is printed). */
  readonly onEvent?: ((e: AppEvent) => void) | undefined;
}

/** What the SDK needs to reach the engine: `new DynamoDBClient(db.clientConfig)`. */
export interface LocalClientConfig {
  readonly endpoint: string;
  readonly region: string;
  /** DynamoDB Local accepts any credentials. */
  readonly credentials: { readonly accessKeyId: string; readonly secretAccessKey: string };
}

/** The database {@link setupLocalDatabase} made ready: pass it to {@link resetLocalDatabase}. */
export interface LocalDatabase {
  readonly dir: string;
  readonly endpoint: string;
  readonly clientConfig: LocalClientConfig;
  /** What the setup's apply did (steps, verification, fixture counts). */
  readonly applied: ApplyResult;
  /** True when this setup started the engine (and `stop()` stops it). */
  readonly startedEngine: boolean;
  /** Stops the engine this setup started; leaves a reused one running. */
  stop(): Promise<void>;
}

/** The region the helpers use: DynamoDB Local keeps no per-region data with `-sharedDb`. */
const LOCAL_REGION = 'local';

/**
 * Starts DynamoDB Local (or reuses `endpointUrl`), creates or updates the project's tables to match
 * tables/, and loads every table's fixtures. Destructive changes are refused (a typed
 * `DdbMigrateError`): a test database that needs one is reset with {@link resetLocalDatabase}.
 */
export async function setupLocalDatabase(opts: SetupLocalDatabaseOptions): Promise<LocalDatabase> {
  const engine = opts.endpointUrl ? null : await startLocal(opts.dataDir ? { dataDir: opts.dataDir } : { inMemory: true }, opts.port);
  const endpoint = opts.endpointUrl ?? (engine as NonNullable<typeof engine>).endpoint;
  try {
    const applied = await applyProject({
      dir: opts.dir,
      endpointUrl: endpoint,
      region: LOCAL_REGION,
      env: opts.env,
      yes: true,
      fixtures: opts.fixtures ?? true,
      // A reused engine may hold the fixtures already: load them anyway, as a test expects them.
      reloadFixtures: true,
      onEvent: opts.onEvent,
    });
    return {
      dir: opts.dir,
      endpoint,
      clientConfig: clientConfig(endpoint),
      applied,
      startedEngine: engine !== null,
      stop: async () => engine?.stop(),
    };
  } catch (e) {
    await engine?.stop();
    throw e;
  }
}

/** What {@link resetLocalDatabase} resets (a {@link LocalDatabase} has these fields). */
export interface ResetLocalDatabaseOptions {
  readonly dir: string;
  /** The engine's endpoint (`db.endpoint`). */
  readonly endpoint: string;
  readonly env?: string | undefined;
  /** Load the fixtures again. Default true. */
  readonly fixtures?: boolean | undefined;
  readonly onEvent?: ((e: AppEvent) => void) | undefined;
}

/**
 * Between tests: drops and recreates the project's tables (every item a test wrote is gone) and
 * loads the fixtures again. Pass the value {@link setupLocalDatabase} returned, or its dir and endpoint.
 */
export async function resetLocalDatabase(db: ResetLocalDatabaseOptions): Promise<ResetResult> {
  return resetProject({ dir: db.dir, endpointUrl: db.endpoint, region: LOCAL_REGION, env: db.env, yes: true, fixtures: db.fixtures ?? true, onEvent: db.onEvent });
}

/** The SDK client configuration for an engine at `endpoint`. */
export function clientConfig(endpoint: string): LocalClientConfig {
  return { endpoint, region: LOCAL_REGION, credentials: { accessKeyId: 'local', secretAccessKey: 'local' } };
}
