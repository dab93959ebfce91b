// A global setup for Jest (`globalSetup`) or Vitest (`globalSetup`): one DynamoDB Local for the
// whole test run, with the project's tables created and its fixtures loaded.
//
//   jest.config.js:    export default { globalSetup: './global-setup.mjs', globalTeardown: './global-teardown.mjs' };
//   vitest.config.js:  export default { test: { globalSetup: './global-setup.mjs' } };
//
// The tests read the endpoint from process.env.DYNAMODB_ENDPOINT (Jest and Vitest pass the
// environment to their workers). Uses only the documented API (docs/api.md).
import { setupLocalDatabase } from '@ddb-migrate/cli/testing';

/** The project directory: where tables/, fixtures/ and ddb-migrate.yaml are. */
const dir = process.env.DDB_MIGRATE_DIR ?? '.';

/** Jest: the default export runs before all tests; globalTeardown (global-teardown.mjs) after. */
export default async function globalSetup() {
  const db = await setupLocalDatabase({ dir });
  process.env.DYNAMODB_ENDPOINT = db.endpoint;
  // Jest runs globalSetup and globalTeardown in the same context: the teardown finds it here.
  globalThis.__ddbMigrateDatabase = db;
  return db;
}

/** Vitest: `setup` runs before all tests, `teardown` after. */
export async function setup() {
  await globalSetup();
}

export async function teardown() {
  await globalThis.__ddbMigrateDatabase?.stop();
  globalThis.__ddbMigrateDatabase = undefined;
}
