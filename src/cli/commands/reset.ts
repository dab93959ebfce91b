import { defineCommand } from '../command.js';
import { withCommandOptions, withLockTimeout } from '../global-options.js';
import { withCapacityPercent } from '../option-values.js';

export const resetCommand = defineCommand({
  command: 'reset',
  describe: 'Drop, recreate and seed every declared table (local environments)',
  builder: (y) =>
    withCapacityPercent(withLockTimeout(withCommandOptions(y)))
      .option('yes', { type: 'boolean', default: false, alias: 'y', describe: 'Do not ask for confirmation' })
      .option('force', { type: 'boolean', default: false, describe: 'Allow reset on an endpoint that is not local' })
      .option('fixtures', { type: 'boolean', default: true, describe: 'Seed after recreating (--no-fixtures to skip)' }),
  examples: [
    ['$0 reset --local', 'A fresh local database with the fixtures, in seconds'],
    ['$0 reset --env dev --force --yes', 'Reset a shared dev endpoint (refused on protected environments)'],
  ],
  run: async (args, io) => {
    const { runReset } = await import('../flows/drop-flow.js');
    return runReset(args, io);
  },
});
