import { defineCommand } from '../command.js';
import { withCommandOptions } from '../global-options.js';
import { withPositiveInteger } from '../option-values.js';

export const historyCommand = defineCommand({
  command: 'history',
  describe: 'List the applies recorded in the control table, newest first',
  builder: (y) =>
    withPositiveInteger(withCommandOptions(y), 'limit', 'At most this many records', 20)
      .option('table', { type: 'string', describe: 'Only applies that touched this table' })
      .option('format', { choices: ['text', 'json'] as const, default: 'text' as const, describe: 'Output format' }),
  examples: [
    ['$0 history --env prod', 'The last 20 applies to prod'],
    ['$0 history --env prod --table cruddur-messages --limit 5', 'The last 5 applies that touched one table'],
    ['$0 history --local --format json', 'As JSON, for scripts'],
  ],
  run: async (args, io) => {
    const { runHistory } = await import('../flows/history-flow.js');
    return runHistory(args, io);
  },
});
