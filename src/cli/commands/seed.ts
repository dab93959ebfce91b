import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';

export const seedCommand = defineCommand({
  command: 'seed',
  describe: 'Load the fixtures in fixtures/<table>/ into the tables',
  builder: (y) =>
    withCommandOptions(y)
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('dry-run', { type: 'boolean', default: false, describe: 'Print the items instead of writing them' })
      .option('format', { choices: ['ndjson'] as const, default: 'ndjson' as const, describe: 'Format of --dry-run output' })
      .option('concurrency', { type: 'number', describe: 'Batch writes in flight (default: adaptive)' }),
  examples: [
    ['$0 seed --local', 'Load every table\'s fixtures into the local engine'],
    ['$0 seed --dry-run --format ndjson --table cruddur-messages | head', 'Look at the generated items'],
  ],
  run: async (args, io) => {
    const { runSeed } = await import('../flows/seed-flow.js');
    return runSeed(args, io);
  },
});
