import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';

export const driftCommand = defineCommand({
  command: 'drift',
  describe: 'Check whether the live tables still match tables/ (read-only; exit 2 on any difference)',
  builder: (y) =>
    withCommandOptions(y)
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('format', { choices: ['text', 'json', 'markdown'] as const, default: 'text' as const, describe: 'Output format' }),
  examples: [
    ['$0 drift --env prod', 'Exit 2 and name each field changed outside ddb-migrate'],
    ['$0 drift --env prod --format json', 'The same as JSON for a scheduled CI job'],
    ['$0 drift --env prod --table cruddur-messages', 'Check one table'],
  ],
  run: async (args, io) => {
    const { runDrift } = await import('../flows/drift-flow.js');
    return runDrift(args, io);
  },
});
