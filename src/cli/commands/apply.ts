import { defineCommand } from '../command.js';
import { withCommandOptions, withLockTimeout } from '../global-options.js';
import { withCapacityPercent, withDuration } from '../option-values.js';
import { DEFAULT_LOCK_LEASE } from '../../app/defaults.js';

export const applyCommand = defineCommand({
  command: 'apply [planFile]',
  describe: 'Create / update tables to match tables/, wait until they converge, verify, then load fixtures',
  builder: (y) =>
    withDuration(withCapacityPercent(withLockTimeout(withCommandOptions(y))), 'lock-lease', 'How long the apply lock outlives a crashed run (renewed while this run is alive)', DEFAULT_LOCK_LEASE, { positive: true })
      .positional('planFile', { type: 'string', describe: 'A plan saved by `plan --out`: apply exactly its steps (refused, exit 3, if the live tables changed since)' })
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('yes', { type: 'boolean', default: false, alias: 'y', describe: 'Do not ask for confirmation' })
      .option('allow-destructive', { type: 'boolean', default: false, describe: 'Allow steps that lose data (drop, replace, ...)' })
      .option('prune', { type: 'boolean', default: false, describe: 'Drop live tables no spec declares (needs --allow-destructive)' })
      .option('fixtures', { type: 'boolean', default: true, describe: 'Load fixtures afterwards when the environment allows (--no-fixtures to skip)' })
      .option('reload-fixtures', { type: 'boolean', default: false, describe: 'Load every table\'s fixtures, even those unchanged since they were last loaded' })
      .option('preserve-data', { type: 'boolean', default: false, describe: 'Replace tables by copying their items through a temporary table (with --allow-destructive)' })
      .option('wait-timeout', { type: 'string', describe: 'Stop waiting for slow steps (GSI builds, replica creations) after this long, e.g. 45m: they go on in DynamoDB, recorded in the control table; exit 0 (see `status`)' })
      .option('detach', { type: 'boolean', default: false, describe: 'Start slow steps and do not wait for them (--wait-timeout 0)' })
      .option('migrations', { type: 'boolean', default: true, describe: 'Run the pending data migrations (--no-migrations: leave them to `migrate run --worker`)' })
      .option('allow-changed', { type: 'boolean', default: false, describe: 'Accept a data migration file changed after it was applied' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format of the result (json: one document on stdout)' }),
  examples: [
    ['$0 apply --local', 'Create the tables on the local engine and load the fixtures'],
    ['$0 apply --env prod --yes', 'In CI, after merge'],
    ['$0 apply --env dev --allow-destructive', 'Allow a table replacement or GSI drop'],
    ['$0 apply --local --allow-destructive --preserve-data', 'Change a key type, keeping every item'],
    ['$0 apply plan.json --env prod --yes', 'Apply a plan saved by `plan --out plan.json`, if still current'],
    ['$0 apply --env prod --yes --format json > result.json', 'Machine-readable result for CI'],
    ['$0 apply --env prod --yes --max-capacity-percent 20', 'Run data migrations, fixtures and --preserve-data copies on at most 20% of each table\'s capacity'],
    ['$0 apply --env prod --yes --wait-timeout 45m', 'Leave a GSI build still running after 45 minutes to DynamoDB; the next apply verifies it'],
  ],
  run: async (args, io) => {
    const { runApply } = await import('../flows/apply-flow.js');
    return runApply(args, io);
  },
});
