// Runs a command between the global setup and teardown, the way Jest or Vitest would run the
// tests between them, without either installed:
//
//   node examples/testing/run-with-global-setup.mjs node --test examples/testing/node-test.test.mjs
//
// The command sees DYNAMODB_ENDPOINT; its exit code is this script's.
import { spawnSync } from 'node:child_process';
import globalSetup from './global-setup.mjs';
import globalTeardown from './global-teardown.mjs';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  console.error('usage: node run-with-global-setup.mjs <command> [args...]');
  process.exit(1);
}
const db = await globalSetup();
try {
  console.error(`DynamoDB Local at ${db.endpoint}: ${db.applied.plan.tables.length} table(s), ${db.applied.fixtures.counts.reduce((n, c) => n + c.written, 0)} fixture item(s)`);
  const run = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  process.exitCode = run.status ?? 1;
} finally {
  await globalTeardown();
}
