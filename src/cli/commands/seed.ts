import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';
import { withCapacityPercent, withPositiveInteger } from '../option-values.js';

export const seedCommand = defineCommand({
  command: 'seed',
  describe: 'Load the fixtures in fixtures/<table>/ into the tables',
  builder: (y) =>
    withCapacityPercent(withPositiveInteger(withCommandOptions(y), 'concurrency', 'Batch writes in flight (default: adaptive)'))
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the items instead of writing them' })
      .option('format', { choices: ['ndjson'] as const, default: 'ndjson' as const, describe: 'Format of --dry-run output' })
      .option('yes', { type: 'boolean', default: false, alias: 'y', describe: 'Do not ask for confirmation (needed off this machine without a terminal)' })
      .option('force', { type: 'boolean', default: false, describe: 'Seed even a protected environment or one with fixtures: false' })
      ,
  examples: [
    ['$0 seed --local', 'Load every table\'s fixtures into the local engine'],
    ['$0 seed --env staging --max-capacity-percent 25', "Load fixtures into a shared table using at most a quarter of its capacity"],
    ['$0 seed --dry-run --format ndjson --table cruddur-messages | head', 'Look at the generated items'],
  ],
  run: async (args, io) => {
    const { runSeed } = await import('../flows/seed-flow.js');
    return runSeed(args, io);
  },
});
