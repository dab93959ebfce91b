/**
 * Runs the 'after' migrations of a project in a child process, so a test can kill -9 it half-way.
 * argv: endpoint, project dir, control table, data table.
 */
import { createClient } from '../../src/live/client.js';
import { runMigrations } from '../../src/migrations/runner.js';

const [endpoint, dir, controlTable, data] = process.argv.slice(2) as [string, string, string, string];
const client = createClient({ endpoint, region: 'us-east-1', profile: null });
const results = await runMigrations(client, { controlTable, dir, phase: 'after', tables: { data }, dryRun: false, allowChanged: false, runId: 'child', log: (l) => process.stdout.write(`${l}\n`) });
process.stdout.write(`${JSON.stringify(results.map((r) => r.status))}\n`);
client.destroy();
