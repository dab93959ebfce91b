import { defineCommand } from '../command.js';
import { withCommandOptions, withLockTimeout } from '../global-options.js';

export const dropCommand = defineCommand({
  command: 'drop',
  describe: 'Delete the declared tables (and all their items)',
  builder: (y) =>
    withLockTimeout(withCommandOptions(y))
      .option('table', { type: 'string', array: true, describe: 'Only these tables (repeatable)' })
      .option('allow-destructive', { type: 'boolean', default: false, describe: 'Required: dropping loses every item' })
      .option('yes', { type: 'boolean', default: false, alias: 'y', describe: 'Do not ask for confirmation' }),
  examples: [
    ['$0 drop --local --allow-destructive', 'Delete every declared table on the local engine'],
    ['$0 drop --env dev --table cruddur-messages --allow-destructive --yes', 'Delete one table in dev, no prompt'],
  ],
  run: async (args, io) => {
    const { runDrop } = await import('../flows/drop-flow.js');
    return runDrop(args, io);
  },
});
